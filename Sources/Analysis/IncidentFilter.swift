import Foundation
import GeoEngine
import GeoModel

/// The `query` filters, combined with AND. See SPEC.md, "Commands".
public struct IncidentFilter: Sendable {
    public var bbox: BoundingBox?
    public var near: Coordinate?
    public var radiusKm: Double?
    public var from: Day?
    public var to: Day?
    public var actor: String?
    public var type: String?
    public var minPrecision: Int?
    /// The radius test, made by `prepare()`.
    private var circle: GeodesicCircle?

    public init() {}

    /// Validates the filters and builds the radius test (a band prefilter, then `geod_inverse`).
    /// - Throws: the errors of `validate()`.
    public mutating func prepare() throws {
        try validate()
        circle = nil
        if let near, let radiusKm { circle = try GeodesicCircle(center: near, radiusMetres: radiusKm * 1000) }
    }

    /// Checks that the filters make sense together.
    /// - Throws: `AnalysisError.invalidFilter` for a negative radius, a radius without a centre,
    ///   or `--from` later than `--to`.
    public func validate() throws {
        if let radiusKm, !(radiusKm >= 0) || !radiusKm.isFinite { throw AnalysisError.invalidFilter("--radius-km must be zero or more, not \(radiusKm)") }
        if (near == nil) != (radiusKm == nil) { throw AnalysisError.invalidFilter("--near and --radius-km go together") }
        if let from, let to, from > to { throw AnalysisError.invalidFilter("--from \(from) is later than --to \(to)") }
    }

    /// True when `incident` passes every filter that is set.
    public func accepts(_ incident: Incident) -> Bool {
        if let bbox, !bbox.contains(incident.coordinate) { return false }
        if let circle {
            if !circle.contains(incident.coordinate) { return false }
        } else if let near, let radiusKm {
            if Geodesic().distanceMetres(from: near, to: incident.coordinate) > radiusKm * 1000 { return false }
        }
        if let from { guard let day = incident.eventDate, day >= from else { return false } }
        if let to { guard let day = incident.eventDate, day <= to else { return false } }
        if let actor {
            let needle = actor.lowercased()
            let names = [incident.actor1, incident.actor2].compactMap { $0?.lowercased() }
            if !names.contains(where: { $0.contains(needle) }) { return false }
        }
        if let type {
            let needle = type.lowercased()
            if !incident.eventType.rawValue.lowercased().contains(needle), !incident.subEventType.rawValue.lowercased().contains(needle) {
                return false
            }
        }
        // ACLED precision counts up as it gets coarser: "--min-precision 2" keeps 1 and 2.
        if let minPrecision, incident.geoPrecision.rawValue > minPrecision { return false }
        return true
    }
}
