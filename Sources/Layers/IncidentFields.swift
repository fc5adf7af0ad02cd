import GeoModel

/// A field value as the writers need it.
public enum FieldValue: Sendable, Hashable {
    case text(String)
    case integer(Int)
    case number(Double)
    case null

    /// The value as plain text, empty for null.
    public var plainText: String {
        switch self {
        case let .text(s): s
        case let .integer(i): String(i)
        case let .number(d): FieldValue.format(d)
        case .null: ""
        }
    }

    /// A coordinate with at most 6 decimals and no trailing zeros.
    public static func format(_ value: Double) -> String {
        let rounded = Coordinate.round(value, 6)
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
        var text = String(format: "%.6f", rounded)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }
}

/// The one incident-to-fields mapping that every writer uses, in SPEC.md's order.
public enum IncidentFields {
    /// Field names, in order, as SPEC.md names them (without `sources`).
    public static let names = [
        "id", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2", "location", "mention",
        "place_id", "latitude", "longitude", "geo_precision", "admin1", "admin1_code", "country", "fatalities", "certainty",
        "notes",
    ]

    /// The incident's fields, in `names` order.
    public static func values(of incident: Incident) -> [FieldValue] {
        func text(_ s: String?) -> FieldValue { s.map(FieldValue.text) ?? .null }
        let c = incident.coordinate.rounded(toDecimals: 6)
        return [
            .text(incident.id), text(incident.eventDate?.description), .integer(incident.timePrecision.rawValue),
            .text(incident.eventType.rawValue), .text(incident.subEventType.rawValue), text(incident.actor1),
            text(incident.actor2), .text(incident.location), .text(incident.mention), .text(incident.placeID),
            .number(c.latitude), .number(c.longitude), .integer(incident.geoPrecision.rawValue), text(incident.admin1),
            text(incident.admin1Code), .text(incident.country), incident.fatalities.map(FieldValue.integer) ?? .null,
            .text(incident.certainty.rawValue), .text(incident.notes),
        ]
    }

    /// The incident's sources as one line of text: `title (url, date)` joined by `; `.
    public static func sourceSummary(of incident: Incident) -> String {
        incident.sources.map { source in
            let details = [source.url, source.published?.description].compactMap { $0 }.joined(separator: ", ")
            let title = source.title ?? source.docID
            return details.isEmpty ? title : "\(title) (\(details))"
        }.joined(separator: "; ")
    }
}
