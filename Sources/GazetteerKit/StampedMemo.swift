import Synchronization

/// The sizes of what a gazetteer's answers are made from; any addition changes it, so that an
/// answer remembered under one generation is known to be stale under another.
public struct Generation: Equatable, Sendable {
    var places = 0
    var keys = 0
    var admin1Names = 0
    var nameBytes = 0
}

/// Answers remembered by key, shared by every copy of the value that holds the memo and safe
/// across tasks.
///
/// The same names come back report after report, and their answers (candidate lists, first
/// choices) cost more to make than to look up. Each answer belongs to the `stamp` it was made
/// under, such as the gazetteer's `Generation`: under another stamp it is not given, and the
/// first answer remembered under a new stamp drops all older ones.
///
/// Inlinable, so that callers in other modules get it specialized for their key and value types
/// (unspecialized, the resolver's look-ups cost a sixth more).
public final class StampedMemo<Key: Hashable & Sendable, Stamp: Equatable & Sendable, Value: Sendable>: Sendable {
    @usableFromInline
    struct Table {
        @usableFromInline var stamp: Stamp?
        @usableFromInline var answers: [Key: Value] = [:]

        @usableFromInline
        init(stamp: Stamp?) {
            self.stamp = stamp
        }
    }

    @usableFromInline let table = Mutex(Table(stamp: nil))
    /// Answers kept at most; past this the memo starts afresh.
    @usableFromInline let capacity: Int

    public init(capacity: Int = 50_000) {
        self.capacity = capacity
    }

    /// The answer remembered for `key` under `stamp`, if any.
    @inlinable
    public func value(for key: Key, stamp: Stamp) -> Value? {
        table.withLock { table in table.stamp == stamp ? table.answers[key] : nil }
    }

    /// Remembers an answer made under `stamp`, forgetting those made under another.
    @inlinable
    public func remember(_ value: Value, for key: Key, stamp: Stamp) {
        table.withLock { table in
            if table.stamp != stamp || table.answers.count >= capacity { table = Table(stamp: stamp) }
            table.answers[key] = value
        }
    }

    /// The answer remembered for `key` under `stamp`, or `make()`'s, remembered.
    @inlinable
    public func value(for key: Key, stamp: Stamp, make: () -> Value) -> Value {
        if let known = value(for: key, stamp: stamp) { return known }
        let made = make()
        remember(made, for: key, stamp: stamp)
        return made
    }
}
