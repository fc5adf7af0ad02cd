/// Name keys by consonant skeleton, for fuzzy matching (`NameNormalizer.skeleton(ofKey:)`).
///
/// Every name of every country is indexed, so the index is kept flat: each key is one entry in
/// parallel arrays, chained to the previous entry of the same skeleton, with its text in one
/// byte arena. A snapshot writes the arrays as they are.
struct SkeletonIndex: Sendable {
    /// Skeleton digest → its last entry; earlier entries follow `previous`.
    var lastEntry: [UInt64: Int32] = [:]
    /// Per entry: the earlier entry of the same skeleton (-1 for none), the key's automaton
    /// state, and where the key's text lies in `keyArena`.
    var previous: [Int32] = []
    var states: [Int32] = []
    var keyStarts: [Int32] = []
    var keyArena: [UInt8] = []
    /// The states already indexed (a state is one key); made again from `states` when needed.
    private var indexed: Set<Int32>?

    var count: Int { states.count }

    /// Adds a key once.
    mutating func insert(key: String, skeleton: String, state: Int32) {
        if indexed == nil { indexed = Set(states) }
        guard indexed!.insert(state).inserted else { return }
        let digest = Self.digest(of: skeleton)
        previous.append(lastEntry[digest] ?? -1)
        states.append(state)
        keyStarts.append(Int32(keyArena.count))
        keyArena.append(contentsOf: key.utf8)
        lastEntry[digest] = Int32(states.count - 1)
    }

    /// Calls `body` with each key of this skeleton (and, rarely, of another with the same
    /// digest: callers measure the distance of every key they get) and its state.
    func forEachKey(withSkeleton skeleton: String, _ body: (String, Int32) -> Void) {
        var entry = lastEntry[Self.digest(of: skeleton)] ?? -1
        while entry >= 0 {
            let index = Int(entry)
            let end = index + 1 < keyStarts.count ? Int(keyStarts[index + 1]) : keyArena.count
            body(String(decoding: keyArena[Int(keyStarts[index])..<end], as: UTF8.self), states[index])
            entry = previous[index]
        }
    }

    /// FNV-1a, 64 bits.
    static func digest(of skeleton: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in skeleton.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    /// The chain heads as two arrays, for a snapshot.
    var heads: (digests: [UInt64], entries: [Int32]) {
        (Array(lastEntry.keys), Array(lastEntry.values))
    }

    /// Rebuilds the index from a snapshot's arrays.
    init(digests: [UInt64], entries: [Int32], previous: [Int32], states: [Int32], keyStarts: [Int32], keyArena: [UInt8]) {
        lastEntry = Dictionary(uniqueKeysWithValues: zip(digests, entries))
        self.previous = previous
        self.states = states
        self.keyStarts = keyStarts
        self.keyArena = keyArena
    }

    init() {}

    /// True when the arrays agree with one another (a snapshot check).
    var isConsistent: Bool {
        previous.count == states.count && keyStarts.count == states.count
            && lastEntry.values.allSatisfy { $0 >= 0 && Int($0) < states.count }
            && previous.allSatisfy { $0 < Int32(states.count) }
            && keyStarts.allSatisfy { $0 >= 0 && Int($0) <= keyArena.count }
    }
}
