import Foundation
import GeoEngine
import GeoModel

/// Reads polygon regions from GeoJSON or KML: province boundaries or a user's drawn area.
public enum RegionReader {
    /// Every polygon region of a GeoJSON or KML file, told apart by the extension `.kml` or,
    /// failing that, by a first character of `<`, each checked by GEOS.
    /// - Parameter makeValid: close open rings and repair invalid polygons with `GEOSMakeValid_r`
    ///   instead of failing.
    /// - Throws: `AnalysisError` naming the file: unreadable, not UTF-8, not GeoJSON, not KML,
    ///   empty, no polygons, or `invalidArea` with GEOS's reason for an open ring or an invalid polygon.
    public static func regions(from url: URL, makeValid: Bool = false) throws -> [Region] {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw AnalysisError.notGeoJSON(file: url.path, reason: "cannot read the file")
        }
        if let offset = UTF8Validation.firstInvalidOffset([UInt8](data)) {
            throw AnalysisError.invalidUTF8(file: url.path, byteOffset: offset)
        }
        let firstByte = data.first { !($0 == 32 || $0 == 9 || $0 == 10 || $0 == 13 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF) }
        let regions: [Region]
        if url.pathExtension.lowercased() == "kml" || firstByte == UInt8(ascii: "<") {
            regions = try KMLRegionReader.regions(fromKML: data, file: url.path, closingRings: makeValid)
        } else {
            regions = try Self.regions(fromGeoJSON: data, file: url.path, closingRings: makeValid)
        }
        return try checked(regions, file: url.path, makeValid: makeValid)
    }

    /// Property names that hold a province's GeoNames code, in order of preference.
    static let codeKeys = ["admin1_code", "gn_a1_code", "iso_3166_2"]

    /// Every Polygon and MultiPolygon feature of a GeoJSON file, unchecked: for the built-in
    /// polygons, which are checked when they are built.
    /// - Throws: `AnalysisError.notGeoJSON` when the file is not GeoJSON,
    ///   `AnalysisError.emptyFeatureCollection` or `AnalysisError.noPolygons` when it holds no area.
    public static func regions(fromGeoJSON url: URL) throws -> [Region] {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw AnalysisError.notGeoJSON(file: url.path, reason: "cannot read the file")
        }
        return try regions(fromGeoJSON: data, file: url.path)
    }

    /// Every Polygon and MultiPolygon feature of GeoJSON data; `file` names it in errors.
    /// - Parameter closingRings: close a ring whose last position is not its first, instead of
    ///   failing with `AnalysisError.invalidArea`.
    public static func regions(fromGeoJSON data: Data, file: String, closingRings: Bool = false) throws -> [Region] {
        let document: GeoJSONDocument
        do { document = try JSONDecoder().decode(GeoJSONDocument.self, from: data) } catch {
            throw AnalysisError.notGeoJSON(file: file, reason: Self.describe(error, in: data))
        }
        guard ["FeatureCollection", "Feature"].contains(document.type) else {
            throw AnalysisError.notGeoJSON(file: file, reason: "expected a FeatureCollection or a Feature, found '\(document.type)'")
        }
        let features = document.allFeatures
        guard !features.isEmpty else { throw AnalysisError.emptyFeatureCollection(file: file) }
        var regions: [Region] = []
        for (index, feature) in features.enumerated() {
            let properties = feature.properties ?? [:]
            let name = properties["name"]?.text ?? properties["NAME"]?.text ?? "feature \(index + 1)"
            if !closingRings, feature.geometry?.hasOpenRing == true {
                throw AnalysisError.invalidArea(file: file, name: name, reason: openRingReason)
            }
            let geometry: Geometry?
            do { geometry = try feature.geometry?.model() } catch {
                throw AnalysisError.notGeoJSON(file: file, reason: "feature \(index + 1): \(error)")
            }
            guard let geometry, !geometry.polygons.isEmpty else { continue }
            let code = codeKeys.lazy.compactMap { properties[$0]?.text }.first
            regions.append(Region(name: name, code: code, country: properties["country"]?.text ?? code.map { String($0.prefix(2)) },
                                  geometry: geometry))
        }
        guard !regions.isEmpty else { throw AnalysisError.noPolygons(file: file) }
        return regions
    }

    /// Why a ring whose last position differs from its first is refused.
    static let openRingReason = "a ring is not closed (its last position is not its first)"

    /// The regions with GEOS's verdict applied: an invalid polygon is an error naming the file,
    /// or, with `makeValid`, repaired by `GEOSMakeValid_r`.
    /// - Throws: `AnalysisError.invalidArea` naming the file, the region and GEOS's reason.
    static func checked(_ regions: [Region], file: String, makeValid: Bool) throws -> [Region] {
        try regions.map { region in
            var region = region
            do {
                guard let reason = try PolygonRepair.invalidityReason(of: region.geometry) else { return region }
                guard makeValid else { throw AnalysisError.invalidArea(file: file, name: region.name, reason: reason) }
                region.geometry = try PolygonRepair.makeValid(region.geometry, name: region.name)
            } catch let GeoEngineError.invalidPolygon(name, reason) {
                throw AnalysisError.invalidArea(file: file, name: name, reason: reason)
            } catch let error as GeoEngineError {
                throw AnalysisError.invalidArea(file: file, name: region.name, reason: "\(error)")
            }
            return region
        }
    }

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
