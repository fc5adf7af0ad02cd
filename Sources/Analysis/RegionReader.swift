import Foundation
import GeoModel

/// Reads polygon regions from GeoJSON or KML: province boundaries or a user's drawn area.
public enum RegionReader {
    /// Every polygon region of a GeoJSON or KML file, told apart by the extension `.kml` or,
    /// failing that, by a first character of `<`.
    /// - Throws: `AnalysisError` naming the file: unreadable, not GeoJSON, not KML, empty, no polygons.
    public static func regions(from url: URL) throws -> [Region] {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw AnalysisError.notGeoJSON(file: url.path, reason: "cannot read the file")
        }
        let firstByte = data.first { !($0 == 32 || $0 == 9 || $0 == 10 || $0 == 13 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF) }
        if url.pathExtension.lowercased() == "kml" || firstByte == UInt8(ascii: "<") {
            return try KMLRegionReader.regions(fromKML: data, file: url.path)
        }
        return try regions(fromGeoJSON: data, file: url.path)
    }

    /// Property names that hold a province's GeoNames code, in order of preference.
    static let codeKeys = ["admin1_code", "gn_a1_code", "iso_3166_2"]

    /// Every Polygon and MultiPolygon feature of a GeoJSON file.
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
    public static func regions(fromGeoJSON data: Data, file: String) throws -> [Region] {
        let document: GeoJSONDocument
        do { document = try JSONDecoder().decode(GeoJSONDocument.self, from: data) } catch {
            throw AnalysisError.notGeoJSON(file: file, reason: Self.describe(error))
        }
        guard ["FeatureCollection", "Feature"].contains(document.type) else {
            throw AnalysisError.notGeoJSON(file: file, reason: "expected a FeatureCollection or a Feature, found '\(document.type)'")
        }
        let features = document.allFeatures
        guard !features.isEmpty else { throw AnalysisError.emptyFeatureCollection(file: file) }
        var regions: [Region] = []
        for (index, feature) in features.enumerated() {
            let geometry: Geometry?
            do { geometry = try feature.geometry?.model() } catch {
                throw AnalysisError.notGeoJSON(file: file, reason: "feature \(index + 1): \(error)")
            }
            guard let geometry, !geometry.polygons.isEmpty else { continue }
            let properties = feature.properties ?? [:]
            let name = properties["name"]?.text ?? properties["NAME"]?.text ?? "feature \(index + 1)"
            let code = codeKeys.lazy.compactMap { properties[$0]?.text }.first
            regions.append(Region(name: name, code: code, country: properties["country"]?.text ?? code.map { String($0.prefix(2)) },
                                  geometry: geometry))
        }
        guard !regions.isEmpty else { throw AnalysisError.noPolygons(file: file) }
        return regions
    }

    static func describe(_ error: any Error) -> String {
        switch error {
        case let DecodingError.dataCorrupted(context): context.debugDescription
        case let DecodingError.keyNotFound(key, _): "missing '\(key.stringValue)'"
        case let DecodingError.typeMismatch(_, context): "wrong type at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        default: "\(error)"
        }
    }
}
