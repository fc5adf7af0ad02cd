/// The hash a lowercase word is filed under: 64-bit FNV-1a over its UTF-8 bytes, with the low
/// bit set so that no word hashes to 0. The tokenizer computes it while it lowers a word, so
/// that every later look-up of that word costs one multiplication and one comparison.
enum WordHash {
    static let seed: UInt64 = 0xCBF2_9CE4_8422_2325

    @inline(__always)
    static func adding(_ byte: UInt8, to hash: UInt64) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    @inline(__always)
    static func finish(_ hash: UInt64) -> UInt64 { hash | 1 }

    /// The hash of a lowercase word.
    static func of(_ word: String) -> UInt64 {
        var hash = seed
        for byte in word.utf8 { hash = adding(byte, to: hash) }
        return finish(hash)
    }
}

/// A fixed table from lowercase words to values, read with a word's precomputed `WordHash`.
///
/// Extraction asks dozens of word lists about every word of a report ("is it a death word, a
/// clause opener, a weekday?"); hashing a `String` anew for each `Set` look-up was a fifth of
/// its time. Here a look-up is a multiplicative probe into an open-addressing table and one
/// string comparison to confirm.
struct VocabularyMap<Value: Sendable>: Sendable {
    private var hashes: [UInt64]
    private var words: [String]
    private var values: [Value?]
    private let shift: UInt64
    /// The words, in the order given.
    private(set) var keys: [String]

    /// - Precondition: the words are lowercase; a repeated word keeps its last value.
    init<S: Sequence>(_ pairs: S) where S.Element == (String, Value) {
        let pairs = Array(pairs)
        var bits: UInt64 = 3
        while (1 << bits) < pairs.count * 2 { bits += 1 }
        hashes = [UInt64](repeating: 0, count: 1 << bits)
        words = [String](repeating: "", count: 1 << bits)
        values = [Value?](repeating: nil, count: 1 << bits)
        shift = 64 - bits
        keys = []
        var order: [String] = []
        for (word, value) in pairs {
            let hash = WordHash.of(word)
            var slot = slot(of: hash)
            while hashes[slot] != 0, !(hashes[slot] == hash && words[slot] == word) { slot = (slot + 1) & (hashes.count - 1) }
            if hashes[slot] == 0 { order.append(word) }
            (hashes[slot], words[slot], values[slot]) = (hash, word, value)
        }
        keys = order
    }

    @inline(__always)
    private func slot(of hash: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The value of a lowercase word given with its `WordHash`.
    @inline(__always)
    func value(forWord word: String, hash: UInt64) -> Value? {
        let mask = hashes.count - 1
        var slot = slot(of: hash)
        while true {
            let stored = hashes[slot]
            if stored == 0 { return nil }
            if stored == hash, words[slot] == word { return values[slot] }
            slot = (slot + 1) & mask
        }
    }

    /// The value of a lowercase word.
    func value(forWord word: String) -> Value? { value(forWord: word, hash: WordHash.of(word)) }

    /// The value of a token's lowercase form.
    @inline(__always)
    func value(for token: WordToken) -> Value? { value(forWord: token.lower, hash: token.hash) }

    subscript(token: WordToken) -> Value? { value(for: token) }
}

/// A fixed set of lowercase words, read with a word's precomputed `WordHash`; see `VocabularyMap`.
struct Vocabulary: ExpressibleByArrayLiteral, Sendable {
    private let map: VocabularyMap<Bool>

    init<S: Sequence>(_ words: S) where S.Element == String {
        map = VocabularyMap(words.map { ($0, true) })
    }

    init(arrayLiteral words: String...) { self.init(words) }

    /// The words, in the order given.
    var words: [String] { map.keys }

    @inline(__always)
    func contains(_ token: WordToken) -> Bool { map.value(for: token) != nil }

    func contains(_ word: String) -> Bool { map.value(forWord: word) != nil }

    /// This set and another's words.
    func union(_ other: Vocabulary) -> Vocabulary { Vocabulary(words + other.words) }
}

extension VocabularyMap: ExpressibleByDictionaryLiteral {
    init(dictionaryLiteral elements: (String, Value)...) { self.init(elements) }
}
