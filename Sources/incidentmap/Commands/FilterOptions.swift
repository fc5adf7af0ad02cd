import Analysis
import ArgumentParser
import GeoModel

/// The incident filters that `export` and `query` share, and the `IncidentFilter` they describe.
struct FilterOptions: ParsableArguments {
    @Option(help: "Keep incidents inside W,S,E,N (W > E crosses the antimeridian).") var bbox: String?
    @Option(help: "Earliest event date, YYYY-MM-DD.") var from: String?
    @Option(help: "Latest event date, YYYY-MM-DD.") var to: String?
    @Option(help: "Keep incidents whose actor1 or actor2 contains this text.") var actor: String?
    @Option(help: "Keep incidents whose event type or sub-type contains this text.") var type: String?
    @Option(name: .customLong("min-precision"), help: "Keep incidents with geo_precision N or finer (1 is finest).") var minPrecision: Int?

    /// The filter the options describe, not yet validated or prepared.
    /// - Throws: `GeoModelError` for a bounding box or date that does not parse.
    func filter() throws -> IncidentFilter {
        var filter = IncidentFilter()
        filter.bbox = try bbox.map(BoundingBox.init(parsing:))
        filter.from = try from.map(Day.init(parsing:))
        filter.to = try to.map(Day.init(parsing:))
        filter.actor = actor
        filter.type = type
        filter.minPrecision = minPrecision
        return filter
    }
}
