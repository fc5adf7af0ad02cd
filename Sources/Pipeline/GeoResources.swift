import Analysis
import BuiltinData
import Foundation
import GazetteerKit
import GeoModel
import IncidentFiles

/// The gazetteer and province polygons a run works with, assembled from the built-in data and
/// the user's `--gazetteer` and `--boundaries` files.
public struct GeoResources: Sendable {
    public var gazetteer: Gazetteer
    /// The polygons given (`--boundaries`, or to `init`); nil for the built-in ones, which
    /// cover the world and are read per country when asked.
    private var givenProvinces: [Region]?
    private var builtinProvinces: URL?

    public init(gazetteer: Gazetteer, provinces: [Region]) {
        self.gazetteer = gazetteer
        givenProvinces = provinces
    }

    /// Every province polygon: for the built-in ones, the whole world's.
    /// - Throws: `AnalysisError` when the built-in file is unreadable.
    public var provinces: [Region] {
        get throws {
            if let givenProvinces { return givenProvinces }
            guard let builtinProvinces else { return [] }
            return try RegionFileReader.regions(fromGeoJSON: builtinProvinces)
        }
    }

    /// The province polygons of some countries (the given polygons are returned whole).
    /// - Throws: `AnalysisError` when the built-in file is unreadable.
    public func provinces(in countries: Set<String>) throws -> [Region] {
        if let givenProvinces { return givenProvinces }
        guard let builtinProvinces else { return [] }
        return try RegionFileReader.regions(fromGeoJSON: builtinProvinces, countries: countries)
    }

    /// Loads the resources.
    /// - Parameters:
    ///   - gazetteerPaths: GeoNames dumps added to (or, without the built-in one, replacing) the built-in gazetteer.
    ///   - includeBuiltin: false for `--no-builtin-gazetteer`, which also leaves out the
    ///     downloaded GeoNames dumps.
    ///   - boundaries: a GeoJSON file of first-level polygons replacing the built-in ones.
    ///   - makeValid: close open rings and repair invalid boundary polygons instead of failing.
    /// - Throws: `GazetteerError` or `AnalysisError` naming the file at fault.
    public static func load(gazetteerPaths: [String] = [], includeBuiltin: Bool = true, boundaries: String? = nil,
                            makeValid: Bool = false) throws -> GeoResources {
        var gazetteer = Gazetteer()
        if includeBuiltin {
            try gazetteer.addBuiltin()
            // The dumps installed by `incidentmap gazetteer download`.
            try DownloadedDumps().add(to: &gazetteer)
        }
        for path in gazetteerPaths {
            guard FileManager.default.fileExists(atPath: path) else {
                throw GazetteerError.unreadable(file: path, reason: "no such file")
            }
            try GeoNamesReader.load(dump: URL(fileURLWithPath: path), into: &gazetteer)
        }
        if let boundaries {
            guard FileManager.default.fileExists(atPath: boundaries) else {
                throw IncidentFileError.notGeoJSON(file: boundaries, reason: "no such file")
            }
            return GeoResources(gazetteer: gazetteer,
                                provinces: try RegionReader.regions(from: URL(fileURLWithPath: boundaries), makeValid: makeValid))
        }
        guard let url = BuiltinFiles.url(for: .provinces) else { throw GazetteerError.missingBuiltinData("provinces.geojson") }
        var resources = GeoResources(gazetteer: gazetteer, provinces: [])
        resources.givenProvinces = nil
        resources.builtinProvinces = url
        return resources
    }
}
