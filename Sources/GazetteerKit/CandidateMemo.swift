import Synchronization

/// The sizes of what a gazetteer's answers are made from; any addition changes it, so that an
/// answer remembered under one generation is known to be stale under another.
public struct Generation: Equatable, Sendable {
    var places = 0
    var keys = 0
    var admin1Names = 0
    var nameBytes = 0
}

/// Remembered candidate lists, shared by every copy of one gazetteer and safe across tasks.
///
/// The same names come back report after report, and building their candidates copies each
/// place out of the gazetteer. A memo entry belongs to the gazetteer's contents at the time it
/// was made (its `generation`); once places or names are added, older entries are dropped.
final class CandidateMemo<Key: Hashable & Sendable>: Sendable {
    private struct Table {
        var generation = Generation()
        var answers: [Key: [Candidate]] = [:]
    }

    private let table = Mutex(Table())
    /// Entries kept at most; past this the memo starts afresh.
    private let capacity: Int

    init(capacity: Int = 50_000) {
        self.capacity = capacity
    }

    /// The remembered answer for `key`, or `make()`'s, remembered.
    func candidates(for key: Key, generation: Generation, make: () -> [Candidate]) -> [Candidate] {
        let known: [Candidate]? = table.withLock { table in
            guard table.generation == generation else { return nil }
            return table.answers[key]
        }
        if let known { return known }
        let made = make()
        table.withLock { table in
            if table.generation != generation || table.answers.count >= capacity {
                table = Table(generation: generation)
            }
            table.answers[key] = made
        }
        return made
    }
}
