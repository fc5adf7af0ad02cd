import Dispatch
import GeoModel

/// What reading an incident file came to.
public struct ReadSummary: Sendable, Equatable {
    /// Incidents handed on.
    public var incidents = 0
    /// Bad records skipped (with `lenient`).
    public var skipped = 0
    /// The first bad record skipped, as the error it would have been.
    public var firstSkipped: IncidentFileError?

    public init() {}

    public mutating func add(_ other: ReadSummary) {
        incidents += other.incidents
        skipped += other.skipped
        if firstSkipped == nil { firstSkipped = other.firstSkipped }
    }
}

/// How far a read has gone, for a progress line.
public struct ReadProgress: Sendable {
    public var file: String
    public var records: Int
    public var bytes: Int
}

/// How to read records: the limits, what to do with a bad one, and whom to tell of progress.
public struct ReadOptions: Sendable {
    /// Skip a bad record and count it, instead of failing.
    public var lenient = false
    /// Decode blocks on this many tasks at once.
    public var tasks = 2
    /// Bytes read at a time.
    public var blockSize = 8 << 20
    /// The longest record (line) accepted; a longer one is an error found without reading it whole.
    public var maxRecordBytes = 32 << 20
    /// The fields the caller uses.
    public var fields = ReadFields.all
    /// Called after each block.
    public var progress: (@Sendable (ReadProgress) -> Void)?

    public init() {}
}

/// Decodes the records of a `BlockBuffer` block by block, each block split between the tasks,
/// and hands the incidents on in file order.
enum RecordStream {
    /// - Parameters:
    ///   - decoders: one per task.
    ///   - firstLine: the file's line of the buffer's first byte.
    ///   - failure: the error for a bad record at a line.
    ///   - prepare: called with the incidents of each part of a block before `body`, while
    ///     they are this function's alone (changing them copies nothing).
    ///   - body: called with the incidents of each part of a block, in file order.
    /// - Throws: the first bad record's error (without `options.lenient`), an over-long record's,
    ///   an unterminated last record's, or `prepare`'s or `body`'s.
    static func run<D: RecordDecoder>(_ buffer: BlockBuffer, decoders: inout [D], firstLine: Int, options: ReadOptions,
                                      failure: (Int, String) -> IncidentFileError,
                                      prepare: (inout [Incident]) throws -> Void = { _ in },
                                      body: ([Incident]) throws -> Void) throws -> ReadSummary {
        var summary = ReadSummary()
        var line = firstLine
        while true {
            let bytes = buffer.bytes
            let isLast = buffer.atEnd
            var segments = decodeBlock(bytes, isLast: isLast, lenient: options.lenient, decoders: &decoders)
            for k in segments.indices {
                for bad in segments[k].failures {
                    let error = failure(line + bad.line, bad.reason)
                    guard options.lenient else { throw error }
                    summary.skipped += 1
                    if summary.firstSkipped == nil { summary.firstSkipped = error }
                }
                // Taken out of the segment, so that `prepare` changes the only copy.
                var incidents: [Incident] = []
                swap(&incidents, &segments[k].incidents)
                if !incidents.isEmpty {
                    try prepare(&incidents)
                    try body(incidents)
                }
                summary.incidents += incidents.count
                line += segments[k].lines
            }
            let end = segments.last?.end ?? 0
            if isLast {
                if end < bytes.count { throw failure(line, "the last record is cut off (an unterminated quote, or a line cut in half)") }
                return summary
            }
            buffer.consume(upTo: end)
            if buffer.filled > buffer.maxRecordBytes {
                throw failure(line, "a record longer than \(buffer.maxRecordBytes >> 20) MB (is this an incident file?)")
            }
            try buffer.fill(line: line)
            options.progress?(ReadProgress(file: buffer.path, records: summary.incidents + summary.skipped, bytes: buffer.consumedBytes))
        }
    }

    /// The segments of one block. With two tasks or more, the block is cut at the first line
    /// break after its middle and the halves decoded at once; the first half must end exactly
    /// there (it may not, when a quoted CSV field holds the line break), or it goes on alone.
    static func decodeBlock<D: RecordDecoder>(_ bytes: UnsafeBufferPointer<UInt8>, isLast: Bool, lenient: Bool,
                                             decoders: inout [D]) -> [Segment] {
        let count = bytes.count
        var cut = count
        if decoders.count >= 2, count >= 1 << 16 {
            var i = count / 2
            while i < count, bytes[i] != UInt8(ascii: "\n") { i += 1 }
            cut = min(count, i + 1)
        }
        guard cut < count else {
            return [Segment(decoding: bytes, from: 0, stop: count, isLast: isLast, lenient: lenient, with: &decoders[0])]
        }
        let work = SegmentWork(decoders: decoders)
        let middle = cut
        let base = UInt(bitPattern: bytes.baseAddress)
        DispatchQueue.concurrentPerform(iterations: 2) { task in
            let bytes = UnsafeBufferPointer(start: UnsafePointer<UInt8>(bitPattern: base), count: count)
            let (start, stop) = task == 0 ? (0, middle) : (middle, count)
            work.segments[task] = Segment(decoding: bytes, from: start, stop: stop, isLast: task == 0 ? false : isLast,
                                          lenient: lenient, with: &work.decoders[task])
        }
        decoders.replaceSubrange(0..<2, with: work.decoders)
        var first = work.segments[0]
        if first.end == cut, !first.stoppedAtFailure { return [first, work.segments[1]] }
        if first.stoppedAtFailure { return [first] }
        // The cut fell inside a record: the first task's decoder finishes the block.
        let rest = Segment(decoding: bytes, from: first.end, stop: count, isLast: isLast, lenient: lenient, with: &decoders[0])
        first.end = rest.end
        return [first, rest]
    }
}

/// The decoders and results of the two tasks of one block, each task touching its own slots
/// only: plain memory, since a Swift array's elements may not be written from two threads.
private final class SegmentWork<D: RecordDecoder>: @unchecked Sendable {
    let decoders: UnsafeMutableBufferPointer<D>
    let segments: UnsafeMutableBufferPointer<Segment>

    init(decoders source: [D]) {
        decoders = .allocate(capacity: 2)
        _ = decoders.initialize(from: source.prefix(2))
        segments = .allocate(capacity: 2)
        _ = segments.initialize(from: [Segment(end: 0, lenient: false), Segment(end: 0, lenient: false)])
    }

    deinit {
        decoders.deinitialize().deallocate()
        segments.deinitialize().deallocate()
    }
}
