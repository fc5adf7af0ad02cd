import GeoModel

/// A word with its lowercase form and code point span. "Assad's" is one word, and so is a
/// figure with thousands separators or a decimal point ("220,000", "2.5").
struct WordToken: Sendable, Hashable {
    var text: String
    var lower: String
    var span: TextSpan

    /// True when the word starts with an uppercase letter.
    var isCapitalized: Bool { text.unicodeScalars.first?.properties.isUppercase == true }

    /// The words of `text`, with spans relative to it.
    /// - Complexity: O(n) in the number of code points.
    static func tokens(of text: String) -> [WordToken] {
        tokens(of: Array(text.unicodeScalars))
    }

    /// The words of a code point array, with spans relative to it.
    static func tokens(of scalars: [Unicode.Scalar]) -> [WordToken] {
        var tokens: [WordToken] = []
        var current = String.UnicodeScalarView()
        var start = 0
        var allDigits = true
        func flush() {
            guard !current.isEmpty else { return }
            var word = String(current)
            while let last = word.last, last == "'" { word.removeLast() }
            tokens.append(WordToken(text: word, lower: word.lowercased(), span: TextSpan(start: start, end: start + word.unicodeScalars.count)))
            current = String.UnicodeScalarView()
            allDigits = true
        }
        for (offset, scalar) in scalars.enumerated() {
            let s: Unicode.Scalar = scalar == "’" ? "'" : scalar
            let isDigit = ("0"..."9").contains(s)
            if s.properties.isAlphabetic || isDigit || (s == "'" && !current.isEmpty) {
                if current.isEmpty { start = offset }
                current.append(s)
                if !isDigit { allDigits = false }
            } else if (s == "," || s == "."), !current.isEmpty, allDigits, offset + 1 < scalars.count,
                      ("0"..."9").contains(scalars[offset + 1]) {
                // "220,000" and "2.5" stay one word.
                current.append(s)
            } else {
                flush()
            }
        }
        flush()
        return tokens
    }
}
