import GeoModel

/// A word with its lowercase form and code point span. "Assad's" is one word, and so is a
/// figure with thousands separators or a decimal point ("220,000", "2.5").
///
/// A plain value (no reference-counted storage), so that the stages copy and compare words
/// for free; see `PackedWord`.
struct WordToken: Sendable, Hashable {
    /// The word in lowercase, a typographic apostrophe made straight.
    var word: PackedWord
    /// The word as written, a typographic apostrophe made straight.
    var cased: PackedWord
    var span: TextSpan
    /// True when the word starts with an uppercase letter.
    var isCapitalized: Bool
    /// True when the word ends in a possessive "'s" ("Assad's", "Wednesday's").
    var isPossessive: Bool
    /// True when the word ends in "ing" ("setting", "including").
    var endsInIng: Bool

    /// The lowercase word as text (empty for a word longer than `PackedWord.capacity`).
    var lower: String { word.string }

    /// True when the lowercase word is `word`.
    @inline(__always)
    func `is`(_ word: PackedWord) -> Bool { self.word == word }

    /// The number of code points.
    var length: Int { span.end - span.start }

    /// The words of `text`, with spans relative to it.
    /// - Complexity: O(n) in the number of code points.
    static func tokens(of text: String) -> [WordToken] {
        tokens(of: [Unicode.Scalar](scalarsOf: text)[...])
    }

    @inline(__always)
    static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        scalar.value >= 0x41 && scalar.value <= 0x5A ? Unicode.Scalar(scalar.value | 0x20)! : scalar
    }
}
