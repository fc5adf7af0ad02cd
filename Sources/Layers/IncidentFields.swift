import GeoModel

/// One field of the incident record, named as SPEC.md names it, in SPEC.md's order.
///
/// This is the one incident-to-fields mapping: the GeoJSON properties, the KML ExtendedData
/// and the CSV columns all read an incident through `value(in:)`.
public enum IncidentField: String, CaseIterable, Sendable {
    case id
    case eventDate = "event_date"
    case timePrecision = "time_precision"
    case eventType = "event_type"
    case subEventType = "sub_event_type"
    case actor1, actor2, location, mention
    case placeID = "place_id"
    case latitude, longitude
    case geoPrecision = "geo_precision"
    case admin1
    case admin1Code = "admin1_code"
    case country, fatalities, certainty, notes, sources

    /// The field's value in `incident`; coordinates are rounded to 6 decimals when written.
    @inline(__always)
    public func value(in incident: Incident) -> FieldValue {
        switch self {
        case .id: .text(incident.id)
        case .eventDate: incident.eventDate.map(FieldValue.day) ?? .null
        case .timePrecision: .integer(incident.timePrecision.rawValue)
        case .eventType: .text(incident.eventType.rawValue)
        case .subEventType: .text(incident.subEventType.rawValue)
        case .actor1: incident.actor1.map(FieldValue.text) ?? .null
        case .actor2: incident.actor2.map(FieldValue.text) ?? .null
        case .location: .text(incident.location)
        case .mention: .text(incident.mention)
        case .placeID: .text(incident.placeID)
        case .latitude: .coordinate(incident.coordinate.latitude)
        case .longitude: .coordinate(incident.coordinate.longitude)
        case .geoPrecision: .integer(incident.geoPrecision.rawValue)
        case .admin1: incident.admin1.map(FieldValue.text) ?? .null
        case .admin1Code: incident.admin1Code.map(FieldValue.text) ?? .null
        case .country: .text(incident.country)
        case .fatalities: incident.fatalities.map(FieldValue.integer) ?? .null
        case .certainty: .text(incident.certainty.rawValue)
        case .notes: .text(incident.notes)
        case .sources: .sources(incident.sources)
        }
    }

    /// The fields as a list, so that loops do not rebuild `allCases`.
    public static let ordered: [IncidentField] = allCases
}

/// A field value as the writers need it, typed so each writer can render it its own way.
public enum FieldValue: Sendable, Hashable {
    case text(String)
    case integer(Int)
    /// Degrees, written with at most 6 decimals.
    case coordinate(Double)
    case day(Day)
    case sources([IncidentSource])
    case null

    /// A coordinate with at most 6 decimals and no trailing zeros, as every layer writes it.
    public static func format(_ value: Double) -> String {
        let out = OutputBuffer()
        out.write(coordinate: value)
        return out.text()
    }
}

/// Text derived from an incident that more than one layer shows.
public enum IncidentFields {
    /// The incident's sources as one line of text: `title (url, date)` joined by `; `.
    public static func sourceSummary(of incident: Incident) -> String {
        TextPiece.string { EventStyle.sourcePieces(of: incident, $0) }
    }

    /// The name ACLED's `source` column holds: the source titles, joined by `; `.
    public static func sourceNames(of incident: Incident) -> String {
        incident.sources.map { $0.title ?? $0.docID }.joined(separator: "; ")
    }
}
