#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file read in blocks into one buffer that it owns: the records of each block are decoded
/// in place, and the start of a record cut by the block's end moves to the front for the next.
/// Memory stays at `blockSize + maxRecordBytes + padding` whatever the file's size.
///
/// Not thread safe: one reader fills it; tasks may read the filled bytes at once.
final class BlockBuffer {
    let path: String
    let blockSize: Int
    /// The longest record kept whole; a longer one is refused without being read to its end.
    let maxRecordBytes: Int
    /// Readable bytes after the filled ones (simdjson reads up to 64 past a document's end).
    let padding: Int
    private let descriptor: Int32
    private let storage: UnsafeMutableBufferPointer<UInt8>
    /// Bytes of the file in the buffer, from its start.
    private(set) var filled = 0
    /// The file has been read to its end.
    private(set) var atEnd = false
    /// Bytes of the file before the buffer's first byte.
    private(set) var consumedBytes = 0

    /// - Throws: `IncidentFileError.malformedIncident` (line 0) when the file cannot be opened.
    init(path: String, blockSize: Int, maxRecordBytes: Int, padding: Int) throws {
        self.path = path
        self.blockSize = blockSize
        self.maxRecordBytes = maxRecordBytes
        self.padding = padding
        descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw IncidentFileError.malformedIncident(file: path, line: 0, reason: "cannot read the file") }
        // Left uninitialised (plain bytes): pages are touched only as the file fills them, so a
        // file of short records never costs the room kept for a long one.
        storage = .allocate(capacity: blockSize + maxRecordBytes + padding)
    }

    deinit {
        close(descriptor)
        storage.deallocate()
    }

    /// The filled bytes.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: storage[0..<filled]) }

    /// The filled bytes and the padding after them, for simdjson.
    var capacity: Int { storage.count }

    /// Reads up to another block after the filled bytes (fewer at the end of the file).
    /// - Throws: `IncidentFileError.malformedIncident` naming `line` when a read fails.
    func fill(line: Int) throws {
        let target = min(filled + blockSize, storage.count - padding)
        while filled < target, !atEnd {
            let count = read(descriptor, storage.baseAddress! + filled, target - filled)
            if count < 0 {
                if errno == EINTR { continue }
                throw IncidentFileError.malformedIncident(file: path, line: line, reason: "cannot read the file: \(String(cString: strerror(errno)))")
            }
            if count == 0 { atEnd = true } else { filled += count }
        }
        // simdjson may read the padding: zeros, never a stale record.
        (storage.baseAddress! + filled).initialize(repeating: 0, count: padding)
    }

    /// Drops the bytes before `offset`; the rest moves to the front.
    func consume(upTo offset: Int) {
        let rest = filled - offset
        if rest > 0, offset > 0 { memmove(storage.baseAddress!, storage.baseAddress! + offset, rest) }
        filled = rest
        consumedBytes += offset
    }
}
