/// An RFC 4180 scanner over bytes: comma-separated fields, records ended by LF or CRLF,
/// fields in double quotes holding commas, line breaks and doubled quotes.
///
/// It finds where each field lies and copies nothing; `ACLEDCSVReader` turns only the
/// columns a command needs into strings. A quote inside an unquoted field is kept as text, as
/// spreadsheets write it.
struct CSVScanner {
    /// Where a field's text lies in the buffer, and whether it holds doubled quotes to undo.
    struct Field {
        var start: Int
        var end: Int
        var hasEscapedQuotes: Bool
    }

    /// How one record ended.
    enum Outcome: Equatable {
        /// A whole record: its fields are in `fields`, the next begins at `next`.
        case record(next: Int, lines: Int)
        /// The bytes end inside this record (with `isLast`, an unterminated quote).
        case incomplete
        /// A quoted field goes on after its closing quote (`"ab"c`), at byte `at`.
        case textAfterQuote(at: Int)
    }

    /// Scans the record starting at `start` in `bytes`, filling `fields`.
    /// - Parameter isLast: the bytes end the file, so a record without a line break ends there.
    /// - Returns: how the record ended; `lines` counts its line breaks, quoted ones included.
    /// - Complexity: O(length of the record).
    static func scanRecord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, isLast: Bool, fields: inout [Field]) -> Outcome {
        fields.removeAll(keepingCapacity: true)
        let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        let count = bytes.count
        var i = start
        var lines = 0
        while true {
            if i < count, bytes[i] == quote {
                // A quoted field: up to the quote that is not doubled.
                let fieldStart = i + 1
                var j = fieldStart
                var escaped = false
                while true {
                    guard j < count else { return .incomplete }
                    let byte = bytes[j]
                    if byte == quote {
                        if j + 1 < count, bytes[j + 1] == quote { escaped = true; j += 2; continue }
                        if j + 1 == count, !isLast { return .incomplete }
                        break
                    }
                    if byte == newline { lines += 1 }
                    j += 1
                }
                fields.append(Field(start: fieldStart, end: j, hasEscapedQuotes: escaped))
                i = j + 1
                guard i < count else { return isLast ? .record(next: count, lines: lines) : .incomplete }
                switch bytes[i] {
                case comma: i += 1; continue
                case newline: return .record(next: i + 1, lines: lines + 1)
                case cr where i + 1 < count && bytes[i + 1] == newline: return .record(next: i + 2, lines: lines + 1)
                case cr where i + 1 == count: return isLast ? .record(next: count, lines: lines) : .incomplete
                default: return .textAfterQuote(at: i)
                }
            }
            // An unquoted field: up to a comma or the end of the line.
            let fieldStart = i
            while i < count {
                let byte = bytes[i]
                if byte == comma || byte == newline { break }
                i += 1
            }
            guard i < count else {
                guard isLast else { return .incomplete }
                var end = count
                if end > fieldStart, bytes[end - 1] == cr { end -= 1 }
                fields.append(Field(start: fieldStart, end: end, hasEscapedQuotes: false))
                return .record(next: count, lines: lines)
            }
            if bytes[i] == comma {
                fields.append(Field(start: fieldStart, end: i, hasEscapedQuotes: false))
                i += 1
                continue
            }
            var end = i
            if end > fieldStart, bytes[end - 1] == cr { end -= 1 }
            fields.append(Field(start: fieldStart, end: end, hasEscapedQuotes: false))
            return .record(next: i + 1, lines: lines + 1)
        }
    }

    /// A field's text, with doubled quotes undone.
    static func text(_ bytes: UnsafeBufferPointer<UInt8>, _ field: Field) -> String {
        let slice = UnsafeBufferPointer(rebasing: bytes[field.start..<field.end])
        guard field.hasEscapedQuotes else { return String(decoding: slice, as: UTF8.self) }
        var unescaped: [UInt8] = []
        unescaped.reserveCapacity(slice.count)
        var previousWasQuote = false
        for byte in slice {
            if byte == UInt8(ascii: "\""), previousWasQuote { previousWasQuote = false; continue }
            previousWasQuote = byte == UInt8(ascii: "\"")
            unescaped.append(byte)
        }
        return String(decoding: unescaped, as: UTF8.self)
    }
}
