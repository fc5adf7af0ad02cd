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
    /// What separates each word from the one before it.
    let gaps: [Gap]

    /// The characters between two words, read once.
    struct Gap {
        /// A comma.
        var hasComma = false
        /// A semicolon, colon or dash: a clause ends here. Brackets do not: "(IED)" glosses its clause.
        var isBreak = false
        /// Only spaces or a hyphen: the words may belong to one name.
        var isTight = false

        init(_ scalars: ArraySlice<Unicode.Scalar>) {
            guard !scalars.isEmpty else { return }
            var tight = true
            for (offset, c) in zip(scalars.indices, scalars) {
                switch c {
                case ",": hasComma = true
                case ";", ":", "—", "–": isBreak = true
                case "-": if offset > scalars.startIndex, offset + 1 < scalars.endIndex, scalars[offset - 1] == " ", scalars[offset + 1] == " " { isBreak = true }
                default: break
                }
                if c != " " && c != "-" && c != "\u{00A0}" { tight = false }
            }
            isTight = tight
        }
    }

    init(_ sentence: Sentence) {
        let scalars = Array(sentence.text.unicodeScalars)
        let tokens = WordToken.tokens(of: scalars)
        self.sentence = sentence
        self.scalars = scalars
        self.tokens = tokens
        let gaps = tokens.indices.map { i in
            Gap(scalars[(i == 0 ? 0 : tokens[i - 1].span.end)..<tokens[i].span.start])
        }
        self.gaps = gaps
        clauseOf = ClauseSegmenter.clauses(of: tokens, gaps: gaps)
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
