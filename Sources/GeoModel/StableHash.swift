/// FNV-1a, 64 bits: a hash that stays the same from run to run and machine to machine,
/// unlike `Hasher`. Used for incident ids.
public struct StableHash: Sendable {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    /// Mixes the UTF-8 bytes of `text`, then a separator byte so that fields cannot run together.
    public mutating func combine(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            for byte in bytes { mix(byte) }
        }
        mix(0x1F)
    }

    private mutating func mix(_ byte: UInt8) {
        state ^= UInt64(byte)
        state &*= 0x0000_0100_0000_01B3
    }

    /// The hash as a number.
    public var value: UInt64 { state }

    /// The hash as 16 lowercase hex digits.
    public var hexDigest: String { hexPrefix(16) }

    /// The first `count` (at most 16) lowercase hex digits of the hash.
    public func hexPrefix(_ count: Int) -> String {
        let digits = min(16, max(0, count))
        return String(unsafeUninitializedCapacity: digits) { buffer in
            for k in 0..<digits {
                let nibble = UInt8(truncatingIfNeeded: state >> (60 - 4 * UInt64(k))) & 0xF
                buffer[k] = nibble < 10 ? 0x30 + nibble : 0x57 + nibble
            }
            return digits
        }
    }
}
