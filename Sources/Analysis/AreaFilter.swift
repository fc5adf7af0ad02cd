import Foundation
import GeoEngine
import GeoModel

/// `query --within`: keeps incidents inside a polygon file's areas or a province.
///
/// Not thread safe (it owns a GEOS context through its index): one per task.
public final class AreaFilter {
    private let index: PolygonIndex

    /// The polygons of the area.
    public var regions: [Region] { index.regions }

    /// An area from a GeoJSON or KML file when `text` names a file, else the province with
    /// this name or code among `provinces`.
    /// - Parameter makeValid: close open rings and repair invalid polygons with `GEOSMakeValid_r`
    ///   instead of failing.
    /// - Throws: `AnalysisError` for a bad file or an unknown province; `AnalysisError.invalidArea`
    ///   naming the file and GEOS's reason for an invalid polygon.
    public init(_ text: String, provinces: () throws -> [Region], makeValid: Bool) throws {
        let regions: [Region]
        let origin: String
        if FileManager.default.fileExists(atPath: text) {
            regions = try RegionReader.regions(from: URL(fileURLWithPath: text), makeValid: makeValid)
            origin = text
        } else {
            regions = try Self.provinces(matching: text, in: provinces())
            origin = "province \(text)"
        }
        do { index = try PolygonIndex(regions: regions, makeValid: makeValid) } catch let GeoEngineError.invalidPolygon(name, reason) {
            throw AnalysisError.invalidArea(file: origin, name: name, reason: reason)
        }
    }

    /// The provinces whose code or name is `text`, ignoring case.
    /// - Throws: `AnalysisError.unknownProvince` when none is.
    public static func provinces(matching text: String, in provinces: [Region]) throws -> [Region] {
        let wanted = text.trimmingCharacters(in: .whitespaces).lowercased()
        let matches = provinces.filter { $0.code?.lowercased() == wanted || $0.name.lowercased() == wanted }
        guard !matches.isEmpty else { throw AnalysisError.unknownProvince(text) }
        return matches
    }

    /// True when a polygon of the area covers the incident's position (its border included).
    public func contains(_ incident: Incident) throws -> Bool {
        try index.regionIndex(containing: incident.coordinate) != nil
    }
}
