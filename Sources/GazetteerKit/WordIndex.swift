import GeoModel

/// The words of a text with their code point spans, for looking around a mention.
public struct WordIndex: Sendable {
    public struct Word: Sendable, Hashable {
        /// The word in lowercase.
        public var lower: String
        public var span: TextSpan
        /// True when the word starts with an uppercase letter.
        public var isCapitalized: Bool
    }

    private let scalars: [Unicode.Scalar]
    private let words: [Word]

    /// Splits `text` into words: runs of letters, digits and combining marks.
    /// - Complexity: O(n) in the length of `text`.
    public init(_ text: String) {
        scalars = [Unicode.Scalar](scalarsOf: text)
        var words: [Word] = []
        var i = 0
        while i < scalars.count {
            guard scalars[i].isWordScalar else { i += 1; continue }
            let start = i
            while i < scalars.count, scalars[i].isWordScalar { i += 1 }
            words.append(Word(lower: String(scalars: scalars[start..<i]).lowercasedFast, span: TextSpan(start: start, end: i),
                              isCapitalized: scalars[start].isUppercaseFast))
        }
        self.words = words
    }

    /// The text of a span.
    public func text(of span: TextSpan) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[span.start..<span.end])
        return String(view)
    }

    /// The index of the first word that starts at or after `offset`.
    private func firstWord(atOrAfter offset: Int) -> Int {
        var low = 0, high = words.count
        while low < high {
            let mid = (low + high) / 2
            if words[mid].span.start < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The words inside a span.
    public func words(in span: TextSpan) -> ArraySlice<Word> {
        let first = firstWord(atOrAfter: span.start)
        var last = first
        while last < words.count, words[last].span.end <= span.end { last += 1 }
        return words[first..<last]
    }

    /// Up to `count` words that end at or before `offset`, nearest last.
    public func words(endingBefore offset: Int, count: Int) -> [Word] {
        let first = firstWord(atOrAfter: offset)
        return Array(words[max(0, first - count)..<first])
    }

    /// Up to `count` words that start at or after `offset`.
    public func words(startingAt offset: Int, count: Int) -> [Word] {
        let first = firstWord(atOrAfter: offset)
        return Array(words[first..<min(words.count, first + count)])
    }

    /// The code point at `offset`, if the text is that long.
    public func scalar(at offset: Int) -> Unicode.Scalar? { offset >= 0 && offset < scalars.count ? scalars[offset] : nil }
}
