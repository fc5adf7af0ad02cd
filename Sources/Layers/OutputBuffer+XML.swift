extension OutputBuffer {
    /// Appends `text` as XML character data or an attribute value.
    ///
    /// `&`, `<`, `>`, `"` and `'` become entities, so no text can open a tag, end an
    /// attribute or form `]]>`; characters XML 1.0 forbids (C0 controls other than tab, line
    /// feed and carriage return, and U+FFFE, U+FFFF) are dropped. With `asHTMLInXML`, the text
    /// is escaped twice: as HTML, then that HTML as XML, which is what a KML balloon
    /// `description` needs so that Google Earth shows the report's words as words.
    func write(xmlText text: String, asHTMLInXML: Bool = false) {
        Self.withBytes(of: text) { writeXMLEscaped($0, twice: asHTMLInXML) }
    }

    func writeXMLEscaped(_ bytes: UnsafeBufferPointer<UInt8>, twice: Bool) {
        let table = XMLEscapes.table
        let scan = XMLEscapes.scan
        var runStart = 0
        var i = 0
        let n = bytes.count
        while i < n {
            if i & 7 == 0 { i = scan.skipPlain(bytes, from: i); if i >= n { break } }
            let b = bytes[i]
            let kind = table[Int(b)]
            if kind == 0 { i += 1; continue }
            if kind == 2 {
                // EF BF BE and EF BF BF are U+FFFE and U+FFFF.
                guard i + 2 < n, bytes[i + 1] == 0xBF, bytes[i + 2] == 0xBE || bytes[i + 2] == 0xBF else { i += 1; continue }
                write(UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                i += 3
                runStart = i
                continue
            }
            write(UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
            if kind == 1 {
                if twice { write(literal: "&amp;") } else { write(byte: UInt8(ascii: "&")) }
                switch b {
                case UInt8(ascii: "&"): write(literal: "amp;")
                case UInt8(ascii: "<"): write(literal: "lt;")
                case UInt8(ascii: ">"): write(literal: "gt;")
                case UInt8(ascii: "\""): write(literal: "quot;")
                default: write(literal: "#39;")
                }
            }
            // kind 3: a forbidden control character, dropped.
            i += 1
            runStart = i
        }
        write(UnsafeBufferPointer(rebasing: bytes[runStart..<n]))
    }
}

/// What to do with each byte in XML text: 0 copy, 1 escape, 2 check for U+FFFE/U+FFFF, 3 drop.
private enum XMLEscapes {
    nonisolated(unsafe) static let scan = ByteScan(below: 0x20, values: Array("&<>\"'".utf8) + [0xEF])
    // Allocated once and never freed: a plain pointer, so reading it costs no reference counting. Never written after
    // initialisation, so sharing it between threads is safe.
    nonisolated(unsafe) static let table: UnsafePointer<UInt8> = {
        var table = [UInt8](repeating: 0, count: 256)
        for b in 0..<0x20 where b != 0x09 && b != 0x0A && b != 0x0D { table[b] = 3 }
        for c in "&<>\"'".utf8 { table[Int(c)] = 1 }
        table[0xEF] = 2
        let pointer = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        pointer.initialize(from: table, count: 256)
        return UnsafePointer(pointer)
    }()
}

extension OutputBuffer {
    /// Appends pieces of text as XML text; literals are written as they are, so they must be
    /// valid XML already.
    func write(xmlPieces: ((TextPiece) -> Void) -> Void, asHTMLInXML: Bool = false) {
        xmlPieces { piece in
            switch piece {
            case let .text(text): write(xmlText: text, asHTMLInXML: asHTMLInXML)
            case let .literal(text): write(literal: text)
            case let .day(day): write(day: day)
            case let .integer(value): write(integer: value)
            }
        }
    }
}
