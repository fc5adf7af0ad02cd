import Analysis
import ArgumentParser
import Foundation
import Geocoding
import GeoEngine
import GeoModel
import Pipeline

/// `incidentmap query`: print the incidents that pass every filter.
struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "query", abstract: "Print the incidents that pass every filter.")

    @Argument(help: "Incident files (JSON Lines or GeoJSON from this tool) or reports.")
    var sources: [String] = []

    @Option(help: "Keep incidents inside W,S,E,N.") var bbox: String?
    @Option(help: "A place name or LAT,LON; use with --radius-km.") var near: String?
    @Option(name: .customLong("radius-km"), help: "Radius around --near, in kilometres.") var radiusKm: Double?
    @Option(help: "A GeoJSON polygon file, or a province name or code.") var within: String?
    @Option(help: "Earliest event date, YYYY-MM-DD.") var from: String?
    @Option(help: "Latest event date, YYYY-MM-DD.") var to: String?
    @Option(help: "Keep incidents whose actor1 or actor2 contains this text.") var actor: String?
    @Option(help: "Keep incidents whose event type or sub-type contains this text.") var type: String?
    @Option(name: .customLong("min-precision"), help: "Keep incidents with geo_precision N or finer (1 is finest).") var minPrecision: Int?
    @Option(help: "Output format.") var format: IncidentFormat = .jsonl

    @OptionGroup var geo: GeoOptions
    @OptionGroup var reading: ReportOptions
    @OptionGroup var store: DatabaseOptions

    func run() throws {
        try reportingErrors {
            var filter = IncidentFilter()
            filter.bbox = try bbox.map(BoundingBox.init(parsing:))
            filter.from = try from.map(Day.init(parsing:))
            filter.to = try to.map(Day.init(parsing:))
            filter.actor = actor
            filter.type = type
            filter.minPrecision = minPrecision
            filter.radiusKm = radiusKm
            var resources: GeoResources?
            func loadResources() throws -> GeoResources {
                if let resources { return resources }
                let loaded = try geo.loadResources()
                resources = loaded
                return loaded
            }
            if let near { filter.near = try Self.coordinate(near, resources: loadResources) }
            try filter.validate()
            try store.requireSomething(sources)
            let incidents = try IncidentSources.load(sources, pipeline: {
                try IncidentPipeline(resources: loadResources(), focus: geo.focusCountries, includeStrategic: reading.includeStrategic)
            }, lenient: reading.lenient) + store.incidents(matching: filter, within: within.map { try Self.regions($0, resources: loadResources) })
            var selected = incidents.filter(filter.accepts)
            if let within {
                let regions = try Self.regions(within, resources: loadResources)
                let index = try PolygonIndex(regions: regions)
                selected = try selected.filter { try index.regionIndex(containing: $0.coordinate) != nil }
            }
            try IncidentOutput.print(selected, format: format)
        }
    }

    /// `LAT,LON` or a place name.
    static func coordinate(_ text: String, resources: () throws -> GeoResources) throws -> Coordinate {
        let parts = text.split(separator: ",")
        if parts.count == 2, let lat = Double(parts[0].trimmingCharacters(in: .whitespaces)),
           let lon = Double(parts[1].trimmingCharacters(in: .whitespaces)) {
            return try Coordinate(latitude: lat, longitude: lon)
        }
        let resolution = Resolver(gazetteer: try resources().gazetteer).geocode(text)
        guard let place = resolution.place else { throw ValidationError("--near: no place called '\(text)'") }
        return place.coordinate
    }

    /// A polygon file, or the province with this name or code.
    static func regions(_ text: String, resources: () throws -> GeoResources) throws -> [Region] {
        if FileManager.default.fileExists(atPath: text) {
            return try RegionReader.regions(fromGeoJSON: URL(fileURLWithPath: text))
        }
        let provinces = try resources().provinces
        let lower = text.lowercased()
        let match = provinces.filter { $0.code?.lowercased() == lower || $0.name.lowercased() == lower }
        guard !match.isEmpty else { throw AnalysisError.unknownProvince(text) }
        return match
    }
}
