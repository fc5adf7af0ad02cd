/// An open-addressing hash map from non-zero `UInt64` keys to `Int32` values, with a
/// multiplicative hash: several times faster than `Dictionary` for the recogniser's hot
/// look-ups (automaton transitions, packed short words).
struct PackedTable: Sendable {
    var keys: [UInt64]
    var values: [Int32]
    var shift: UInt64
    var count = 0

    init(minimumCapacity: Int = 16) {
        var bits: UInt64 = 4
        while (1 << bits) < minimumCapacity * 2 { bits += 1 }
        keys = [UInt64](repeating: 0, count: 1 << bits)
        values = [Int32](repeating: 0, count: 1 << bits)
        shift = 64 - bits
    }

    /// Makes room for `capacity` keys without growing.
    mutating func reserveCapacity(_ capacity: Int) {
        guard capacity * 2 > keys.count else { return }
        var bigger = PackedTable(minimumCapacity: capacity)
        for (k, v) in zip(keys, values) where k != 0 { bigger.set(v, for: k) }
        self = bigger
    }

    /// The value stored for `key` (which must not be 0).
    @inline(__always)
    func value(for key: UInt64) -> Int32? {
        keys.withUnsafeBufferPointer { keys in
            let mask = keys.count - 1
            var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while true {
                let k = keys[slot]
                if k == key { return values[slot] }
                if k == 0 { return nil }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Stores `value` for `key` (which must not be 0), replacing any value.
    mutating func set(_ value: Int32, for key: UInt64) {
        if (count + 1) * 2 > keys.count { grow() }
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
        if keys[slot] == 0 { count += 1 }
        keys[slot] = key
        values[slot] = value
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        values = [Int32](repeating: 0, count: oldKeys.count * 2)
        shift -= 1
        count = 0
        for (k, v) in zip(oldKeys, oldValues) where k != 0 { set(v, for: k) }
    }
}
