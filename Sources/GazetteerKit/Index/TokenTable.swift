/// Interns folded words: each distinct word gets a dense integer id.
///
/// An open-addressing hash table over one byte arena, so a look-up from raw bytes needs no
/// `String` and no allocation.
struct TokenTable: Sendable {
    var arena: [UInt8] = []
    var offsets: [Int32] = [0]
    /// Slot → token id + 1; 0 is empty.
    var slots: [Int32] = [Int32](repeating: 0, count: 1 << 12)
    var hashes: [UInt32] = []

    /// Makes room for about `words` distinct words totalling `bytes` bytes.
    mutating func reserveCapacity(words: Int, bytes: Int) {
        arena.reserveCapacity(bytes)
        offsets.reserveCapacity(words + 1)
        hashes.reserveCapacity(words)
        var size = slots.count
        while size < words * 2 { size *= 2 }
        if size > slots.count {
            slots = [Int32](repeating: 0, count: size)
            for id in 0..<hashes.count { insertSlot(id: Int32(id), hash: hashes[id]) }
        }
    }

    /// The number of distinct words.
    var count: Int { hashes.count }

    /// The id of `bytes`, adding it when new.
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        if let id = id(of: bytes) { return id }
        if (count + 1) * 2 > slots.count { grow() }
        let hash = Self.hash(bytes)
        let id = Int32(count)
        arena.append(contentsOf: bytes)
        offsets.append(Int32(arena.count))
        hashes.append(hash)
        insertSlot(id: id, hash: hash)
        return id
    }

    /// The id of `bytes`, if the table has it.
    @inline(__always)
    func id(of bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        let hash = Self.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        return arena.withUnsafeBufferPointer { arena in
            while true {
                let entry = slots[slot]
                if entry == 0 { return nil }
                let id = Int(entry - 1)
                if hashes[id] == hash {
                    let start = Int(offsets[id]), end = Int(offsets[id + 1])
                    if end - start == bytes.count, memcmp(arena.baseAddress! + start, bytes.baseAddress!, bytes.count) == 0 {
                        return Int32(id)
                    }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The bytes of a token.
    func bytes(of id: Int32) -> ArraySlice<UInt8> {
        arena[Int(offsets[Int(id)])..<Int(offsets[Int(id) + 1])]
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        for id in 0..<hashes.count { insertSlot(id: Int32(id), hash: hashes[id]) }
    }

    private mutating func insertSlot(id: Int32, hash: UInt32) {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = id + 1
    }

    /// FNV-1a, then a final mix so that the low bits spread well.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        for b in bytes { h = (h ^ UInt32(b)) &* 16_777_619 }
        h ^= h >> 15
        h = h &* 0x2C1B_3C6D
        h ^= h >> 12
        return h
    }
}

private func memcmp(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Int32 {
    for i in 0..<n where a[i] != b[i] { return a[i] < b[i] ? -1 : 1 }
    return 0
}
