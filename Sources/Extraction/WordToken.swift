import GeoModel

/// A word with its lowercase form and code point span. "Assad's" is one word, and so is a
/// figure with thousands separators or a decimal point ("220,000", "2.5").
struct WordToken: Sendable, Hashable {
    var text: String
    var lower: String
    /// `WordHash` of `lower`, for `Vocabulary` look-ups.
    var hash: UInt64
    var span: TextSpan
    /// True when the word starts with an uppercase letter.
    var isCapitalized: Bool
    /// True when the word ends in a possessive "'s" ("Assad's", "Wednesday's").
    var isPossessive: Bool

    /// True when the lowercase form is `word`.
    @inline(__always)
    func `is`(_ word: String) -> Bool { lower == word }

    /// The words of `text`, with spans relative to it.
    /// - Complexity: O(n) in the number of code points.
    static func tokens(of text: String) -> [WordToken] {
        tokens(of: [Unicode.Scalar](scalarsOf: text)[...])
    }

    /// The words of a run of code points, with spans relative to its start.
    static func tokens(of scalars: ArraySlice<Unicode.Scalar>) -> [WordToken] {
        scalars.withUnsafeBufferPointer(tokens(of:))
    }

    /// The words of a buffer of code points, with spans relative to its start.
    static func tokens(of scalars: UnsafeBufferPointer<Unicode.Scalar>) -> [WordToken] {
        var tokens: [WordToken] = []
        tokens.reserveCapacity(scalars.count / 5 + 1)
        var start = -1
        var allDigits = true
        var isASCII = true
        func flush(_ end: Int) {
            guard start >= 0 else { return }
            var last = end
            while last > start, scalars[last - 1] == "'" || scalars[last - 1] == "’" { last -= 1 }
            let piece = UnsafeBufferPointer(rebasing: scalars[start..<last])
            tokens.append(isASCII ? asciiToken(piece, start: start) : otherToken(piece, start: start))
            start = -1
            allDigits = true
            isASCII = true
        }
        for offset in 0..<scalars.count {
            let s = scalars[offset]
            let isDigit = s.isASCIIDigit
            if isDigit || s.isAlphabeticFast || ((s == "'" || s == "’") && start >= 0) {
                if start < 0 { start = offset }
                if !isDigit { allDigits = false }
                if s.value >= 0x80 { isASCII = false }
            } else if (s == "," || s == "."), start >= 0, allDigits, offset + 1 < scalars.count, scalars[offset + 1].isASCIIDigit {
                // "220,000" and "2.5" stay one word.
            } else {
                flush(offset)
            }
        }
        flush(scalars.count)
        return tokens
    }

    /// A word of ASCII code points: its text, lowercase form and hash made in one pass each.
    private static func asciiToken(_ piece: UnsafeBufferPointer<Unicode.Scalar>, start: Int) -> WordToken {
        var hasUpper = false
        let text = String(unsafeUninitializedCapacity: piece.count) { buffer in
            for k in 0..<piece.count {
                let byte = UInt8(truncatingIfNeeded: piece[k].value)
                if byte >= 0x41 && byte <= 0x5A { hasUpper = true }
                buffer[k] = byte
            }
            return piece.count
        }
        var hash = WordHash.seed
        let lower: String
        if hasUpper {
            lower = String(unsafeUninitializedCapacity: piece.count) { buffer in
                for k in 0..<piece.count {
                    var byte = UInt8(truncatingIfNeeded: piece[k].value)
                    if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
                    buffer[k] = byte
                    hash = WordHash.adding(byte, to: hash)
                }
                return piece.count
            }
        } else {
            lower = text
            for k in 0..<piece.count { hash = WordHash.adding(UInt8(truncatingIfNeeded: piece[k].value), to: hash) }
        }
        return WordToken(text: text, lower: lower, hash: WordHash.finish(hash), span: TextSpan(start: start, end: start + piece.count),
                         isCapitalized: piece[0].isUppercaseFast, isPossessive: endsWithPossessive(piece))
    }

    /// A word with other code points; a typographic apostrophe becomes a straight one.
    private static func otherToken(_ piece: UnsafeBufferPointer<Unicode.Scalar>, start: Int) -> WordToken {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: piece.lazy.map { $0 == "’" ? "'" : $0 })
        let text = String(view)
        let lower = text.lowercasedFast
        return WordToken(text: text, lower: lower, hash: WordHash.of(lower), span: TextSpan(start: start, end: start + piece.count),
                         isCapitalized: piece[0].isUppercaseFast, isPossessive: endsWithPossessive(piece))
    }

    /// True for a word of three or more code points ending in an apostrophe and an s.
    @inline(__always)
    private static func endsWithPossessive(_ piece: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        let n = piece.count
        return n > 2 && (piece[n - 1] == "s" || piece[n - 1] == "S") && (piece[n - 2] == "'" || piece[n - 2] == "’")
    }
}
