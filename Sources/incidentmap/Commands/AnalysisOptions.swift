import Analysis
import ArgumentParser
import BuiltinData
import Extraction
import Foundation
import GeoModel
import IncidentFiles
import Pipeline

/// Options of `query` and `count` about polygons and provinces.
struct AnalysisOptions: ParsableArguments {
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
        if geo.boundaries != nil { cache.provinces = try loaded.provinces }
        return loaded
    }

    /// The province polygons alone: `--boundaries`, or the built-in ones. No gazetteer is loaded.
    func provinces() throws -> [Region] {
        if let provinces = cache.provinces { return provinces }
        let provinces: [Region]
        if let boundaries = geo.boundaries {
            guard FileManager.default.fileExists(atPath: boundaries) else {
                throw IncidentFileError.notGeoJSON(file: boundaries, reason: "no such file")
            }
            provinces = try RegionReader.regions(from: URL(fileURLWithPath: boundaries), makeValid: geo.makeValid)
        } else {
            guard let builtin = BuiltinFiles.url(for: .provinces) else { throw ValidationError("the built-in provinces.geojson is missing") }
            provinces = try RegionFileReader.regions(fromGeoJSON: builtin)
        }
        cache.provinces = provinces
        return provinces
    }

    /// The province polygons of some countries: `--boundaries` whole, or the built-in ones of
    /// those countries (read without the rest of the world).
    func provinces(in countries: Set<String>) throws -> [Region] {
        if geo.boundaries != nil || cache.provinces != nil { return try provinces() }
        guard let builtin = BuiltinFiles.url(for: .provinces) else { throw ValidationError("the built-in provinces.geojson is missing") }
        return try RegionFileReader.regions(fromGeoJSON: builtin, countries: countries)
    }

    /// The built-in district polygons of some countries, each with its `district_id` as code:
    /// read only for `count --by district`, and only the lines of those countries.
    func districtPolygons(in countries: Set<String>) throws -> [Region] {
        guard let builtin = BuiltinFiles.url(for: .districtPolygons) else { throw ValidationError("the built-in districts.geojson is missing") }
        return try RegionFileReader.regions(fromGeoJSON: builtin, countries: countries, codeKeys: ["district_id"])
    }

    /// Every incident of the sources, with provinces filled from the polygons where missing.
    func load(_ sources: [String]) throws -> [Incident] {
        var incidents: [Incident] = []
        try forEachBatch(sources) { incidents += $0 }
        return incidents
    }

    /// How incident files are read: `--lenient` skips bad records, and a progress line goes to
    /// a terminal's stderr.
    func readOptions(fields: ReadFields) -> ReadOptions {
        var options = ReadOptions()
        options.fields = fields
        options.lenient = reading.lenient
        if let line = ProgressLine.forStandardError() { options.progress = { line.report($0) } }
        return options
    }

    /// The incidents of the sources in batches (incident files are streamed, so memory stays
    /// flat), with provinces filled from the polygons where missing, or, with `--boundaries`,
    /// taken from those polygons wherever one holds the incident. With `--agreement`, prints at
    /// the end how the codes the incidents carried compare with the polygons.
    /// - Parameter fields: the fields the caller uses; the others are left empty.
    func forEachBatch(_ sources: [String], fields: ReadFields = .all, _ body: ([Incident]) throws -> Void) throws {
        for path in sources where path != "-" && !FileManager.default.fileExists(atPath: path) {
            throw ReportError.missingFile(path)
        }
        // A boundaries file the user names is read (and checked) whatever the incidents hold.
        let boundariesGiven = geo.boundaries != nil
        if boundariesGiven { _ = try provinces() }
        var assigner: ProvinceAssigner?
        var agreement = ProvinceAgreement()
        // Fills the batch's provinces in place: incident files call it while the batch is
        // still the reader's alone, so that no incident is copied.
        func place(_ batch: inout [Incident]) throws {
            if boundariesGiven || options.agreement || batch.contains(where: { $0.admin1Code == nil }) {
                if assigner == nil { assigner = try ProvinceAssigner(provinces: provinces(), makeValid: geo.makeValid) }
                if options.agreement { agreement.add(try assigner!.agreement(of: batch)) }
                if boundariesGiven { try assigner!.assignProvinces(&batch) } else { try assigner!.fillMissingProvinces(&batch) }
            }
        }
        func deliver(_ batch: [Incident]) throws {
            var batch = batch
            try place(&batch)
            try body(batch)
        }
        let reportPaths = sources.filter { $0 == "-" || !IncidentFileReader.holdsIncidents($0) }
        for path in sources where !reportPaths.contains(path) {
            let summary = try IncidentFileReader.forEachBatch(path, options: readOptions(fields: fields), prepare: place, body)
            if let first = summary.firstSkipped {
                printError("incidentmap: note: skipped \(summary.skipped) malformed record(s) in \(path); the first: \(first)")
            }
        }
        if !reportPaths.isEmpty {
            try deliver(IncidentSources.load(reportPaths, pipeline: {
                try IncidentPipeline(resources: resources(), focus: geo.focusCountries, includeStrategic: reading.includeStrategic)
            }, lenient: reading.lenient))
        }
        if options.agreement { printError(agreement.description) }
    }
}

/// Holds what `IncidentLoader` has loaded, so that each file is read once per run.
private final class ResourceCache {
    var resources: GeoResources?
    var provinces: [Region]?
}
