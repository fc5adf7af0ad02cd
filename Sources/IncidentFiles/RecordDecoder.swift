import GeoModel

/// What decoding one record at a position gave.
enum RecordStep {
    /// A record ending at `next` after `lines` line breaks; nil for a blank line.
    case record(next: Int, lines: Int, Incident?)
    /// The bytes end inside the record.
    case incomplete
    /// A bad record; the next one begins at `next` after `lines` line breaks.
    case failure(next: Int, lines: Int, reason: String)
}

/// Decodes the records of one file format from bytes, one at a time. Each task has its own.
protocol RecordDecoder {
    /// The record starting at `start`.
    /// - Parameter isLast: the bytes end the file.
    mutating func decode(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, isLast: Bool) -> RecordStep
}

/// The incidents of a run of records, and where it stopped.
struct Segment {
    var incidents: [Incident] = []
    /// Where the first record not decoded begins.
    var end: Int
    /// Line breaks before `end`.
    var lines = 0
    /// Bad records, by line within the segment (0 is its first line), in order.
    var failures: [(line: Int, reason: String)] = []
    /// The segment stopped at a bad record (without `lenient`).
    var stoppedAtFailure: Bool { !failures.isEmpty && !lenient }
    var lenient: Bool

    init(end: Int, lenient: Bool) {
        self.end = end
        self.lenient = lenient
    }

    /// Decodes records from `start` until one begins at or past `stop`, the bytes run out, or
    /// (without `lenient`) a record is bad.
    /// - Complexity: O(bytes decoded).
    init<D: RecordDecoder>(decoding bytes: UnsafeBufferPointer<UInt8>, from start: Int, stop: Int, isLast: Bool,
                           lenient: Bool, with decoder: inout D) {
        self.end = start
        self.lenient = lenient
        // About one record per 200 bytes in ACLED's exports and ours: one allocation, not a dozen.
        incidents.reserveCapacity(max(16, (stop - start) / 200))
        while end < stop {
            switch decoder.decode(bytes, at: end, isLast: isLast) {
            case let .record(next, lines, incident):
                if let incident { incidents.append(incident) }
                end = next
                self.lines += lines
            case .incomplete:
                return
            case let .failure(next, lines, reason):
                failures.append((self.lines, reason))
                if !lenient { return }
                end = next
                self.lines += lines
            }
        }
    }
}
