import GeoModel

/// A sentence read into words once, with the punctuation between them, shared by every stage
/// that codes it (cues, clauses, places, actors, dates, fatalities, certainty).
struct TokenizedSentence {
    let sentence: Sentence
    let scalars: [Unicode.Scalar]
    /// Words with spans in code points relative to the sentence.
    let tokens: [WordToken]
    /// The clause each word belongs to, see `ClauseSegmenter`.
    let clauseOf: [Int]

    init(_ sentence: Sentence) {
        let scalars = Array(sentence.text.unicodeScalars)
        let tokens = WordToken.tokens(of: scalars)
        self.sentence = sentence
        self.scalars = scalars
        self.tokens = tokens
        clauseOf = ClauseSegmenter.clauses(of: tokens, gap: { Self.gap(scalars, tokens, before: $0) })
    }

    /// The text between word `index - 1` and word `index` (from the sentence start for the first word).
    func gap(before index: Int) -> String { Self.gap(scalars, tokens, before: index) }

    private static func gap(_ scalars: [Unicode.Scalar], _ tokens: [WordToken], before index: Int) -> String {
        let start = index == 0 ? 0 : tokens[index - 1].span.end
        let end = index < tokens.count ? tokens[index].span.start : scalars.count
        guard start < end else { return "" }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }

    /// The words covered by a span in sentence-relative code points.
    func tokenRange(of local: TextSpan) -> Range<Int> {
        let lower = tokens.firstIndex { $0.span.end > local.start } ?? tokens.count
        var upper = lower
        while upper < tokens.count, tokens[upper].span.start < local.end { upper += 1 }
        return lower..<upper
    }

    /// A span of the report converted to sentence-relative code points.
    func local(_ span: TextSpan) -> TextSpan {
        TextSpan(start: span.start - sentence.span.start, end: span.end - sentence.span.start)
    }

    /// The lowercase words in `range`, clamped to the sentence.
    func words(_ range: Range<Int>) -> [String] {
        let clamped = max(0, range.lowerBound)..<min(tokens.count, max(0, range.upperBound))
        return clamped.isEmpty ? [] : tokens[clamped].map(\.lower)
    }
}
