import GeoModel

extension Sequence where Element == Incident {
    /// Calls `body` with each incident in order. An array's incidents are read in place, where
    /// iterating would copy each one out (a reference count per text field); other sequences
    /// yield them one by one.
    func forEachIncident(_ body: (Incident) throws -> Void) rethrows {
        let done: Void? = try withContiguousStorageIfAvailable { buffer in
            for i in buffer.indices { try body(buffer[i]) }
        }
        if done == nil {
            for incident in self { try body(incident) }
        }
    }
}
