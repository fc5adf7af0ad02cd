/// A map for the handful of entries one document has: a list scanned in place while short,
/// where comparing a few keys beats hashing them, and a `Dictionary` once it grows long.
struct SmallMap<Key: Hashable, Value> {
    private var list: [(key: Key, value: Value)] = []
    private var table: [Key: Value]?
    /// The most entries kept as a list.
    private static var listLimit: Int { 24 }

    /// - Parameter expectedCount: how many entries may come; a map expected to grow long hashes from the start.
    init(expectedCount: Int) {
        if expectedCount > Self.listLimit { table = Dictionary(minimumCapacity: expectedCount) } else { list.reserveCapacity(expectedCount) }
    }

    subscript(key: Key) -> Value? {
        get {
            if let table { return table[key] }
            return list.first { $0.key == key }?.value
        }
        set {
            guard let newValue else { preconditionFailure("SmallMap keeps no removals") }
            if table != nil {
                table?[key] = newValue
            } else if let index = list.firstIndex(where: { $0.key == key }) {
                list[index].value = newValue
            } else {
                list.append((key, newValue))
            }
        }
    }
}
