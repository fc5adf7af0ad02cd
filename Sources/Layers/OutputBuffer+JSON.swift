import GeoModel

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
        let scan = forHTML ? scans.jsonHTML : scans.json
        withBytes(of: text) { out, bytes in out.writeJSONEscaped(bytes, scan: scan) }
        write(byte: UInt8(ascii: "\""))
    }

    /// Appends a JSON string, or `null` for nil.
    func write(jsonString text: String?) {
        if let text { write(jsonString: text) } else { write(literal: "null") }
    }

    /// Appends the escaped content of a JSON string, without the quotes, so that a string can
    /// be written in pieces.
    func write(jsonStringContent text: String) {
        let scan = scans.json
        withBytes(of: text) { out, bytes in out.writeJSONEscaped(bytes, scan: scan) }
    }

    /// Copies each run of plain bytes at once and escapes the bytes between runs.
    private func writeJSONEscaped(_ bytes: UnsafeBufferPointer<UInt8>, scan: ByteScan) {
        let n = bytes.count
        var runStart = 0
        var i = scan.firstOfInterest(bytes, from: 0)
        while i < n {
            let b = bytes[i]
            if scan.kinds[Int(b)] == 2 {
                // E2 80 A8, E2 80 A9 and EF BB BF are U+2028, U+2029 and U+FEFF.
                var escape: StaticString?
                if i + 2 < n {
                    switch (b, bytes[i + 1], bytes[i + 2]) {
                    case (0xE2, 0x80, 0xA8): escape = "\\u2028"
                    case (0xE2, 0x80, 0xA9): escape = "\\u2029"
                    case (0xEF, 0xBB, 0xBF): escape = "\\ufeff"
                    default: break
                    }
                }
                if let escape {
                    write(UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                    write(literal: escape)
                    runStart = i + 3
                    i = scan.firstOfInterest(bytes, from: runStart)
                } else {
                    i = scan.firstOfInterest(bytes, from: i + 1)
                }
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
            runStart = i + 1
            i = scan.firstOfInterest(bytes, from: runStart)
        }
        write(UnsafeBufferPointer(rebasing: bytes[runStart..<n]))
    }
}

/// The scanners the escapers use, made once; every `OutputBuffer` keeps a copy, so an escaper
/// reads them from the buffer rather than through a lazily initialised global.
struct EscapeScans: Sendable {
    /// JSON: 1 escape, 2 maybe (the lead byte of U+2028, U+2029 and U+FEFF).
    let json: ByteScan
    /// JSON inside an HTML `<script>`: also `<`, `>` and `&`.
    let jsonHTML: ByteScan
    /// XML: 0 copy, 1 escape, 2 check for U+FFFE/U+FFFF, 3 drop.
    let xml: ByteScan

    static let shared = EscapeScans(json: makeJSON(html: false), jsonHTML: makeJSON(html: true), xml: makeXML())

    private static func makeJSON(html: Bool) -> ByteScan {
        var table = [UInt8](repeating: 0, count: 256)
        for b in 0..<0x20 { table[b] = 1 }
        table[Int(UInt8(ascii: "\""))] = 1
        table[Int(UInt8(ascii: "\\"))] = 1
        table[0xE2] = 2
        table[0xEF] = 2
        if html {
            for c in "<>&".utf8 { table[Int(c)] = 1 }
        }
        return ByteScan(kinds: table)
    }

    private static func makeXML() -> ByteScan {
        var table = [UInt8](repeating: 0, count: 256)
        for b in 0..<0x20 where b != 0x09 && b != 0x0A && b != 0x0D { table[b] = 3 }
        for c in "&<>\"'".utf8 { table[Int(c)] = 1 }
        table[0xEF] = 2
        return ByteScan(kinds: table)
    }
}
