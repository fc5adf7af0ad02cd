import GeoModel

/// Writes incidents as ACLED-style CSV (RFC 4180, CRLF line ends): ACLED's columns in ACLED's
/// order, then incidentmap's own, so that kepler.gl, QGIS and spreadsheets read it as is.
public enum CSVWriter {
    /// Where a column's value comes from: a record field, or text derived from the record.
    enum Source {
        case field(IncidentField)
        /// ACLED's `event_date`: the first day of the week or month for precision 2 or 3.
        case eventDate
        /// ACLED's `year`, from the event date.
        case year
        /// ACLED's `iso`: the ISO 3166-1 numeric code.
        case isoNumeric
        /// ACLED's `country`: the English name, or the alpha-2 code for a country the name table lacks.
        case countryName
        /// ACLED's `source`: the source titles.
        case sourceNames
        /// The source links, one per source (empty for none), joined by `; `.
        case sourceURLs
        /// The publication dates, one per source (empty for none), joined by `; `.
        case sourceDates
        /// The reports' ids, joined by `; `, which keep several sources apart on reading back.
        case sourceIDs
    }

    /// The columns: ACLED's 19 in ACLED's order (`admin2` the district), then incidentmap's extra
    /// fields. `iso` and the English `country` follow ACLED's exports (issue 18); the record's
    /// alpha-2 code stays readable from the name, which `CountryCodes.alpha2(for:)` maps back.
    static let columns: [(name: String, source: Source)] = [
        field(.id, as: "event_id_cnty"), ("event_date", .eventDate), ("year", .year),
        field(.timePrecision), field(.eventType), field(.subEventType), field(.actor1), field(.actor2),
        ("iso", .isoNumeric), ("country", .countryName), field(.admin1), field(.admin2), field(.location),
        field(.latitude), field(.longitude), field(.geoPrecision),
        ("source", .sourceNames), field(.notes), field(.fatalities),
        field(.admin1Code), field(.placeID), field(.mention), field(.certainty),
        ("source_url", .sourceURLs), ("source_date", .sourceDates), ("source_id", .sourceIDs),
    ]

    /// A column that holds a record field, under the field's own name unless ACLED names it otherwise.
    private static func field(_ field: IncidentField, as name: String? = nil) -> (name: String, source: Source) {
        (name ?? field.rawValue, .field(field))
    }

    /// The header row's names.
    public static var header: [String] { columns.map(\.name) }

    /// The OGR `.csvt` line for the columns: their types, with latitude and longitude as the
    /// point's coordinates, so that OGR and QGIS read a typed point layer without options.
    public static var columnTypes: String {
        columns.map { column -> String in
            switch column.source {
            case .year, .isoNumeric: "Integer"
            case .eventDate: "Date"
            case let .field(field):
                switch field.kind {
                case .coordinate: field == .latitude ? "CoordY" : "CoordX"
                case .day: "Date"
                case .integer: "Integer"
                case .text, .sources: "String"
                }
            default: "String"
            }
        }.joined(separator: ",") + "\r\n"
    }

    /// The `.prj` beside the CSV: EPSG:4326 as OGC WKT with its authority codes, which OGR
    /// reports as `ID["EPSG",4326]` (the ESRI form reads as WGS 84 with no EPSG code) and QGIS reads.
    public static let projection = #"GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]"#

    /// Writes the header and one row per incident.
    /// - Complexity: O(n) time, O(1) memory: rows are streamed.
    public static func write<S: Sequence>(_ incidents: S, to out: OutputBuffer) where S.Element == Incident {
        writeHeader(to: out)
        writeRows(incidents, to: out)
    }

    /// The header row alone, for a CSV written batch by batch with `writeRows(_:to:)`.
    public static func writeHeader(to out: OutputBuffer) {
        out.write(header.joined(separator: ",") + "\r\n")
    }

    /// One row per incident, without the header.
    public static func writeRows<S: Sequence>(_ incidents: S, to out: OutputBuffer) where S.Element == Incident {
        incidents.forEachIncident { writeRow($0, to: out) }
    }

    private static func writeRow(_ incident: Incident, to out: OutputBuffer) {
        for (i, column) in columns.enumerated() {
            if i > 0 { out.write(byte: UInt8(ascii: ",")) }
            writeCell(column.source, of: incident, to: out)
        }
        out.write(literal: "\r\n")
    }

    static func writeCell(_ source: Source, of incident: Incident, to out: OutputBuffer) {
        switch source {
        case let .field(field):
            field.visit(incident, CellWriter(out: out))
        case .eventDate:
            if let day = IncidentFields.spanStart(of: incident) { out.write(day: day) }
        case .year:
            if let day = IncidentFields.spanStart(of: incident) { out.write(integer: day.year) }
        case .isoNumeric:
            if let number = CountryCodes.numeric(for: incident.country) { out.write(integer: number) }
        case .countryName:
            out.write(csvCell: CountryCodes.name(for: incident.country) ?? incident.country)
        case .sourceNames:
            out.write(csvCell: IncidentFields.sourceNames(of: incident))
        case .sourceURLs:
            out.write(csvCell: incident.sources.map { $0.url ?? "" }.joined(separator: IncidentFields.sourceSeparator))
        case .sourceDates:
            out.write(csvCell: incident.sources.map { $0.published?.description ?? "" }.joined(separator: IncidentFields.sourceSeparator))
        case .sourceIDs:
            out.write(csvCell: incident.sources.map(\.docID).joined(separator: IncidentFields.sourceSeparator))
        }
    }

    /// Writes a record field as one cell.
    private struct CellWriter: IncidentFieldVisitor {
        let out: OutputBuffer
        func visit(_ field: IncidentField, text: String) { out.write(csvCell: text) }
        // Numbers and dates are written by us and may start with '-': only free text is neutralised.
        func visit(_ field: IncidentField, integer: Int) { out.write(integer: integer) }
        func visit(_ field: IncidentField, coordinate: Double) { out.write(coordinate: coordinate) }
        func visit(_ field: IncidentField, day: Day) { out.write(day: day) }
        func visit(_ field: IncidentField, sources: [IncidentSource]) { out.write(csvCell: sources.map(\.docID).joined(separator: " ")) }
        func visitNull(_ field: IncidentField) {}
    }

    /// One RFC 4180 cell of free text, quoted and neutralised as the writer does it.
    public static func cell(_ value: String) -> String {
        let out = OutputBuffer()
        out.write(csvCell: value)
        return out.text()
    }
}
