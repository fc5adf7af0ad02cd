import Foundation
import GeoModel

/// Reads polygon regions from GeoJSON or KML: province boundaries or a user's drawn area.
/// The polygons are not checked here; `Analysis.RegionReader` has GEOS check them.
public enum RegionFileReader {
    /// Every polygon region of a GeoJSON or KML file, told apart by the extension `.kml` or,
    /// failing that, by a first character of `<`, unchecked.
    /// - Parameter closingRings: close a ring whose last position is not its first instead of failing.
    /// - Throws: `IncidentFileError` naming the file: unreadable, not UTF-8, not GeoJSON, not KML,
    ///   empty, no polygons, or `invalidArea` for an open ring.
    public static func regions(from url: URL, closingRings: Bool = false) throws -> [Region] {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw IncidentFileError.notGeoJSON(file: url.path, reason: "cannot read the file")
        }
        if let offset = UTF8Validation.firstInvalidOffset([UInt8](data)) {
            throw IncidentFileError.invalidUTF8(file: url.path, byteOffset: offset)
        }
        let firstByte = data.first { !($0 == 32 || $0 == 9 || $0 == 10 || $0 == 13 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF) }
        if url.pathExtension.lowercased() == "kml" || firstByte == UInt8(ascii: "<") {
            return try KMLRegionReader.regions(fromKML: data, file: url.path, closingRings: closingRings)
        }
        return try Self.regions(fromGeoJSON: data, file: url.path, closingRings: closingRings)
    }

    /// Property names that hold a province's GeoNames code, in order of preference.
    public static let codeKeys = ["admin1_code", "gn_a1_code", "iso_3166_2"]

    /// Every Polygon and MultiPolygon feature of a GeoJSON file, unchecked: for the built-in
    /// polygons, which are checked when they are built.
    /// - Throws: `IncidentFileError.notGeoJSON` when the file is not GeoJSON,
    ///   `IncidentFileError.emptyFeatureCollection` or `IncidentFileError.noPolygons` when it holds no area.
    public static func regions(fromGeoJSON url: URL) throws -> [Region] {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw IncidentFileError.notGeoJSON(file: url.path, reason: "cannot read the file")
        }
        return try regions(fromGeoJSON: data, file: url.path)
    }

    /// Every Polygon and MultiPolygon feature of GeoJSON data; `file` names it in errors.
    /// - Parameter closingRings: close a ring whose last position is not its first, instead of
    ///   failing with `IncidentFileError.invalidArea`.
    /// - Parameter codeKeys: the properties that may hold a region's code, in order of preference.
    public static func regions(fromGeoJSON data: Data, file: String, closingRings: Bool = false,
                               codeKeys: [String] = RegionFileReader.codeKeys) throws -> [Region] {
        let document: GeoJSONDocument
        do { document = try JSONDecoder().decode(GeoJSONDocument.self, from: data) } catch {
            throw IncidentFileError.notGeoJSON(file: file, reason: Self.describe(error, in: data))
        }
        guard ["FeatureCollection", "Feature"].contains(document.type) else {
            throw IncidentFileError.notGeoJSON(file: file, reason: "expected a FeatureCollection or a Feature, found '\(document.type)'")
        }
        let features = document.allFeatures
        guard !features.isEmpty else { throw IncidentFileError.emptyFeatureCollection(file: file) }
        var regions: [Region] = []
        for (index, feature) in features.enumerated() {
            let properties = feature.properties ?? [:]
            let name = properties["name"]?.text ?? properties["NAME"]?.text ?? "feature \(index + 1)"
            if !closingRings, feature.geometry?.hasOpenRing == true {
                throw IncidentFileError.invalidArea(file: file, name: name, reason: openRingReason)
            }
            let geometry: Geometry?
            do { geometry = try feature.geometry?.model() } catch {
                throw IncidentFileError.notGeoJSON(file: file, reason: "feature \(index + 1): \(error)")
            }
            guard let geometry, !geometry.polygons.isEmpty else { continue }
            let code = codeKeys.lazy.compactMap { properties[$0]?.text }.first
            regions.append(Region(name: name, code: code, country: properties["country"]?.text ?? code.map { String($0.prefix(2)) },
                                  geometry: geometry))
        }
        guard !regions.isEmpty else { throw IncidentFileError.noPolygons(file: file) }
        return regions
    }

    /// Why a ring whose last position differs from its first is refused.
    public static let openRingReason = "a ring is not closed (its last position is not its first)"

    /// A decoding error in plain words, with the line and column where the JSON parser stopped
    /// when it says so.
    static func describe(_ error: any Error, in data: Data? = nil) -> String {
        switch error {
        case let DecodingError.dataCorrupted(context):
            if context.codingPath.isEmpty, let data, let syntax = syntaxError(in: data) {
                return "line \(syntax.line) (byte \(syntax.byte)): \(syntax.reason)"
            }
            return context.debugDescription + path(context)
        case let DecodingError.keyNotFound(key, context): return "missing '\(key.stringValue)'\(Self.path(context))"
        case let DecodingError.typeMismatch(_, context): return "wrong type at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        case let DecodingError.valueNotFound(_, context): return "null at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        default: return "\(error)"
        }
    }

    /// Where JSON's syntax breaks, or nil when it does not: `JSONDecoder` does not say,
    /// `JSONSerialization` gives the byte.
    static func syntaxError(in data: Data) -> (line: Int, byte: Int, reason: String)? {
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: .fragmentsAllowed)
            return nil
        } catch {
            let message = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? "not valid JSON"
            guard let range = message.range(of: "character "),
                  let byte = Int(message[range.upperBound...].prefix { $0.isNumber }) else { return (1, 0, message) }
            let line = 1 + data.prefix(byte).reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            let reason = message[..<range.lowerBound].replacingOccurrences(of: " around ", with: "")
            return (line, byte, reason.lowercased())
        }
    }

    private static func path(_ context: DecodingError.Context) -> String {
        context.codingPath.isEmpty ? "" : " at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
    }
}
