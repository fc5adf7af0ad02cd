import GeoModel

extension FieldValue {
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
