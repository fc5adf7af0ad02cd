import Foundation
import GeoEngine
import GeoModel
import IncidentFiles

/// Reads polygon regions from GeoJSON or KML (through `RegionFileReader`) and has GEOS check
/// them: province boundaries or a user's drawn area.
public enum RegionReader {
    /// Every polygon region of a GeoJSON or KML file, each checked by GEOS.
    /// - Parameter makeValid: close open rings and repair invalid polygons with `GEOSMakeValid_r`
    ///   instead of failing.
    /// - Throws: `IncidentFileError` naming the file: unreadable, not UTF-8, not GeoJSON, not KML,
    ///   empty, no polygons, or `invalidArea` for an open ring; `AnalysisError.invalidArea` with
    ///   GEOS's reason for an invalid polygon.
    public static func regions(from url: URL, makeValid: Bool = false) throws -> [Region] {
        try checked(RegionFileReader.regions(from: url, closingRings: makeValid), file: url.path, makeValid: makeValid)
    }

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
}
