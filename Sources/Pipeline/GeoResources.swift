import Analysis
import BuiltinData
import Foundation
import GazetteerKit
import GeoModel

/// The gazetteer and province polygons a run works with, assembled from the built-in data and
/// the user's `--gazetteer` and `--boundaries` files.
public struct GeoResources: Sendable {
    public var gazetteer: Gazetteer
    public var provinces: [Region]

    public init(gazetteer: Gazetteer, provinces: [Region]) {
        self.gazetteer = gazetteer
        self.provinces = provinces
    }

    /// Loads the resources.
    /// - Parameters:
    ///   - gazetteerPaths: GeoNames dumps added to (or, without the built-in one, replacing) the built-in gazetteer.
    ///   - includeBuiltin: false for `--no-builtin-gazetteer`.
    ///   - boundaries: a GeoJSON file of first-level polygons replacing the built-in ones.
    ///   - makeValid: close open rings and repair invalid boundary polygons instead of failing.
    /// - Throws: `GazetteerError` or `AnalysisError` naming the file at fault.
    public static func load(gazetteerPaths: [String] = [], includeBuiltin: Bool = true, boundaries: String? = nil,
                            makeValid: Bool = false) throws -> GeoResources {
        var gazetteer = Gazetteer()
        if includeBuiltin { try gazetteer.addBuiltin() }
        for path in gazetteerPaths {
            guard FileManager.default.fileExists(atPath: path) else {
                throw GazetteerError.unreadable(file: path, reason: "no such file")
            }
            try GeoNamesReader.load(dump: URL(fileURLWithPath: path), into: &gazetteer)
        }
        let provinces: [Region]
        if let boundaries {
            guard FileManager.default.fileExists(atPath: boundaries) else {
                throw AnalysisError.notGeoJSON(file: boundaries, reason: "no such file")
            }
            provinces = try RegionReader.regions(from: URL(fileURLWithPath: boundaries), makeValid: makeValid)
        } else {
            guard let url = BuiltinFiles.url(for: .provinces) else { throw GazetteerError.missingBuiltinData("provinces.geojson") }
            provinces = try RegionReader.regions(fromGeoJSON: url)
        }
        return GeoResources(gazetteer: gazetteer, provinces: provinces)
    }
}
