import GeoModel

/// A sentence of a report with its code point span.
public struct Sentence: Sendable, Hashable {
    public var text: String
    public var span: TextSpan
    /// The index of the paragraph it belongs to, counting blank-line-separated blocks.
    public var paragraph: Int
}

/// Splits text into sentences. A full stop after an abbreviation ("Capt.", "U.S.", "Gen.") or an
/// initial does not end a sentence; a blank line always does.
public enum SentenceSplitter {
    static let abbreviations: Vocabulary = [
        "capt", "col", "gen", "lt", "maj", "sgt", "cpl", "brig", "adm", "cmdr", "mr", "mrs", "ms", "dr", "prof", "st", "sr",
        "jr", "rev", "gov", "sen", "rep", "pres", "no", "vs", "etc", "approx", "est", "dept", "inc", "ltd", "co", "corp",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "km", "u.s",
        "u.n", "u.k", "e.g", "i.e", "a.m", "p.m",
    ]
    /// The longest abbreviation, in code points with its inner dots.
    static let longestAbbreviation = abbreviations.words.map(\.unicodeScalars.count).max() ?? 0

    public static func sentences(of text: String) -> [Sentence] {
        sentences(of: [Unicode.Scalar](scalarsOf: text))
    }

    /// A quote or bracket that may close a sentence after its full stop.
    @inline(__always)
    static func isClosingMark(_ c: Unicode.Scalar) -> Bool {
        c == "\"" || c == "'" || c == "”" || c == "’" || c == ")"
    }
}
