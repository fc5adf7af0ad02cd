extension OutputBuffer {
    /// Appends `text` as a JSON string, quotes included (RFC 8259, section 7).
    ///
    /// Quotation mark and reverse solidus get a backslash, the control characters U+0000 to
    /// U+001F become `\n`, `\t`, ... or `\u00XX`, and U+2028 and U+2029 become `\u2028` and
    /// `\u2029`, which JSON allows raw but older JavaScript parsers do not, and U+FEFF becomes
    /// `\ufeff`, since some readers (Foundation's JSON parser among them) drop a raw byte order
    /// mark inside a string. A Swift `String` is
    /// always valid Unicode, so it cannot hold a lone surrogate: one in the input was already
    /// replaced by U+FFFD where the bytes were decoded, and every string written here is valid
    /// UTF-8. With `forHTML`, `<`, `>` and `&` become `\u003c`, `\u003e` and `\u0026`, so the
    /// text can sit inside an HTML `<script>` element and never close it.
    func write(jsonString text: String, forHTML: Bool = false) {
        write(byte: UInt8(ascii: "\""))
        Self.withBytes(of: text) { writeJSONEscaped($0, forHTML: forHTML) }
        write(byte: UInt8(ascii: "\""))
    }

    /// Appends a JSON string, or `null` for nil.
    func write(jsonString text: String?) {
        if let text { write(jsonString: text) } else { write(literal: "null") }
    }

    private func writeJSONEscaped(_ bytes: UnsafeBufferPointer<UInt8>, forHTML: Bool) {
        let table = forHTML ? JSONEscapes.html : JSONEscapes.plain
        let scan = forHTML ? JSONEscapes.htmlScan : JSONEscapes.plainScan
        var runStart = 0
        var i = 0
        let n = bytes.count
        while i < n {
            if i & 7 == 0 { i = scan.skipPlain(bytes, from: i); if i >= n { break } }
            let b = bytes[i]
            let kind = table[Int(b)]
            if kind == 0 { i += 1; continue }
            if kind == 2 {
                // E2 80 A8, E2 80 A9 and EF BB BF are U+2028, U+2029 and U+FEFF.
                guard i + 2 < n else { i += 1; continue }
                let escape: StaticString
                switch (b, bytes[i + 1], bytes[i + 2]) {
                case (0xE2, 0x80, 0xA8): escape = "\\u2028"
                case (0xE2, 0x80, 0xA9): escape = "\\u2029"
                case (0xEF, 0xBB, 0xBF): escape = "\\ufeff"
                default: i += 1; continue
                }
                write(UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                write(literal: escape)
                i += 3
                runStart = i
                continue
            }
            write(UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
            switch b {
            case UInt8(ascii: "\""): write(literal: "\\\"")
            case UInt8(ascii: "\\"): write(literal: "\\\\")
            case 0x0A: write(literal: "\\n")
            case 0x0D: write(literal: "\\r")
            case 0x09: write(literal: "\\t")
            case 0x08: write(literal: "\\b")
            case 0x0C: write(literal: "\\f")
            default:
                let hex: StaticString = "0123456789abcdef"
                let out = reserve(6)
                out[0] = UInt8(ascii: "\\"); out[1] = UInt8(ascii: "u"); out[2] = UInt8(ascii: "0"); out[3] = UInt8(ascii: "0")
                out[4] = hex.utf8Start[Int(b >> 4)]
                out[5] = hex.utf8Start[Int(b & 0xF)]
                commit(6)
            }
            i += 1
            runStart = i
        }
        write(UnsafeBufferPointer(rebasing: bytes[runStart..<n]))
    }
}

/// Which bytes need escaping in a JSON string: 0 never, 1 always, 2 maybe (the lead byte of
/// U+2028, U+2029 and U+FEFF).
private enum JSONEscapes {
    // Allocated once and never freed: plain pointers, so reading them costs no reference counting. Never written after
    // initialisation, so sharing them between threads is safe.
    nonisolated(unsafe) static let plain: UnsafePointer<UInt8> = make(html: false)
    nonisolated(unsafe) static let html: UnsafePointer<UInt8> = make(html: true)
    nonisolated(unsafe) static let plainScan = ByteScan(below: 0x20, values: Array("\"\\".utf8) + [0xE2, 0xEF])
    nonisolated(unsafe) static let htmlScan = ByteScan(below: 0x20, values: Array("\"\\<>&".utf8) + [0xE2, 0xEF])

    static func make(html: Bool) -> UnsafePointer<UInt8> {
        var table = [UInt8](repeating: 0, count: 256)
        for b in 0..<0x20 { table[b] = 1 }
        table[Int(UInt8(ascii: "\""))] = 1
        table[Int(UInt8(ascii: "\\"))] = 1
        table[0xE2] = 2
        table[0xEF] = 2
        if html {
            for c in "<>&".utf8 { table[Int(c)] = 1 }
        }
        let pointer = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        pointer.initialize(from: table, count: 256)
        return UnsafePointer(pointer)
    }
}

extension OutputBuffer {
    /// Appends the escaped content of a JSON string, without the quotes, so that a string can
    /// be written in pieces.
    func write(jsonStringContent text: String) {
        Self.withBytes(of: text) { writeJSONEscaped($0, forHTML: false) }
    }

    /// Appends pieces of text as one JSON string, quotes included.
    func write(jsonPieces: ((TextPiece) -> Void) -> Void) {
        write(byte: UInt8(ascii: "\""))
        jsonPieces { piece in
            switch piece {
            case let .text(text): write(jsonStringContent: text)
            case let .literal(text): write(literal: text)
            case let .day(day): write(day: day)
            case let .integer(value): write(integer: value)
            }
        }
        write(byte: UInt8(ascii: "\""))
    }
}
