/// A word of at most 15 UTF-8 bytes held in two integers, so that it is copied, compared and
/// hashed as a plain value: extraction compares every word of a report with dozens of word
/// lists, and doing that on `String`s cost more than the rules themselves.
///
/// A longer word keeps a 64-bit FNV-1a hash of its bytes and a length marker instead; it is
/// never equal to a short word, and no word list holds one (`VocabularyMap` checks).
struct PackedWord: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// Bytes 0 to 7, first byte lowest.
    private(set) var low: UInt64
    /// Bytes 8 to 14 in the low 56 bits, the length in the top byte (`longMarker` when long).
    private(set) var high: UInt64

    /// The longest word held byte for byte.
    static let capacity = 15
    private static let longMarker: UInt64 = 0xFF

    /// The word of `bytes`, packed or, past `capacity`, hashed.
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

    /// A word already packed: bytes 0 to 7 in `low`, first byte lowest; bytes 8 to 14 and the
    /// length (or `longMarker`) in the top byte in `high`.
    @inline(__always)
    init(packedLow low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    /// True for a word longer than `capacity` bytes, of which only a hash is kept.
    var isLong: Bool { high >> 56 == Self.longMarker }

    /// The length in bytes; `capacity + 1` for a long word.
    var count: Int { isLong ? Self.capacity + 1 : Int(high >> 56) }

    /// The byte at `index`, which must be below `count` and `capacity`.
    @inline(__always)
    subscript(index: Int) -> UInt8 {
        index < 8 ? UInt8(truncatingIfNeeded: low >> (8 * UInt64(index))) : UInt8(truncatingIfNeeded: high >> (8 * UInt64(index - 8)))
    }

    /// The word as text; empty for a long word, whose bytes are not kept.
    var string: String {
        guard !isLong else { return "" }
        return String(unsafeUninitializedCapacity: count) { buffer in
            for k in 0..<count { buffer[k] = self[k] }
            return count
        }
    }

    var description: String { isLong ? "<long word>" : string }

    /// True when the word (not a long one) ends with `suffix`.
    func hasSuffix(_ suffix: StaticString) -> Bool {
        let n = count, k = suffix.utf8CodeUnitCount
        guard !isLong, n >= k else { return false }
        for j in 0..<k where self[n - k + j] != suffix.utf8Start[j] { return false }
        return true
    }

    /// The word without its last `k` bytes (a long word stays as it is).
    func droppingLast(_ k: Int) -> PackedWord {
        guard !isLong, k > 0 else { return self }
        var packer = Packer()
        for index in 0..<max(0, count - k) { packer.append(self[index]) }
        return packer.word
    }

    /// A hash for open addressing.
    @inline(__always)
    var tableHash: UInt64 {
        (low &* 0x9E37_79B9_7F4A_7C15) ^ ((high &+ 0x632B_E59B_D9B4_E019) &* 0xC2B2_AE3D_27D4_EB4F)
    }

    /// Builds a word byte by byte, as the tokenizer lowers it.
    struct Packer {
        private var low: UInt64 = 0
        private var high: UInt64 = 0
        private var fnv: UInt64 = 0xCBF2_9CE4_8422_2325
        private(set) var count = 0

        @inline(__always)
        mutating func append(_ byte: UInt8) {
            if count < 8 {
                low |= UInt64(byte) << (8 * UInt64(count))
            } else if count < PackedWord.capacity {
                high |= UInt64(byte) << (8 * UInt64(count - 8))
            }
            fnv = (fnv ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            count += 1
        }

        @inline(__always)
        var word: PackedWord {
            count <= PackedWord.capacity
                ? PackedWord(packedLow: low, high: high | UInt64(count) << 56)
                : PackedWord(packedLow: fnv, high: PackedWord.longMarker << 56)
        }
    }
}
