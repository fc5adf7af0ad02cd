import GeoModel

/// `SentenceSplitter`'s scan, over a buffer of code points.
extension SentenceSplitter {
    /// The sentences of a text given as code points; spans are offsets into `scalars`.
    public static func sentences(of scalars: [Unicode.Scalar]) -> [Sentence] {
        scalars.withUnsafeBufferPointer(sentences(in:))
    }

    private static func sentences(in scalars: UnsafeBufferPointer<Unicode.Scalar>) -> [Sentence] {
        var result: [Sentence] = []
        var start = 0
        var paragraph = 0
        var i = 0

        func emit(_ end: Int) {
            var s = start, e = end
            while s < e, scalars[s].isWhitespaceFast { s += 1 }
            while e > s, scalars[e - 1].isWhitespaceFast { e -= 1 }
            if e > s {
                result.append(Sentence(text: String(scalars: UnsafeBufferPointer(rebasing: scalars[s..<e])), span: TextSpan(start: s, end: e),
                                       paragraph: paragraph))
            }
            start = end
        }

        while i < scalars.count {
            let c = scalars[i]
            if c == "\n" {
                var j = i + 1
                while j < scalars.count, scalars[j] == " " || scalars[j] == "\t" || scalars[j] == "\r" { j += 1 }
                if j < scalars.count, scalars[j] == "\n" {
                    emit(i)
                    paragraph += 1
                    i = j
                    continue
                }
                // A line with no closing punctuation that looks like a heading ends here too.
                if i > start, let last = lastNonSpace(scalars, before: i, from: start), !(last == "." || last == "," || last == ";" || last == ":"),
                   j < scalars.count, scalars[j].isUppercaseFast, lineLength(scalars, start, i) < 120 {
                    emit(i)
                }
            }
            if c == "." || c == "!" || c == "?" {
                var end = i + 1
                while end < scalars.count, isClosingMark(scalars[end]) { end += 1 }
                let nextIsBreak = end >= scalars.count || scalars[end].isWhitespaceFast
                if nextIsBreak, !(c == "." && isAbbreviation(scalars, dotAt: i)), startsSentence(scalars, after: end) {
                    emit(end)
                    i = end
                    continue
                }
            }
            i += 1
        }
        emit(scalars.count)
        return result
    }

    private static func lastNonSpace(_ s: UnsafeBufferPointer<Unicode.Scalar>, before end: Int, from start: Int) -> Unicode.Scalar? {
        var k = end - 1
        while k >= start, s[k].isWhitespaceFast { k -= 1 }
        return k >= start ? s[k] : nil
    }

    private static func lineLength(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> Int {
        var k = end - 1
        while k > start, s[k] != "\n" { k -= 1 }
        return end - k
    }

    /// True when the text after `index` opens a new sentence: an uppercase letter, a digit or a quote.
    private static func startsSentence(_ s: UnsafeBufferPointer<Unicode.Scalar>, after index: Int) -> Bool {
        var k = index
        while k < s.count, s[k].isWhitespaceFast { k += 1 }
        guard k < s.count else { return true }
        let c = s[k]
        return c.isUppercaseFast || c.isASCIIDigit || c == "\"" || c == "“" || c == "‘" || c == "'" || c == "("
    }

    /// True when the word ending at the dot is an abbreviation or a single initial.
    private static func isAbbreviation(_ s: UnsafeBufferPointer<Unicode.Scalar>, dotAt index: Int) -> Bool {
        var k = index - 1
        var hasDot = false
        while k >= 0, s[k].isAlphabeticFast || s[k] == "." {
            if s[k] == "." { hasDot = true }
            k -= 1
        }
        let length = index - k - 1
        if length == 1 { return true }
        // Longer words without inner dots are never abbreviations; only short ones are spelled out.
        guard length <= longestAbbreviation || hasDot else { return false }
        let word = String(scalars: UnsafeBufferPointer(rebasing: s[(k + 1)..<index])).lowercasedFast
        return abbreviations.contains(word) || (hasDot && (abbreviations.contains(String(word.filter { $0 != "." })) || word.count <= 5))
    }
}
