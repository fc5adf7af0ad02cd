import Foundation
import GeoEngine
import GeoModel

/// Assigns incidents to the province polygon that holds them: point in polygon against the
/// active boundaries, through `RegionGrid` and GEOS.
///
/// Not thread safe (it owns a GEOS context through its index): one per task. Bulk work splits
/// across tasks, each with a context of its own. A point on a border shared by two provinces
/// goes to the first of them in the boundaries file; a point outside every polygon gets no
/// province, never a guess.
public final class ProvinceAssigner {
    public let index: PolygonIndex
    /// How many tasks bulk assignment uses.
    public var tasks = 2

    /// - Throws: `GeoEngineError.invalidPolygon` when a province polygon is invalid and
    ///   `makeValid` is false.
    public init(provinces: [Region], makeValid: Bool = false) throws {
        index = try PolygonIndex(regions: provinces, makeValid: makeValid)
    }

    /// The province holding `coordinate`, or nil outside every polygon (never a guess).
    public func province(of coordinate: Coordinate) throws -> Region? {
        try index.region(containing: coordinate)
    }

    /// The province of each coordinate (nil outside every polygon), in order.
    /// - Complexity: O(n / tasks) grid lookups plus GEOS tests near borders.
    public func provinces(of coordinates: [Coordinate]) throws -> [Region?] {
        let regions = index.regions
        return try index.grid.regionIndices(of: coordinates, tasks: tasks).map { $0.map { regions[$0] } }
    }

    /// Fills `admin1` and `admin1_code` from the polygons for incidents that lack a code.
    public func fillMissingProvinces(_ incidents: inout [Incident]) throws {
        let missing = incidents.indices.filter { incidents[$0].admin1Code == nil }
        guard !missing.isEmpty else { return }
        let found = try index.grid.regionIndices(of: missing.map { incidents[$0].coordinate }, tasks: tasks)
        let names = index.regions.map(\.name), codes = index.regions.map(\.code)
        for (i, region) in zip(missing, found) {
            guard let region else { continue }
            incidents[i].admin1 = names[region]
            incidents[i].admin1Code = codes[region]
        }
    }

    /// Sets `admin1` and `admin1_code` from the polygon that holds each incident, replacing
    /// what it carried, as when the user names the boundaries to count by. An incident outside
    /// every polygon keeps its own.
    public func assignProvinces(_ incidents: inout [Incident]) throws {
        // By index into the regions: copying a `Region` (its polygons) per incident costs more
        // than the lookup.
        let found = try index.grid.regionIndices(of: incidents.map(\.coordinate), tasks: tasks)
        let names = index.regions.map(\.name), codes = index.regions.map(\.code)
        for (i, region) in zip(incidents.indices, found) {
            guard let region else { continue }
            incidents[i].admin1 = names[region]
            incidents[i].admin1Code = codes[region]
        }
    }

    /// How often the `admin1_code` an incident carries (from the gazetteer) names the polygon
    /// that holds its coordinate.
    public func agreement(of incidents: [Incident]) throws -> ProvinceAgreement {
        let coded = incidents.filter { $0.admin1Code != nil }
        let found = try provinces(of: coded.map(\.coordinate))
        var result = ProvinceAgreement()
        for (incident, region) in zip(coded, found) {
            guard let region else { result.outside += 1; continue }
            if region.code?.uppercased() == incident.admin1Code?.uppercased() { result.agreeing += 1 } else { result.disagreeing += 1 }
        }
        return result
    }
}

/// How the gazetteer's `admin1_code` of incidents compares with the polygon holding them.
public struct ProvinceAgreement: Sendable, Hashable, CustomStringConvertible {
    /// The polygon holding the point has the incident's code.
    public var agreeing = 0
    /// A polygon holds the point, but with another code.
    public var disagreeing = 0
    /// No polygon holds the point.
    public var outside = 0

    public init() {}

    /// Adds the counts of `other`, as when batches are checked one after another.
    public mutating func add(_ other: ProvinceAgreement) {
        agreeing += other.agreeing
        disagreeing += other.disagreeing
        outside += other.outside
    }

    /// Incidents that carried a code.
    public var checked: Int { agreeing + disagreeing + outside }

    /// The share of checked incidents whose code and polygon agree, or nil when none were checked.
    public var rate: Double? { checked == 0 ? nil : Double(agreeing) / Double(checked) }

    public var description: String {
        let percent = rate.map { String(format: "%.1f%%", $0 * 100) } ?? "n/a"
        return "provinces: the gazetteer's admin1 code and the polygon agree for \(agreeing) of \(checked) incidents (\(percent)); "
            + "\(disagreeing) disagree, \(outside) fall outside every polygon"
    }
}
