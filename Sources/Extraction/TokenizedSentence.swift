import GeoModel

/// A sentence read into words once, with the punctuation between them, shared by every stage
/// that codes it (cues, clauses, places, actors, dates, fatalities, certainty).
struct TokenizedSentence {
    let sentence: Sentence
    /// Words with spans in code points relative to the sentence.
    let tokens: [WordToken]
    /// The clause each word belongs to, see `ClauseSegmenter`; empty until `segmentClauses()`
    /// for a sentence read without them.
    private(set) var clauseOf: [Int] = []
    /// What separates each word from the one before it.
    let gaps: [Gap]

    /// The characters between two words, read once.
    struct Gap {
        /// A comma.
        var hasComma = false
        /// A semicolon, colon or dash: a clause ends here. Brackets do not: "(IED)" glosses its clause.
        var isBreak = false
        /// A dash between words, which may open or close an aside: "killed a commander - a brother of
        /// the governor - and three fighters in X".
        var isDash = false
        /// Only spaces or a hyphen: the words may belong to one name.
        var isTight = false
    }

    /// Reads a sentence on its own, clauses included.
    init(_ sentence: Sentence) {
        self.init(sentence, in: [Unicode.Scalar](scalarsOf: sentence.text)[...])
    }

    /// Splits the sentence into clauses (see `ClauseSegmenter`), once.
    mutating func segmentClauses() {
        if clauseOf.isEmpty, !tokens.isEmpty { clauseOf = ClauseSegmenter.clauses(of: tokens, gaps: gaps) }
    }

    /// The words covered by a span in sentence-relative code points.
    func tokenRange(of local: TextSpan) -> Range<Int> {
        var lower = 0, high = tokens.count
        while lower < high {
            let mid = (lower + high) / 2
            if tokens[mid].span.end > local.start { high = mid } else { lower = mid + 1 }
        }
        var upper = lower
        while upper < tokens.count, tokens[upper].span.start < local.end { upper += 1 }
        return lower..<upper
    }

    /// A span of the report converted to sentence-relative code points.
    func local(_ span: TextSpan) -> TextSpan {
        TextSpan(start: span.start - sentence.span.start, end: span.end - sentence.span.start)
    }

    /// The words in `range`, clamped to the sentence.
    func words(_ range: Range<Int>) -> ArraySlice<WordToken> {
        let clamped = max(0, range.lowerBound)..<min(tokens.count, max(0, range.upperBound))
        return clamped.isEmpty ? [] : tokens[clamped]
    }
}

extension Collection where Element == WordToken {
    /// True when the lowercase words are exactly `words`.
    func are(_ words: PackedWord...) -> Bool {
        count == words.count && zip(self, words).allSatisfy { $0.word == $1 }
    }

    /// True when one of the words is `word`.
    func contains(_ word: PackedWord) -> Bool { contains { $0.word == word } }

    /// True when the words begin with `words`.
    func start(with words: [PackedWord]) -> Bool {
        count >= words.count && zip(self, words).allSatisfy { $0.word == $1 }
    }
}
