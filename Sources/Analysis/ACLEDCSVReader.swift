import CSV
import Foundation
import GeoModel

/// Reads incidents from ACLED-style CSV: an ACLED export, or `incidents.csv` written by this tool.
///
/// Columns are found by name in the header, in any order. ACLED's `event_date` may be
/// `2015-10-05` or `05 October 2015`; `country` may be a name (`Syria`), an alpha-2 code, or be
/// replaced by ACLED's `iso3` or numeric `iso` column. Cells this tool neutralised with a
/// leading apostrophe get their text back. Incidents without `admin1` keep it nil here:
/// `ProvinceAssigner` fills it from the polygons.
public enum ACLEDCSVReader {
    /// - Throws: `AnalysisError.malformedCSV` naming the file and line of the first bad row,
    ///   or the missing column.
    /// - Complexity: O(rows); the rows are parsed by yaslab/CSV.swift.
    public static func read(_ data: Data, file: String) throws -> [Incident] {
        let reader: CSVReader
        do { reader = try CSVReader(stream: InputStream(data: data), hasHeaderRow: true) } catch {
            throw AnalysisError.malformedCSV(file: file, line: 1, reason: "cannot read the header row")
        }
        guard let header = reader.headerRow else { throw AnalysisError.malformedCSV(file: file, line: 1, reason: "no header row") }
        let columns = Columns(header: header.map { $0.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "\u{FEFF}", with: "") })
        for required in ["sub_event_type", "latitude", "longitude"] where columns[required] == nil {
            throw AnalysisError.malformedCSV(file: file, line: 1, reason: "no '\(required)' column")
        }
        guard columns["country"] != nil || columns["iso3"] != nil || columns["iso"] != nil else {
            throw AnalysisError.malformedCSV(file: file, line: 1, reason: "no 'country', 'iso3' or 'iso' column")
        }
        var incidents: [Incident] = []
        var line = 2
        while let row = reader.next() {
            if !(row.count == 1 && row[0].isEmpty) {
                do { incidents.append(try incident(from: Row(cells: row, columns: columns))) } catch {
                    throw AnalysisError.malformedCSV(file: file, line: line, reason: "\(error)")
                }
            }
            line += 1 + row.reduce(0) { $0 + $1.reduce(0) { $0 + ($1 == "\n" || $1 == "\r\n" ? 1 : 0) } }
        }
        if let error = reader.error {
            throw AnalysisError.malformedCSV(file: file, line: line, reason: "\(error)")
        }
        return incidents
    }

    /// One row's incident.
    static func incident<Fields: RecordFields>(from row: Fields) throws -> Incident {
        let subType = row["sub_event_type"] ?? ""
        guard let subEventType = SubEventType(rawValue: subType) else { throw GeoModelError.unknownSubEventType(subType) }
        if let type = row["event_type"], type != subEventType.eventType.rawValue {
            throw RowError("event type '\(type)' does not hold sub-event type '\(subType)'")
        }
        guard let latitude = row.number("latitude"), let longitude = row.number("longitude") else {
            throw RowError("latitude and longitude must be numbers, got '\(row["latitude"] ?? "")', '\(row["longitude"] ?? "")'")
        }
        let coordinate = try Coordinate(latitude: latitude, longitude: longitude)
        let countryText = row["country"] ?? row["iso3"] ?? row["iso"] ?? ""
        guard let country = CountryCodes.alpha2(for: countryText)
            ?? row["iso3"].flatMap(CountryCodes.alpha2(for:)) ?? row["iso"].flatMap(CountryCodes.alpha2(for:)) else {
            throw RowError("unknown country '\(countryText)' (use an ISO 3166-1 code or add an iso3 column)")
        }
        func precision<P: RawRepresentable<Int>>(_ name: String, _: P.Type, default value: P) throws -> P {
            guard let text = row[name] else { return value }
            guard let raw = Int(text), let precision = P(rawValue: raw) else { throw RowError("\(name) must be 1, 2 or 3, not '\(text)'") }
            return precision
        }
        var fatalities: Int?
        if let text = row["fatalities"] {
            guard let value = Int(text), value >= 0 else { throw RowError("fatalities must be a whole number, not '\(text)'") }
            fatalities = value
        }
        let certaintyText = row["certainty"] ?? "reported"
        guard let certainty = Certainty(rawValue: certaintyText) else { throw GeoModelError.unknownCertainty(certaintyText) }
        let eventDate = try row["event_date"].map(parseDate)
        let location = row["location"] ?? ""
        var incident = Incident(
            id: row["event_id_cnty"] ?? row["id"] ?? "", eventDate: eventDate,
            timePrecision: try precision("time_precision", TimePrecision.self, default: .day), subEventType: subEventType,
            actor1: row["actor1"], actor2: row["actor2"], location: location, mention: row["mention"] ?? location,
            placeID: row["place_id"] ?? "", coordinate: coordinate,
            geoPrecision: try precision("geo_precision", GeoPrecision.self, default: .town),
            admin1: row["admin1"], admin1Code: row["admin1_code"], country: country, fatalities: fatalities,
            certainty: certainty, notes: row["notes"] ?? "", sources: try sources(row, published: eventDate))
        if incident.id.isEmpty { incident.id = stableID(incident) }
        incident.admin2 = row["admin2"]
        return incident
    }

    /// The sources of a row. `source` holds titles joined by `; ` (ACLED and this tool both).
    /// This tool also writes `source_id`, `source_url` and `source_date`, one value per source
    /// joined by `; `, empty where a source has none; files from before `source_id` joined the
    /// URLs and dates by spaces.
    /// - Throws: `RowError` for a `source_date` that is not a date.
    static func sources<Fields: RecordFields>(_ row: Fields, published: Day?) throws -> [IncidentSource] {
        let separator = "; "
        let ids = row["source_id"].map { $0.components(separatedBy: separator) }
        let titles = (row.untrimmed("source") ?? "").components(separatedBy: separator)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { ids != nil || !$0.isEmpty }
        let count = ids?.count ?? titles.count
        func values(_ name: String) -> [String?] {
            guard let text = row.untrimmed(name) else { return Array(repeating: nil, count: count) }
            let parts = text.contains(separator) || ids != nil || count <= 1
                ? text.components(separatedBy: separator) : text.split(separator: " ").map(String.init)
            return (0..<count).map { i in
                let value = i < parts.count ? parts[i].trimmingCharacters(in: .whitespaces) : ""
                return value.isEmpty ? nil : value
            }
        }
        let urls = values("source_url")
        let dates = try values("source_date").map { text in
            try text.map { text in
                do { return try Day(parsing: text) } catch { throw RowError("source_date '\(text)' is not a YYYY-MM-DD date") }
            }
        }
        return (0..<count).map { i in
            let title = i < titles.count && !titles[i].isEmpty ? titles[i] : nil
            let id = ids.map { $0[i].trimmingCharacters(in: .whitespaces) } ?? title ?? ""
            // The writer puts the id in `source` for a report without a title.
            return IncidentSource(docID: id, title: ids != nil && title == id ? nil : title, url: urls[i], published: dates[i],
                                  start: 0, end: 0)
        }
    }

    /// An id for a row that has none: a stable hash of what makes the incident one incident.
    static func stableID(_ incident: Incident) -> String {
        var hash = StableHash()
        for part in [incident.subEventType.rawValue, String(incident.coordinate.latitude), String(incident.coordinate.longitude),
                     incident.eventDate?.description ?? "", incident.actor1 ?? "", incident.actor2 ?? "", incident.notes] {
            hash.combine(part)
        }
        return "\(incident.country)-csv-\(hash.hexDigest.prefix(12))"
    }

    private static let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                                 "october", "november", "december"]

    /// `2015-10-05`, or ACLED's `05 October 2015` (a month name or its first three letters).
    static func parseDate(_ text: String) throws -> Day {
        if let day = try? Day(parsing: text) { return day }
        let parts = text.split(separator: " ")
        if parts.count == 3, let day = Int(parts[0]), let year = Int(parts[2]), parts[2].count == 4,
           let month = months.firstIndex(where: { $0 == parts[1].lowercased() || $0.prefix(3) == parts[1].lowercased() }) {
            return try Day(year: year, month: month + 1, day: day)
        }
        throw GeoModelError.invalidDay(text)
    }

    /// A failure in one row, described for the user.
    struct RowError: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    /// Column positions by lower-cased header name.
    struct Columns {
        let positions: [String: Int]
        init(header: [String]) {
            positions = Dictionary(header.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
        }
        subscript(name: String) -> Int? { positions[name] }
    }

    /// One data row: cells by column name, blank cells as nil, neutralised cells restored.
    struct Row: RecordFields {
        let cells: [String]
        let columns: Columns

        subscript(name: String) -> String? {
            guard let cell = untrimmed(name)?.trimmingCharacters(in: .whitespaces) else { return nil }
            return cell.isEmpty ? nil : cell
        }

        func untrimmed(_ name: String) -> String? {
            guard let position = columns[name], position < cells.count else { return nil }
            var cell = cells[position]
            let start = cell.drop { $0 == " " }
            if start.hasPrefix("'"), let second = start.dropFirst().first, "=+-@\t\r".contains(second) {
                cell = String(start.dropFirst())
            }
            return cell.isEmpty ? nil : cell
        }

    }
}

/// A flat record whose fields are read by ACLED's column names: a CSV row, or the properties
/// of a GeoJSON feature from elsewhere.
protocol RecordFields {
    /// The field's text, or nil when it is missing or blank.
    subscript(name: String) -> String? { get }
    /// The field's text with its white space kept, or nil when it is missing or empty.
    func untrimmed(_ name: String) -> String?
}

extension RecordFields {
    func untrimmed(_ name: String) -> String? { self[name] }

    func number(_ name: String) -> Double? { self[name].flatMap(Double.init) }
}
