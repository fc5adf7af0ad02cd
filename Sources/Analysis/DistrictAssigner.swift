import GeoEngine
import GeoModel

/// A district found by its polygon: the unit's name (`admin2`) and its built-in id (`gb:…`).
public struct District: Sendable, Hashable {
    public var name: String
    public var id: String

    public init(name: String, id: String) {
        self.name = name
        self.id = id
    }
}

/// Finds the district polygon holding each incident, for `count --by district`: point in
/// polygon through a `RegionGrid` and GEOS prepared polygons, one grid per country.
///
/// The polygons of a country are read the first time an incident of that country asks, so a
/// run pays only for the countries it meets. Not thread safe: one per task.
public final class DistrictAssigner {
    /// The district polygons of some countries (ISO 3166-1 alpha-2), each with its id as code.
    public typealias Loader = (Set<String>) throws -> [Region]

    private let load: Loader
    /// A country's grid, or nil for a country without district polygons.
    private var grids: [String: RegionGrid?] = [:]
    /// How many tasks bulk lookups use.
    public var tasks = 2

    public init(loading load: @escaping Loader) {
        self.load = load
    }

    /// The district holding each incident's coordinate among the polygons of the incident's
    /// country, in order; nil where the country has no polygons or none holds the point.
    /// - Throws: what the loader throws; `GeoEngineError` when GEOS fails.
    /// - Complexity: O(n) grid lookups, plus GEOS tests near borders.
    public func districts(of incidents: [Incident]) throws -> [District?] {
        try loadCountries(of: incidents)
        var result = [District?](repeating: nil, count: incidents.count)
        let byCountry = Dictionary(grouping: incidents.indices, by: { incidents[$0].country })
        for (country, members) in byCountry {
            guard let grid = grids[country] ?? nil else { continue }
            let found = try grid.regionIndices(of: members.map { incidents[$0].coordinate }, tasks: tasks)
            for (i, region) in zip(members, found) {
                guard let region else { continue }
                let unit = grid.regions[region]
                result[i] = District(name: unit.name, id: unit.code ?? unit.name)
            }
        }
        return result
    }

    /// Reads the polygons of the countries not met before, in one pass over the file.
    private func loadCountries(of incidents: [Incident]) throws {
        let new = Set(incidents.map(\.country)).subtracting(grids.keys)
        guard !new.isEmpty else { return }
        let regions = Dictionary(grouping: try load(new), by: { $0.country ?? "" })
        for country in new {
            grids[country] = try regions[country].map { try RegionGrid(regions: $0) }
        }
    }
}
