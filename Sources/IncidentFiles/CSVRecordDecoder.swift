import GeoModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Decodes the data rows of an ACLED-style CSV: `CSVScanner` finds the fields, and only the
/// columns a command needs become strings.
struct CSVRecordDecoder: RecordDecoder {
    let columns: ACLEDColumns
    let fields: ReadFields
    private var scanned: [CSVScanner.Field] = []
    private var days: [String: Day] = [:]
    private var countries: [String: String?] = [:]

    static let unterminated = "a quoted field is not closed (an unterminated quote)"

    init(columns: ACLEDColumns, fields: ReadFields) {
        self.columns = columns
        self.fields = fields
    }

    mutating func decode(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, isLast: Bool) -> RecordStep {
        switch CSVScanner.scanRecord(bytes, from: start, isLast: isLast, fields: &scanned) {
        case .incomplete:
            return .incomplete
        case let .textAfterQuote(at):
            // Go on from the next line break, which is where a row most likely ends.
            var next = at
            while next < bytes.count, bytes[next] != UInt8(ascii: "\n") { next += 1 }
            guard next < bytes.count || isLast else { return .incomplete }
            return .failure(next: min(bytes.count, next + 1), lines: next < bytes.count ? 1 : 0,
                            reason: "text after a closing quote at byte \(at - start + 1) of the row")
        case let .record(next, lines):
            if scanned.count == 1, scanned[0].start == scanned[0].end { return .record(next: next, lines: lines, nil) }
            guard scanned.count == columns.count else {
                return .failure(next: next, lines: lines,
                                reason: "the row has \(scanned.count) fields, the header has \(columns.count)")
            }
            do {
                let row = CSVRow(bytes: bytes, fields: scanned, columns: columns)
                return .record(next: next, lines: lines,
                               try ACLEDCSVReader.incident(from: row, wanted: fields, days: &days, countries: &countries))
            } catch {
                return .failure(next: next, lines: lines, reason: "\(error)")
            }
        }
    }
}

/// One data row: cells by column, blank cells as nil, cells this tool neutralised with a
/// leading apostrophe restored. White space is trimmed on the bytes, before any string is made.
struct CSVRow: RecordFields {
    let bytes: UnsafeBufferPointer<UInt8>
    let fields: [CSVScanner.Field]
    let columns: ACLEDColumns

    subscript(column: ACLEDColumn) -> String? {
        guard let field = trimmedCell(column) else { return nil }
        return CSVScanner.text(bytes, field)
    }

    func text(_ column: ACLEDColumn, known: KnownTexts) -> String? {
        guard let field = trimmedCell(column) else { return nil }
        if !field.hasEscapedQuotes, let text = known.text(equalTo: UnsafeBufferPointer(rebasing: bytes[field.start..<field.end])) {
            return text
        }
        return CSVScanner.text(bytes, field)
    }

    /// The number in the cell, read from its bytes by `strtod` without making a string: the
    /// cell is followed by a comma, a line break, a quote or the buffer's padding, where `strtod`
    /// stops, and a number that does not fill the cell is no number.
    func number(_ column: ACLEDColumn) -> Double? {
        guard let field = trimmedCell(column), !field.hasEscapedQuotes, field.end - field.start < 64,
              let base = bytes.baseAddress else { return nil }
        // strtod accepts hexadecimal, inf and nan, which `Double(String)` reads too; it also skips
        // leading white space, which trimming has removed.
        var end: UnsafeMutablePointer<CChar>?
        let start = UnsafeRawPointer(base + field.start).assumingMemoryBound(to: CChar.self)
        let value = strtod(start, &end)
        let cellEnd = UnsafeRawPointer(base + field.end)
        guard let end, UnsafeRawPointer(end) == cellEnd else { return nil }
        return value
    }

    /// The column's cell without white space around it, or nil when it is missing or blank.
    private func trimmedCell(_ column: ACLEDColumn) -> CSVScanner.Field? {
        guard var field = cell(column) else { return nil }
        while field.start < field.end, bytes[field.start] == 0x20 || bytes[field.start] == 0x09 { field.start += 1 }
        while field.end > field.start, bytes[field.end - 1] == 0x20 || bytes[field.end - 1] == 0x09 { field.end -= 1 }
        return field.start == field.end ? nil : field
    }

    func untrimmed(_ column: ACLEDColumn) -> String? {
        guard let field = cell(column), field.start < field.end else { return nil }
        return CSVScanner.text(bytes, field)
    }

    /// The column's field, without the apostrophe that neutralised a leading `=+-@`, tab or CR.
    private func cell(_ column: ACLEDColumn) -> CSVScanner.Field? {
        guard let position = columns[column], position < fields.count else { return nil }
        var field = fields[position]
        var first = field.start
        while first < field.end, bytes[first] == 0x20 { first += 1 }
        if first + 1 < field.end, bytes[first] == UInt8(ascii: "'"), Self.isNeutralised(bytes[first + 1]) {
            field.start = first + 1
        }
        return field
    }

    /// `=`, `+`, `-`, `@`, tab or CR: a first character that the CSV writer neutralises.
    private static func isNeutralised(_ byte: UInt8) -> Bool {
        byte == 0x3D || byte == 0x2B || byte == 0x2D || byte == 0x40 || byte == 0x09 || byte == 0x0D
    }
}
