extension OutputBuffer {
    /// Appends one RFC 4180 cell of free text.
    ///
    /// A cell holding a comma, a quote, a carriage return or a line feed is quoted, with its
    /// quotes doubled. A cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets
    /// a leading apostrophe, so that no spreadsheet runs it as a formula (OWASP's advice on CSV
    /// injection); the apostrophe is inside the quotes when the cell is quoted.
    func write(csvCell text: String) {
        withBytes(of: text) { out, bytes in
            var needsQuotes = false
            for b in bytes where b == UInt8(ascii: ",") || b == UInt8(ascii: "\"") || b == 0x0A || b == 0x0D {
                needsQuotes = true
                break
            }
            if needsQuotes { out.write(byte: UInt8(ascii: "\"")) }
            if let first = bytes.first, Self.isFormulaLead(first) { out.write(byte: UInt8(ascii: "'")) }
            if needsQuotes {
                var runStart = 0
                for i in 0..<bytes.count where bytes[i] == UInt8(ascii: "\"") {
                    out.write(UnsafeBufferPointer(rebasing: bytes[runStart...i]))
                    runStart = i
                }
                out.write(UnsafeBufferPointer(rebasing: bytes[runStart...]))
                out.write(byte: UInt8(ascii: "\""))
            } else {
                out.write(bytes)
            }
        }
    }

    /// Whether a cell starting with `byte` would be read by a spreadsheet as a formula.
    private static func isFormulaLead(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: true
        default: false
        }
    }
}
