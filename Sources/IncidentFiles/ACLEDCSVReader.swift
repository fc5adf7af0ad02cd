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
    /// Every incident of CSV data held in memory (tests and small files; `IncidentFileReader`
    /// streams files).
    /// - Throws: `IncidentFileError.malformedCSV` naming the file and line of the first bad row,
    ///   or the missing column.
    /// - Complexity: O(bytes).
    public static func read(_ data: Data, file: String, options: ReadOptions = ReadOptions()) throws -> [Incident] {
        var bytes = [UInt8](data)
        bytes.append(0)
        return try bytes.withUnsafeBufferPointer { whole in
            let buffer = UnsafeBufferPointer(rebasing: whole[0..<data.count])
            var headerFields: [CSVScanner.Field] = []
            let (columns, next, lines) = try header(buffer, isLast: true, file: file, fields: &headerFields)
            var decoder = CSVRecordDecoder(columns: columns, fields: options.fields)
            let segment = Segment(decoding: buffer, from: next, stop: buffer.count, isLast: true, lenient: options.lenient, with: &decoder)
            if let bad = segment.failures.first, !options.lenient {
                throw IncidentFileError.malformedCSV(file: file, line: 1 + lines + bad.line, reason: bad.reason)
            }
            if segment.end < buffer.count {
                throw IncidentFileError.malformedCSV(file: file, line: 1 + lines + segment.lines, reason: CSVRecordDecoder.unterminated)
            }
            return segment.incidents
        }
    }

    /// The column positions named by the header row at the start of `bytes`.
    /// - Returns: the columns, where the first data row begins, and the header's line breaks.
    /// - Throws: `IncidentFileError.malformedCSV` (line 1) for a header that is cut off or
    ///   lacks a required column.
    static func header(_ bytes: UnsafeBufferPointer<UInt8>, isLast: Bool, file: String,
                       fields: inout [CSVScanner.Field]) throws -> (ACLEDColumns, next: Int, lines: Int) {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        guard start < bytes.count else { throw IncidentFileError.malformedCSV(file: file, line: 1, reason: "no header row") }
        guard case let .record(next, lines) = CSVScanner.scanRecord(bytes, from: start, isLast: isLast, fields: &fields) else {
            throw IncidentFileError.malformedCSV(file: file, line: 1, reason: "cannot read the header row")
        }
        let names = fields.map { CSVScanner.text(bytes, $0).trimmingCharacters(in: .whitespaces).lowercased() }
        let columns = ACLEDColumns(header: names)
        for required in [ACLEDColumn.subEventType, .latitude, .longitude] where columns[required] == nil {
            throw IncidentFileError.malformedCSV(file: file, line: 1, reason: "no '\(required.name)' column")
        }
        guard columns[.country] != nil || columns[.iso3] != nil || columns[.iso] != nil else {
            throw IncidentFileError.malformedCSV(file: file, line: 1, reason: "no 'country', 'iso3' or 'iso' column")
        }
        return (columns, next, lines)
    }

    /// One row's incident, with the fields `wanted` and the checks of `Incident(validating:)`.
    /// - Parameter days: dates already parsed, by their text.
    static func incident<Fields: RecordFields>(from row: Fields, wanted: ReadFields = .all,
                                               days: inout [String: Day], countries: inout [String: String?]) throws -> Incident {
        var draft = IncidentDraft()
        draft.subEventType = row.text(.subEventType, known: .subEventTypes) ?? ""
        draft.eventType = row.text(.eventType, known: .eventTypes)
        guard let latitude = row.number(.latitude), let longitude = row.number(.longitude) else {
            throw RowError("latitude and longitude must be numbers, got '\(row[.latitude] ?? "")', '\(row[.longitude] ?? "")'")
        }
        draft.latitude = latitude
        draft.longitude = longitude
        let countryText = row[.country] ?? row[.iso3] ?? row[.iso] ?? ""
        // The code of a country's text depends on the text alone: worked out once per distinct text.
        let known: String?
        if let cached = countries[countryText] { known = cached } else {
            known = CountryCodes.alpha2(for: countryText)
            if countries.count < 10_000 { countries[countryText] = .some(known) }
        }
        guard let country = known ?? row[.iso3].flatMap(CountryCodes.alpha2(for:)) ?? row[.iso].flatMap(CountryCodes.alpha2(for:)) else {
            throw RowError("unknown country '\(countryText)' (use an ISO 3166-1 code or add an iso3 column)")
        }
        draft.country = country
        func precision(_ column: ACLEDColumn) throws -> Int {
            guard let text = row[column] else { return 1 }
            guard let raw = Int(text), (1...3).contains(raw) else { throw RowError("\(column.name) must be 1, 2 or 3, not '\(text)'") }
            return raw
        }
        draft.timePrecision = try precision(.timePrecision)
        draft.geoPrecision = try precision(.geoPrecision)
        if let text = row[.fatalities] {
            guard let value = Int(text), value >= 0 else { throw RowError("fatalities must be a whole number, not '\(text)'") }
            draft.fatalities = value
        }
        draft.certainty = row[.certainty]
        if let text = row[.eventDate] {
            if let known = days[text] { draft.eventDate = known } else {
                let day = try parseDate(text)
                if days.count < 100_000 { days[text] = day }
                draft.eventDate = day
            }
        }
        draft.admin1 = row[.admin1]
        draft.admin1Code = row[.admin1Code]
        draft.admin2 = row[.admin2]
        if wanted.contains(.actors) {
            draft.actor1 = row[.actor1]
            draft.actor2 = row[.actor2]
        }
        if wanted.contains(.places) || wanted.contains(.identity) {
            draft.location = row[.location] ?? ""
            draft.mention = row[.mention] ?? draft.location
            draft.placeID = row[.placeID] ?? ""
        }
        if wanted.contains(.narrative) || wanted.contains(.identity) {
            draft.notes = row[.notes] ?? ""
            draft.sources = try sources(row, published: draft.eventDate)
        }
        if wanted.contains(.identity) { draft.id = row[.eventIDCountry] ?? row[.id] ?? "" }
        var incident: Incident
        do { incident = try Incident(validating: draft) } catch { throw RowError(error.description) }
        if wanted.contains(.identity), incident.id.isEmpty {
            if !wanted.contains(.actors) {
                incident.actor1 = row[.actor1]
                incident.actor2 = row[.actor2]
            }
            incident.id = stableID(incident)
        }
        return incident
    }

    /// The sources of a row. `source` holds titles joined by `; ` (ACLED and this tool both).
    /// This tool also writes `source_id`, `source_url` and `source_date`, one value per source
    /// joined by `; `, empty where a source has none; files from before `source_id` joined the
    /// URLs and dates by spaces.
    /// - Throws: `RowError` for a `source_date` that is not a date.
    static func sources<Fields: RecordFields>(_ row: Fields, published: Day?) throws -> [IncidentSource] {
        let separator = "; "
        let ids = row[.sourceID].map { $0.components(separatedBy: separator) }
        let titles = (row.untrimmed(.source) ?? "").components(separatedBy: separator)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { ids != nil || !$0.isEmpty }
        let count = ids?.count ?? titles.count
        func values(_ column: ACLEDColumn) -> [String?] {
            guard let text = row.untrimmed(column) else { return Array(repeating: nil, count: count) }
            let parts = text.contains(separator) || ids != nil || count <= 1
                ? text.components(separatedBy: separator) : text.split(separator: " ").map(String.init)
            return (0..<count).map { i in
                let value = i < parts.count ? parts[i].trimmingCharacters(in: .whitespaces) : ""
                return value.isEmpty ? nil : value
            }
        }
        let urls = values(.sourceURL)
        let dates = try values(.sourceDate).map { text in
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

}

/// Column positions by lower-cased header name.
struct ACLEDColumns: Sendable {
    /// The header's number of fields, which every row must have.
    let count: Int
    private let positions: [Int?]

    init(header: [String]) {
        count = header.count
        var first: [String: Int] = [:]
        for (offset, name) in header.enumerated().reversed() { first[name.replacingOccurrences(of: "\u{FEFF}", with: "")] = offset }
        positions = ACLEDColumn.allCases.map { first[$0.name] }
    }

    subscript(column: ACLEDColumn) -> Int? { positions[column.rawValue] }
}

/// A flat record whose fields are read by ACLED's column names: a CSV row, or the properties
/// of a GeoJSON feature from elsewhere.
protocol RecordFields {
    /// The field's text, or nil when it is missing or blank.
    subscript(column: ACLEDColumn) -> String? { get }
    /// The field's text with its white space kept, or nil when it is missing or empty.
    func untrimmed(_ column: ACLEDColumn) -> String?
    /// The field as a number, or nil when it is missing, blank or not a number.
    func number(_ column: ACLEDColumn) -> Double?
    /// The field's text, given as the equal string of `known` when there is one.
    func text(_ column: ACLEDColumn, known: KnownTexts) -> String?
}

extension RecordFields {
    func untrimmed(_ column: ACLEDColumn) -> String? { self[column] }

    func number(_ column: ACLEDColumn) -> Double? { self[column].flatMap(Double.init) }

    func text(_ column: ACLEDColumn, known: KnownTexts) -> String? { self[column] }
}

/// The texts a column nearly always holds, such as ACLED's event types, each with its bytes:
/// a CSV cell equal to one is given that string, so that a million rows make no new strings
/// for them. With `CSVRow.number` reading numbers without strings, `count --by province` over
/// the 1M-row CSV of bench-count went from 3.4–3.6 to 2.9–3.0 s of user CPU (back-to-back
/// runs on the loaded 2-core VM, where single runs vary by up to 20%).
struct KnownTexts: Sendable {
    let entries: [(text: String, bytes: [UInt8])]

    init(_ texts: [String]) { entries = texts.map { ($0, Array($0.utf8)) } }

    static let eventTypes = KnownTexts(EventType.allCases.map(\.rawValue))
    static let subEventTypes = KnownTexts(SubEventType.allCases.map(\.rawValue))

    /// The known string whose bytes are `bytes`, or nil.
    func text(equalTo bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let base = bytes.baseAddress else { return nil }
        for entry in entries where entry.bytes.count == bytes.count {
            if entry.bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress!, base, bytes.count) == 0 }) { return entry.text }
        }
        return nil
    }
}
