import GeoModel

/// `TokenizedSentence` read through a buffer of the sentence's code points.
extension TokenizedSentence {
    /// Reads a sentence from the code points it spans.
    /// - Parameters:
    ///   - scalars: the sentence's code points, `sentence.span` of its report.
    ///   - clauses: segment the clauses now; without, `segmentClauses()` does it when needed.
    init(_ sentence: Sentence, in scalars: ArraySlice<Unicode.Scalar>, clauses: Bool = true) {
        self.sentence = sentence
        (tokens, gaps) = scalars.withUnsafeBufferPointer { buffer in
            let tokens = WordToken.tokens(of: buffer)
            let gaps = tokens.indices.map { i in Gap(buffer, (i == 0 ? 0 : tokens[i - 1].span.end)..<tokens[i].span.start) }
            return (tokens, gaps)
        }
        if clauses { segmentClauses() }
    }
}

extension TokenizedSentence.Gap {
    init(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) {
        guard !range.isEmpty else { return }
        var tight = true
        for offset in range {
            let c = scalars[offset]
            switch c {
            case ",": hasComma = true
            case ";", ":": isBreak = true
            case "—", "–": isBreak = true; isDash = true
            case "-":
                if offset > range.lowerBound, offset + 1 < range.upperBound, scalars[offset - 1] == " ", scalars[offset + 1] == " " {
                    isBreak = true
                    isDash = true
                }
            default: break
            }
            if c != " " && c != "-" && c != "\u{00A0}" { tight = false }
        }
        isTight = tight
    }
}
