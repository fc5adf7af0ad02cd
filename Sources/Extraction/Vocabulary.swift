/// A fixed table from lowercase words to values, looked up with a token's `PackedWord`.
///
/// Extraction asks dozens of word lists about every word of a report ("is it a death word, a
/// clause opener, a weekday?"); hashing a `String` anew for each `Set` look-up was a fifth of
/// its time. Here a look-up is a multiplicative probe into an open-addressing table and one
/// comparison of two integers.
struct VocabularyMap<Value: Sendable>: Sendable {
    private var words: [PackedWord]
    private var values: [Value?]
    private var occupied: [Bool]
    private let shift: UInt64
    /// The words, in the order given (empty when made from packed words).
    private(set) var keys: [String]

    /// Words of any length; a repeated word keeps its last value and its first place in `keys`.
    init<S: Sequence>(_ pairs: S) where S.Element == (String, Value) {
        let pairs = Array(pairs)
        self.init(packed: pairs.map { (PackedWord($0.0), $0.1) })
        var seen: Set<String> = []
        keys = pairs.map(\.0).filter { seen.insert($0).inserted }
    }

    /// Words already packed; `keys` is left empty. A repeated word keeps its last value.
    init<S: Sequence>(packed pairs: S) where S.Element == (PackedWord, Value) {
        let pairs = Array(pairs)
        var bits: UInt64 = 3
        while (1 << bits) < pairs.count * 2 { bits += 1 }
        words = [PackedWord](repeating: PackedWord(""), count: 1 << bits)
        values = [Value?](repeating: nil, count: 1 << bits)
        occupied = [Bool](repeating: false, count: 1 << bits)
        shift = 64 - bits
        keys = []
        for (word, value) in pairs {
            var slot = slot(of: word)
            while occupied[slot], words[slot] != word { slot = (slot + 1) & (words.count - 1) }
            (words[slot], values[slot], occupied[slot]) = (word, value, true)
        }
    }

    @inline(__always)
    private func slot(of word: PackedWord) -> Int {
        Int(truncatingIfNeeded: word.tableHash >> shift)
    }

    /// The value of a word.
    @inline(__always)
    func value(for word: PackedWord) -> Value? {
        let mask = words.count - 1
        var slot = slot(of: word)
        while occupied[slot] {
            if words[slot] == word { return values[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// The value of a lowercase word given as text.
    func value(forWord word: String) -> Value? { value(for: PackedWord(word)) }

    /// The value of a token's lowercase form.
    @inline(__always)
    subscript(token: WordToken) -> Value? { value(for: token.word) }
}

extension VocabularyMap: ExpressibleByDictionaryLiteral {
    init(dictionaryLiteral elements: (String, Value)...) { self.init(elements) }
}

/// A fixed set of lowercase words, looked up with a token's `PackedWord`; see `VocabularyMap`.
struct Vocabulary: ExpressibleByArrayLiteral, Sendable {
    private let map: VocabularyMap<Bool>

    init<S: Sequence>(_ words: S) where S.Element == String {
        map = VocabularyMap(words.map { ($0, true) })
    }

    init(arrayLiteral words: String...) { self.init(words) }

    /// The words, in the order given.
    var words: [String] { map.keys }

    @inline(__always)
    func contains(_ token: WordToken) -> Bool { map.value(for: token.word) != nil }

    @inline(__always)
    func contains(_ word: PackedWord) -> Bool { map.value(for: word) != nil }

    func contains(_ word: String) -> Bool { map.value(forWord: word) != nil }
}
