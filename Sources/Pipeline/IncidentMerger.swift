import GeoEngine
import GeoModel

/// Merges incidents that describe the same event: the same sub-type, places within a few
/// kilometres, and dates at most a day apart. The merged incident keeps every source, the
/// lowest reported death toll and the finest precision.
public struct IncidentMerger: Sendable {
    public var maximumKm = 5.0
    public var maximumDays = 1

    public init() {}

    public func merge(_ incidents: [Incident]) -> [Incident] {
        let geodesic = Geodesic()
        var merged: [Incident] = []
        for incident in incidents {
            if let index = merged.firstIndex(where: { isSameEvent($0, incident, geodesic) }) {
                merged[index] = combine(merged[index], incident)
            } else {
                merged.append(incident)
            }
        }
        return merged
    }

    func isSameEvent(_ a: Incident, _ b: Incident, _ geodesic: Geodesic) -> Bool {
        guard a.subEventType == b.subEventType, a.geoPrecision == b.geoPrecision else { return false }
        if a.geoPrecision == .province { guard a.admin1Code == b.admin1Code else { return false } }
        else if geodesic.distanceMetres(from: a.coordinate, to: b.coordinate) > maximumKm * 1000 { return false }
        switch (a.eventDate, b.eventDate) {
        case let (x?, y?): guard abs(x.days(to: y)) <= maximumDays else { return false }
        case (nil, nil): break
        default: return false
        }
        if let a1 = a.actor1, let b1 = b.actor1, a1 != b1 { return false }
        return true
    }

    func combine(_ a: Incident, _ b: Incident) -> Incident {
        var result = a
        for source in b.sources where !result.sources.contains(source) { result.sources.append(source) }
        switch (a.fatalities, b.fatalities) {
        case let (x?, y?): result.fatalities = min(x, y)
        case let (x, y): result.fatalities = x ?? y
        }
        result.actor1 = a.actor1 ?? b.actor1
        result.actor2 = a.actor2 ?? b.actor2
        if b.timePrecision < a.timePrecision { result.eventDate = b.eventDate; result.timePrecision = b.timePrecision }
        if !a.notes.contains(b.notes) { result.notes = a.notes + " " + b.notes }
        result.id = IncidentIdentity.id(for: result)
        return result
    }
}
