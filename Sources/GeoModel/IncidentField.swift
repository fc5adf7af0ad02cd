/// One field of the incident record, named as SPEC.md names it, in SPEC.md's order.
///
/// This is the one incident schema. `Incident`'s `Codable` form keys on it, the layer writers
/// (GeoJSON properties, KML ExtendedData, CSV columns, JSON Lines) read an incident through
/// `visit(_:_:)`, the ACLED CSV reader takes the names of the columns it shares with the record
/// from it, and the store's incident columns are its fields but `admin2` and `sources`.
public enum IncidentField: String, CaseIterable, CodingKey, Sendable {
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
    case admin2
    case country, fatalities, certainty, notes, sources

    /// The fields as a list, so that loops do not rebuild `allCases`.
    public static let ordered: [IncidentField] = allCases

    /// The kind of value the field holds.
    public enum Kind: Sendable {
        case text, integer, coordinate, day, sources
    }

    /// What the field holds: the writers and readers encode and decode it by this.
    public var kind: Kind {
        switch self {
        case .timePrecision, .geoPrecision, .fatalities: .integer
        case .latitude, .longitude: .coordinate
        case .eventDate: .day
        case .sources: .sources
        default: .text
        }
    }

    /// Whether a JSON record must carry the field (SPEC.md); the others may be missing or null.
    public var isRequired: Bool {
        switch self {
        case .id, .timePrecision, .subEventType, .location, .latitude, .longitude, .geoPrecision, .country: true
        default: false
        }
    }

    /// Hands this field's value in `incident` to `visitor`: the one place that says where each
    /// field comes from. The value is lent, not copied, so reading it costs no reference counting.
    @inlinable
    public func visit<V: IncidentFieldVisitor>(_ incident: Incident, _ visitor: V) {
        switch self {
        case .id: visitor.visit(self, text: incident.id)
        case .eventDate: if let day = incident.eventDate { visitor.visit(self, day: day) } else { visitor.visitNull(self) }
        case .timePrecision: visitor.visit(self, integer: incident.timePrecision.rawValue)
        case .eventType: visitor.visit(self, text: incident.eventType.rawValue)
        case .subEventType: visitor.visit(self, text: incident.subEventType.rawValue)
        case .actor1: if let text = incident.actor1 { visitor.visit(self, text: text) } else { visitor.visitNull(self) }
        case .actor2: if let text = incident.actor2 { visitor.visit(self, text: text) } else { visitor.visitNull(self) }
        case .location: visitor.visit(self, text: incident.location)
        case .mention: visitor.visit(self, text: incident.mention)
        case .placeID: visitor.visit(self, text: incident.placeID)
        case .latitude: visitor.visit(self, coordinate: incident.coordinate.latitude)
        case .longitude: visitor.visit(self, coordinate: incident.coordinate.longitude)
        case .geoPrecision: visitor.visit(self, integer: incident.geoPrecision.rawValue)
        case .admin1: if let text = incident.admin1 { visitor.visit(self, text: text) } else { visitor.visitNull(self) }
        case .admin1Code: if let text = incident.admin1Code { visitor.visit(self, text: text) } else { visitor.visitNull(self) }
        case .admin2: if let text = incident.admin2 { visitor.visit(self, text: text) } else { visitor.visitNull(self) }
        case .country: visitor.visit(self, text: incident.country)
        case .fatalities: if let count = incident.fatalities { visitor.visit(self, integer: count) } else { visitor.visitNull(self) }
        case .certainty: visitor.visit(self, text: incident.certainty.rawValue)
        case .notes: visitor.visit(self, text: incident.notes)
        case .sources: visitor.visit(self, sources: incident.sources)
        }
    }

    /// Hands every field of `incident` to `visitor`, in SPEC.md's order.
    @inlinable
    public static func visitAll<V: IncidentFieldVisitor>(_ incident: Incident, _ visitor: V) {
        for field in ordered { field.visit(incident, visitor) }
    }

    /// The field's value in `incident`, unrounded.
    public func value(in incident: Incident) -> FieldValue {
        let capture = FieldValueCapture()
        visit(incident, capture)
        return capture.value
    }
}

/// Receives an incident's fields one at a time, each value lent for the call.
///
/// The writers implement it to render fields their own way; `IncidentField.visit(_:_:)` is the
/// mapping that feeds them all. A visitor is passed by value and its methods do not mutate it,
/// so the buffer it holds is lent to each call rather than retained for it.
public protocol IncidentFieldVisitor {
    func visit(_ field: IncidentField, text: String)
    func visit(_ field: IncidentField, integer: Int)
    /// Degrees, to be written with at most 6 decimals.
    func visit(_ field: IncidentField, coordinate: Double)
    func visit(_ field: IncidentField, day: Day)
    func visit(_ field: IncidentField, sources: [IncidentSource])
    /// The field has no value (JSON `null`, an empty CSV cell, no KML SimpleData).
    func visitNull(_ field: IncidentField)
}

/// Keeps the one value it is handed, for `IncidentField.value(in:)`.
private final class FieldValueCapture: IncidentFieldVisitor {
    var value = FieldValue.null
    func visit(_ field: IncidentField, text: String) { value = .text(text) }
    func visit(_ field: IncidentField, integer: Int) { value = .integer(integer) }
    func visit(_ field: IncidentField, coordinate: Double) { value = .coordinate(coordinate) }
    func visit(_ field: IncidentField, day: Day) { value = .day(day) }
    func visit(_ field: IncidentField, sources: [IncidentSource]) { value = .sources(sources) }
    func visitNull(_ field: IncidentField) { value = .null }
}

/// A field value, typed so each writer can render it its own way.
public enum FieldValue: Sendable, Hashable {
    case text(String)
    case integer(Int)
    /// Degrees, written with at most 6 decimals.
    case coordinate(Double)
    case day(Day)
    case sources([IncidentSource])
    case null

    public var text: String? { if case let .text(text) = self { text } else { nil } }
    public var integer: Int? { if case let .integer(number) = self { number } else { nil } }
    public var coordinate: Double? { if case let .coordinate(degrees) = self { degrees } else { nil } }
    public var day: Day? { if case let .day(day) = self { day } else { nil } }
    public var sources: [IncidentSource]? { if case let .sources(sources) = self { sources } else { nil } }
}

extension IncidentDraft {
    /// Sets one field from a value a reader found; `.null` (or a value of another kind) leaves
    /// the field at its default: nil for optional fields, empty text, no sources, and a
    /// coordinate of NaN that `Incident(validating:)` refuses.
    public mutating func set(_ field: IncidentField, to value: FieldValue) {
        switch field {
        case .id: id = value.text ?? ""
        case .eventDate: eventDate = value.day
        case .timePrecision: timePrecision = value.integer ?? TimePrecision.day.rawValue
        case .eventType: eventType = value.text
        case .subEventType: subEventType = value.text ?? ""
        case .actor1: actor1 = value.text
        case .actor2: actor2 = value.text
        case .location: location = value.text ?? ""
        case .mention: mention = value.text ?? ""
        case .placeID: placeID = value.text ?? ""
        case .latitude: latitude = value.coordinate ?? .nan
        case .longitude: longitude = value.coordinate ?? .nan
        case .geoPrecision: geoPrecision = value.integer ?? GeoPrecision.town.rawValue
        case .admin1: admin1 = value.text
        case .admin1Code: admin1Code = value.text
        case .admin2: admin2 = value.text
        case .country: country = value.text ?? ""
        case .fatalities: fatalities = value.integer
        case .certainty: certainty = value.text
        case .notes: notes = value.text ?? ""
        case .sources: sources = value.sources ?? []
        }
    }
}
