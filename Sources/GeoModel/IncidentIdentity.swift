/// Stable incident ids: a hash of what makes an incident one incident in ACLED's sense.
public enum IncidentIdentity {
    /// `SY-` followed by 12 hex digits of a stable hash of type, place, day and actors.
    public static func id(for incident: Incident) -> String {
        var hash = StableHash()
        hash.combine(incident.subEventType.rawValue)
        hash.combine(incident.placeID)
        hash.combine(incident.eventDate?.description ?? "")
        hash.combine(incident.actor1 ?? "")
        hash.combine(incident.actor2 ?? "")
        return incident.country + "-" + hash.hexPrefix(12)
    }
}
