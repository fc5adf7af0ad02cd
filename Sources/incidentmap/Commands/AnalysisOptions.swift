import Analysis
import ArgumentParser
import BuiltinData
import Foundation
import GeoModel
import Pipeline

/// Options of `query` and `count` about polygons and provinces.
struct AnalysisOptions: ParsableArguments {
    @Flag(name: .customLong("make-valid"), help: "Repair invalid polygons (--within, --boundaries) with GEOS MakeValid instead of failing.")
    var makeValid = false

    @Flag(name: .customLong("agreement"), help: "Print to stderr how often the incidents' admin1 codes and the province polygons agree.")
    var agreement = false
}

/// Loads the incidents of `query` and `count`: incident files (JSON Lines, GeoJSON, ACLED-style
/// CSV) or reports, then fills missing provinces from the polygons.
struct IncidentLoader {
    let geo: GeoOptions
    let reading: ReportOptions
    let options: AnalysisOptions
    /// The gazetteer and polygons, loaded once and only when a report or a place name needs them.
    private let cache = ResourceCache()

    init(geo: GeoOptions, reading: ReportOptions, options: AnalysisOptions) {
        self.geo = geo
        self.reading = reading
        self.options = options
    }

    /// The full resources (gazetteer included): for reports and `--near PLACE`.
    func resources() throws -> GeoResources {
        if let resources = cache.resources { return resources }
        let loaded = try geo.loadResources()
        cache.resources = loaded
        cache.provinces = loaded.provinces
        return loaded
    }

    /// The province polygons alone: `--boundaries`, or the built-in ones. No gazetteer is loaded.
    func provinces() throws -> [Region] {
        if let provinces = cache.provinces { return provinces }
        let url: URL
        if let boundaries = geo.boundaries {
            guard FileManager.default.fileExists(atPath: boundaries) else {
                throw AnalysisError.notGeoJSON(file: boundaries, reason: "no such file")
            }
            url = URL(fileURLWithPath: boundaries)
        } else {
            guard let builtin = BuiltinFiles.url(for: .provinces) else { throw ValidationError("the built-in provinces.geojson is missing") }
            url = builtin
        }
        let provinces = try RegionReader.regions(from: url)
        cache.provinces = provinces
        return provinces
    }

    /// Every incident of the sources, with provinces filled from the polygons where missing.
    /// With `--agreement`, prints how the carried codes compare with the polygons first.
    func load(_ sources: [String]) throws -> [Incident] {
        var incidents = try IncidentSources.load(sources, pipeline: {
            try IncidentPipeline(resources: resources(), focus: geo.focusCountries, includeStrategic: reading.includeStrategic)
        }, lenient: reading.lenient)
        let needsPolygons = options.agreement || incidents.contains { $0.admin1Code == nil }
        guard needsPolygons else { return incidents }
        let assigner = try ProvinceAssigner(provinces: provinces(), makeValid: options.makeValid)
        if options.agreement { printError(try assigner.agreement(of: incidents).description) }
        try assigner.fillMissingProvinces(&incidents)
        return incidents
    }
}

/// Holds what `IncidentLoader` has loaded, so that each file is read once per run.
private final class ResourceCache {
    var resources: GeoResources?
    var provinces: [Region]?
}
