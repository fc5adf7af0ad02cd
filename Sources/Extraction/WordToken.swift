import GeoModel

/// A word with its lowercase form and code point span. "Assad's" is one word, and so is a
/// figure with thousands separators or a decimal point ("220,000", "2.5").
struct WordToken: Sendable, Hashable {
    var text: String
    var lower: String
    var span: TextSpan

    /// True when the word starts with an uppercase letter.
    var isCapitalized: Bool { text.unicodeScalars.first?.isUppercaseFast == true }

    /// The words of `text`, with spans relative to it.
    /// - Complexity: O(n) in the number of code points.
    static func tokens(of text: String) -> [WordToken] {
        tokens(of: Array(text.unicodeScalars))
    }

    /// The words of a code point array, with spans relative to it.
    static func tokens(of scalars: [Unicode.Scalar]) -> [WordToken] {
        var tokens: [WordToken] = []
        tokens.reserveCapacity(scalars.count / 5 + 1)
        var start = -1
        var allDigits = true
        func flush(_ end: Int) {
            guard start >= 0 else { return }
            var last = end
            while last > start, scalars[last - 1] == "'" || scalars[last - 1] == "’" { last -= 1 }
            let piece = scalars[start..<last]
            let text = piece.contains("’") ? String(scalars: ArraySlice(piece.map { $0 == "’" ? "'" : $0 })) : String(scalars: piece)
            tokens.append(WordToken(text: text, lower: text.lowercasedFast, span: TextSpan(start: start, end: last)))
            start = -1
            allDigits = true
        }
        for offset in scalars.indices {
            let s = scalars[offset]
            let isDigit = s.isASCIIDigit
            if isDigit || s.isAlphabeticFast || ((s == "'" || s == "’") && start >= 0) {
                if start < 0 { start = offset }
                if !isDigit { allDigits = false }
            } else if (s == "," || s == "."), start >= 0, allDigits, offset + 1 < scalars.count, scalars[offset + 1].isASCIIDigit {
                // "220,000" and "2.5" stay one word.
            } else {
                flush(offset)
            }
        }
        flush(scalars.count)
        return tokens
    }
}
