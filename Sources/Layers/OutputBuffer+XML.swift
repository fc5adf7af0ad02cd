extension OutputBuffer {
    /// Appends `text` as XML character data or an attribute value.
    ///
    /// `&`, `<`, `>`, `"` and `'` become entities, so no text can open a tag, end an
    /// attribute or form `]]>`; characters XML 1.0 forbids (C0 controls other than tab, line
    /// feed and carriage return, and U+FFFE, U+FFFF) are dropped. With `asHTMLInXML`, the text
    /// is escaped twice: as HTML, then that HTML as XML, which is what a KML balloon
    /// `description` needs so that Google Earth shows the report's words as words.
    func write(xmlText text: String, asHTMLInXML: Bool = false) {
        withBytes(of: text) { out, bytes in out.writeXMLEscaped(bytes, twice: asHTMLInXML) }
    }

    /// Copies each run of plain bytes at once and escapes or drops the bytes between runs.
    func writeXMLEscaped(_ bytes: UnsafeBufferPointer<UInt8>, twice: Bool) {
        let scan = scans.xml
        let n = bytes.count
        var runStart = 0
        var i = scan.firstOfInterest(bytes, from: 0)
        while i < n {
            let b = bytes[i]
            let kind = scan.kinds[Int(b)]
            if kind == 0 {
                // A tab, line feed or carriage return: kept as it is.
                i = scan.firstOfInterest(bytes, from: i + 1)
                continue
            }
            if kind == 2 {
                // EF BF BE and EF BF BF are U+FFFE and U+FFFF.
                guard i + 2 < n, bytes[i + 1] == 0xBF, bytes[i + 2] == 0xBE || bytes[i + 2] == 0xBF else {
                    i = scan.firstOfInterest(bytes, from: i + 1)
                    continue
                }
                write(UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                runStart = i + 3
                i = scan.firstOfInterest(bytes, from: runStart)
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
            runStart = i + 1
            i = scan.firstOfInterest(bytes, from: runStart)
        }
        write(UnsafeBufferPointer(rebasing: bytes[runStart..<n]))
    }
}
