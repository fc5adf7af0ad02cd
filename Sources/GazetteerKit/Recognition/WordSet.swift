/// A set of lowercase words that answers `contains` for a slice of base-spelling bytes without
/// building a `String`: words of up to eight bytes are packed into an integer.
struct WordSet: Sendable {
    private var short = PackedTable()
    private var long: Set<String> = []

    init<S: Sequence>(_ words: S) where S.Element == String {
        for word in words {
            let bytes = Array(word.utf8)
            if bytes.count <= 8 { short.set(1, for: NameNormalizer.pack(bytes)) } else { long.insert(word) }
        }
    }

    @inline(__always)
    func contains(_ bytes: ArraySlice<UInt8>) -> Bool {
        if bytes.count <= 8 { return bytes.isEmpty ? false : short.value(for: NameNormalizer.pack(bytes)) != nil }
        return long.contains(String(decoding: bytes, as: UTF8.self))
    }

    /// For a word of at most eight bytes already packed with `NameNormalizer.pack`.
    @inline(__always)
    func containsPacked(_ packed: UInt64) -> Bool { packed != 0 && short.value(for: packed) != nil }

    func contains(_ word: String) -> Bool { contains(Array(word.utf8)[...]) }
}
