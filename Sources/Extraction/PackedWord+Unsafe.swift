/// The ways into a `PackedWord` that read raw UTF-8: a buffer, a `String`'s storage and a
/// `StaticString` literal.
extension PackedWord {
    /// The word of `bytes`, packed or, past `capacity`, hashed twice.
    @inline(__always)
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var packer = Packer()
        for byte in bytes { packer.append(byte) }
        self = packer.word
    }

    init(_ text: String) {
        var text = text
        self = text.withUTF8 { PackedWord($0) }
    }

    /// A literal word; inlined so that the compiler packs it while compiling.
    @inline(__always)
    init(stringLiteral literal: StaticString) {
        self = PackedWord(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// True when the word (not a long one) ends with `suffix`.
    func hasSuffix(_ suffix: StaticString) -> Bool {
        let n = count, k = suffix.utf8CodeUnitCount
        guard !isLong, n >= k else { return false }
        for j in 0..<k where self[n - k + j] != suffix.utf8Start[j] { return false }
        return true
    }

    /// The word as text; empty for a long word, whose bytes are not kept.
    var string: String {
        guard !isLong else { return "" }
        return String(unsafeUninitializedCapacity: count) { buffer in
            for k in 0..<count { buffer[k] = self[k] }
            return count
        }
    }
}
