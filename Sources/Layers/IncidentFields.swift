import GeoModel

/// One field of the incident record, named as SPEC.md names it, in SPEC.md's order.
///
/// This is the one incident-to-fields mapping: the GeoJSON properties, the KML ExtendedData
/// and the CSV columns all read an incident through `visit(_:_:)` (or `value(in:)`, built on it).
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
    case admin2
    case country, fatalities, certainty, notes, sources

    /// Hands this field's value in `incident` to `visitor`: the one place that says where each
    /// field comes from. The value is lent, not copied, so reading it costs no reference counting.
    @inline(__always)
    func visit<V: IncidentFieldVisitor>(_ incident: Incident, _ visitor: V) {
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
    @inline(__always)
    static func visitAll<V: IncidentFieldVisitor>(_ incident: Incident, _ visitor: V) {
        for i in 0..<orderedCount { orderedFields[i].visit(incident, visitor) }
    }

    /// The field's value in `incident`; coordinates are rounded to 6 decimals when written.
    public func value(in incident: Incident) -> FieldValue {
        let capture = FieldValueCapture()
        visit(incident, capture)
        return capture.value
    }

    /// The fields as a list, so that loops do not rebuild `allCases`.
    public static let ordered: [IncidentField] = allCases

    /// `ordered` as a plain pointer, for the writers' per-incident loops: reading it costs no
    /// reference counting. Allocated once and never written after.
    private nonisolated(unsafe) static let orderedFields: UnsafePointer<IncidentField> = {
        let fields = UnsafeMutablePointer<IncidentField>.allocate(capacity: allCases.count)
        fields.initialize(from: Array(allCases), count: allCases.count)
        return UnsafePointer(fields)
    }()
    private static let orderedCount = allCases.count
}

/// Receives an incident's fields one at a time, each value lent for the call.
///
/// The writers implement it to render fields their own way; `IncidentField.visit(_:_:)` is the
/// mapping that feeds them all. A visitor is passed by value and its methods do not mutate it,
/// so the buffer it holds is lent to each call rather than retained for it.
protocol IncidentFieldVisitor {
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
        PlainTextSink.string { EventStyle.sourcePieces(of: incident, into: $0) }
    }

    /// The event date as ACLED writes it: the first day of its ISO week or month when
    /// `time_precision` is 2 or 3. The CSV's `event_date`, the page's time slider and every
    /// title use it; the record itself (JSON Lines, GeoJSON, KML ExtendedData) keeps the date
    /// as resolved, with `time_precision` beside it, and KML adds the span as a TimeSpan.
    @inline(__always)
    public static func spanStart(of incident: Incident) -> Day? {
        guard let day = incident.eventDate else { return nil }
        switch incident.timePrecision {
        case .day: return day
        case .week: return day.startOfISOWeek
        case .month: return day.startOfMonth
        }
    }

    /// What joins the sources' values in one cell: `; `, as in ACLED's `source` column.
    public static let sourceSeparator = "; "

    /// The name ACLED's `source` column holds: the source titles, joined by `; `.
    public static func sourceNames(of incident: Incident) -> String {
        incident.sources.map { $0.title ?? $0.docID }.joined(separator: sourceSeparator)
    }
}
