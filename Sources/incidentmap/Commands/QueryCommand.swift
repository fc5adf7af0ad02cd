import Analysis
import ArgumentParser
import Foundation
import Geocoding
import GeoModel
import Layers
import Pipeline

/// `incidentmap query`: print the incidents that pass every filter.
struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query", abstract: "Print the incidents that pass every filter.",
        discussion: "Filters combine with AND. --near takes LAT,LON or a place name; distances are geodesic on WGS84.")

    @Argument(help: "Incident files (JSON Lines or GeoJSON from this tool, ACLED-style CSV) or reports.")
    var sources: [String] = []

    @Option(help: "A place name or LAT,LON; use with --radius-km.") var near: String?
    @Option(name: .customLong("radius-km"), help: "Radius around --near, in kilometres.") var radiusKm: Double?
    @Option(help: "A GeoJSON or KML polygon file, or a province name or code.") var within: String?
    @Option(help: "Output format: jsonl, or one layer of `map`, written as `export` writes it.")
    var format: QueryFormat = .jsonl

    @OptionGroup var analysis: AnalysisOptions
    @OptionGroup var filtering: FilterOptions
    @OptionGroup var geo: GeoOptions
    @OptionGroup var reading: ReportOptions
    @OptionGroup var store: DatabaseOptions

    func run() throws {
        try reportingErrors {
            let loader = IncidentLoader(geo: geo, reading: reading, options: analysis)
            var filter = try filtering.filter()
            filter.radiusKm = radiusKm
            if let near { filter.near = try Self.coordinate(near, resources: loader.resources) }
            try filter.prepare()
            try store.requireSomething(sources)
            let area = try within.map { try AreaFilter($0, provinces: loader.provinces, makeValid: geo.makeValid) }

            // The filters run on each batch as it is read: only what passes is kept, and JSON
            // Lines goes out batch by batch.
            func passing(_ batch: [Incident]) throws -> [Incident] {
                let selected = batch.filter(filter.accepts)
                return try area.map { area in try selected.filter(area.contains) } ?? selected
            }
            if format.layer == nil, store.db == nil {
                let out = OutputBuffer.standardOutput()
                try loader.forEachBatch(sources) { JSONLinesWriter.write(try passing($0), to: out) }
                try out.flush()
                return
            }
            // GeoJSON and CSV stream too; KML, the province layers and the page need every incident.
            if let layer = format.layer, LayerStream.streams(layer), store.db == nil {
                try LayerOutput.stream(layer, to: nil) { stream in try loader.forEachBatch(sources) { stream.add(try passing($0)) } }
                return
            }
            var selected: [Incident] = []
            try loader.forEachBatch(sources) { selected += try passing($0) }
            selected += try passing(store.incidents(matching: filter, within: area?.regions))
            if let layer = format.layer {
                try LayerOutput.write(selected, as: layer, to: nil, provinces: { try loader.provinces(in: Set(selected.map(\.country))) })
            } else {
                try IncidentOutput.print(selected, format: .jsonl)
            }
        }
    }

    /// `LAT,LON` or a place name.
    /// - Throws: `GeoModelError.coordinateOutOfRange` for a latitude such as 200, or a
    ///   `ValidationError` when no place has the name.
    static func coordinate(_ text: String, resources: () throws -> Pipeline.GeoResources) throws -> Coordinate {
        let parts = text.split(separator: ",")
        if parts.count == 2, let lat = Double(parts[0].trimmingCharacters(in: .whitespaces)),
           let lon = Double(parts[1].trimmingCharacters(in: .whitespaces)) {
            do { return try Coordinate(latitude: lat, longitude: lon) } catch {
                throw ValidationError("--near \(text): \(error)")
            }
        }
        let resolution = Resolver(gazetteer: try resources().gazetteer).geocode(text)
        guard let place = resolution.place else { throw ValidationError("--near: no place called '\(text)'") }
        return place.coordinate
    }
}
