/// A trie over folded words: the automaton the recogniser walks along running text.
///
/// Each state is a sequence of words; a transition follows one more word. A state where a
/// name ends carries a list of name entries. Transitions live in one hash map keyed by
/// (state, word id), so the whole automaton is three flat arrays and one dictionary.
struct NameAutomaton: Sendable {
    /// (state << 32 | word id) + 1 → next state.
    var transitions = PackedTable(minimumCapacity: 1 << 16)
    /// State → first entry index, or -1.
    var firstEntry: [Int32] = [-1]
    /// Entry → next entry of the same state, or -1.
    var nextEntry: [Int32] = []
    /// Entry payloads.
    var entries: [NameEntry] = []

    static let root: Int32 = 0

    /// Makes room for about `names` names of `states` word sequences.
    mutating func reserveCapacity(names: Int, states: Int) {
        transitions.reserveCapacity(states)
        firstEntry.reserveCapacity(states + 1)
        nextEntry.reserveCapacity(names)
        entries.reserveCapacity(names)
    }

    /// The number of states (word sequences) in the trie.
    var stateCount: Int { firstEntry.count }

    /// The state after reading `word` in `state`, if any name continues that way.
    @inline(__always)
    func next(_ state: Int32, _ word: Int32) -> Int32? {
        transitions.value(for: (UInt64(UInt32(bitPattern: state)) << 32 | UInt64(UInt32(bitPattern: word))) &+ 1)
    }

    /// True when some name ends at `state`.
    @inline(__always)
    func isAccepting(_ state: Int32) -> Bool { firstEntry[Int(state)] >= 0 }

    /// The state reached by reading `words` from the root, if every step exists.
    func state(after words: [Int32]) -> Int32? {
        var state = Self.root
        for word in words {
            guard let next = next(state, word) else { return nil }
            state = next
        }
        return state
    }

    /// Adds `entry` under the word sequence `words`, creating states as needed.
    /// An entry for a place already listed at that state is merged (a primary name wins).
    /// - Parameter isNewPlace: the place got its record in the same `Gazetteer.add` call, so
    ///   that any entry it already has at this state is the last one added there (the list's
    ///   head); the list is then not searched.
    /// - Returns: the state of the name, whether it was a new key (no name ended there before),
    ///   and whether `entry` was stored (false when the place already had a name there that stays).
    /// - Complexity: O(number of words); finding an earlier place's entry among many others is
    ///   one dictionary look-up once a state holds `crowdSize` entries.
    @discardableResult
    mutating func insert(_ words: [Int32], entry: NameEntry, isNewPlace: Bool = false) -> (state: Int32, isNewKey: Bool, isStored: Bool) {
        var state = Self.root
        for word in words {
            let key = (UInt64(UInt32(bitPattern: state)) << 32 | UInt64(UInt32(bitPattern: word))) &+ 1
            if let next = transitions.value(for: key) {
                state = next
            } else {
                let created = Int32(firstEntry.count)
                firstEntry.append(-1)
                transitions.set(created, for: key)
                state = created
            }
        }
        let head = firstEntry[Int(state)]
        let isNewKey = head < 0
        let existing = isNewPlace ? (head >= 0 && entries[Int(head)].place == entry.place ? head : -1) : entryIndex(of: entry.place, at: state)
        if existing >= 0 {
            guard entry.isPrimary && !entries[Int(existing)].isPrimary else { return (state, false, false) }
            entries[Int(existing)] = entry
            return (state, false, true)
        }
        entries.append(entry)
        nextEntry.append(head)
        let added = Int32(entries.count - 1)
        firstEntry[Int(state)] = added
        if crowds[state] != nil { crowds[state]![entry.place] = added }
        return (state, isNewKey, true)
    }

    /// States holding more entries than this get a place → entry dictionary in `crowds` the
    /// first time an earlier place's entry is looked for there.
    static let crowdSize = 32

    /// Place → entry index for the crowded states looked into so far. Made during loading,
    /// never stored in a snapshot (a restored automaton makes it again when needed).
    private var crowds: [Int32: [Int32: Int32]] = [:]

    /// The entry of `place` at `state`, or -1: a walk along a short list, a look-up in a long one.
    private mutating func entryIndex(of place: Int32, at state: Int32) -> Int32 {
        if let crowd = crowds[state] { return crowd[place] ?? -1 }
        var e = firstEntry[Int(state)]
        for _ in 0..<Self.crowdSize {
            guard e >= 0 else { return -1 }
            if entries[Int(e)].place == place { return e }
            e = nextEntry[Int(e)]
        }
        guard e >= 0 else { return -1 }
        // Entries are merged, so each place has one entry here.
        var crowd: [Int32: Int32] = [:]
        e = firstEntry[Int(state)]
        while e >= 0 {
            crowd[entries[Int(e)].place] = e
            e = nextEntry[Int(e)]
        }
        crowds[state] = crowd
        return crowd[place] ?? -1
    }

    /// Every entry whose name ends at `state`.
    func entries(at state: Int32) -> [NameEntry] {
        var result: [NameEntry] = []
        var e = firstEntry[Int(state)]
        while e >= 0 {
            result.append(entries[Int(e)])
            e = nextEntry[Int(e)]
        }
        return result.reversed()
    }
}

/// One name of one place, as stored in the automaton.
struct NameEntry: Sendable, Hashable {
    /// Index into `Gazetteer.places`.
    var place: Int32
    /// The name is the place's primary name.
    var isPrimary: Bool
    /// Where the name as written lies in the gazetteer's name arena.
    var nameStart: Int32
    var nameLength: Int32
}
