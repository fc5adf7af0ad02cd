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
    /// - Returns: the state of the name, whether it was a new key (no name ended there before),
    ///   and whether `entry` was stored (false when the place already had a name there that stays).
    @discardableResult
    mutating func insert(_ words: [Int32], entry: NameEntry) -> (state: Int32, isNewKey: Bool, isStored: Bool) {
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
        let isNewKey = firstEntry[Int(state)] < 0
        var e = firstEntry[Int(state)]
        while e >= 0 {
            if entries[Int(e)].place == entry.place {
                guard entry.isPrimary && !entries[Int(e)].isPrimary else { return (state, false, false) }
                entries[Int(e)] = entry
                return (state, false, true)
            }
            e = nextEntry[Int(e)]
        }
        entries.append(entry)
        nextEntry.append(firstEntry[Int(state)])
        firstEntry[Int(state)] = Int32(entries.count - 1)
        return (state, isNewKey, true)
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
