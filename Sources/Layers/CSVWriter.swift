import GeoModel

/// Writes incidents as ACLED-style CSV (RFC 4180), neutralising cells that a spreadsheet
/// would run as a formula.
public enum CSVWriter {
    /// ACLED's columns in ACLED's order, then incidentmap's own.
    public static let header = [
        "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
        "country", "admin1", "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
        "admin1_code", "place_id", "mention", "certainty", "source_url",
    ]

    public static func write<S: Sequence>(_ incidents: S, to out: OutputBuffer) where S.Element == Incident {
        out.write(header.joined(separator: ",") + "\r\n")
        for incident in incidents {
            let c = incident.coordinate.rounded(toDecimals: 6)
            let row: [String] = [
                incident.id, incident.eventDate?.description ?? "", incident.eventDate.map { String($0.year) } ?? "",
                String(incident.timePrecision.rawValue), incident.eventType.rawValue, incident.subEventType.rawValue,
                incident.actor1 ?? "", incident.actor2 ?? "", incident.country, incident.admin1 ?? "", incident.location,
                FieldValue.format(c.latitude), FieldValue.format(c.longitude), String(incident.geoPrecision.rawValue),
                incident.sources.map { $0.title ?? $0.docID }.joined(separator: "; "), incident.notes,
                incident.fatalities.map(String.init) ?? "", incident.admin1Code ?? "", incident.placeID, incident.mention,
                incident.certainty.rawValue, incident.sources.compactMap(\.url).joined(separator: " "),
            ]
            // Coordinates and counts are written by us and may start with '-': only free text is neutralised.
            let numeric: Set<Int> = [11, 12]
            out.write(row.enumerated().map { numeric.contains($0.offset) ? $0.element : cell($0.element) }.joined(separator: ",") + "\r\n")
        }
    }

    /// One RFC 4180 cell, with a leading `=`, `+`, `-`, `@`, tab or carriage return neutralised
    /// by a leading apostrophe.
    public static func cell(_ value: String) -> String {
        var text = value
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { text = "'" + text }
        if text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return text
    }
}
