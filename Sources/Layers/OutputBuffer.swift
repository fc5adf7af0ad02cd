import Foundation

/// A fixed block of bytes in front of a file handle or stdout, flushed whenever it fills.
///
/// The writers append UTF-8 bytes to it directly, so memory stays at one block however many
/// features they stream. A write error met while flushing mid-stream is kept and thrown by the
/// next `flush()`, which every writer's caller makes at the end, so a full disk is never silent.
///
/// Not thread safe: one writer at a time.
public final class OutputBuffer {
    private let handle: FileHandle?
    private var collected: [UInt8] = []
    private let capacity: Int
    private let storage: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var pendingError: LayersError?
    /// What the bytes go to, as error messages name it: a file's path or "standard output".
    public let target: String
    /// The escapers' scanners, copied here so that reading them needs no global's lazy check.
    let scans = EscapeScans.shared

    /// Makes a buffer of `capacity` bytes in front of `handle`; `target` names it in errors.
    public init(handle: FileHandle, target: String = "output", capacity: Int = 1 << 20) {
        self.handle = handle
        self.target = target
        self.capacity = max(capacity, 4096)
        storage = .allocate(capacity: self.capacity)
    }

    deinit { storage.deallocate() }

    /// A buffer that collects everything in memory, for small texts and tests.
    public init(capacity: Int = 1 << 16) {
        handle = nil
        target = "memory"
        self.capacity = max(capacity, 4096)
        storage = .allocate(capacity: self.capacity)
    }

    /// Everything written so far, for a buffer made with `init(capacity:)`.
    public func bytes() -> [UInt8] {
        flushKeepingError()
        return collected
    }

    /// Forgets everything written so far, for a buffer made with `init(capacity:)`.
    func reset() {
        count = 0
        collected.removeAll(keepingCapacity: true)
    }

    /// Calls `body` with everything written so far, for a buffer made with `init(capacity:)`,
    /// without copying it when it still fits in the block.
    func withWrittenBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if collected.isEmpty { return body(UnsafeBufferPointer(start: storage, count: count)) }
        flushKeepingError()
        return collected.withUnsafeBufferPointer(body)
    }

    /// Everything written so far as text, for a buffer made with `init(capacity:)`.
    public func text() -> String { String(decoding: bytes(), as: UTF8.self) }

    /// A buffer in front of standard output.
    public static func standardOutput() -> OutputBuffer { OutputBuffer(handle: .standardOutput, target: "standard output") }

    /// Appends the UTF-8 bytes of `text`.
    public func write(_ text: String) {
        withBytes(of: text) { out, bytes in out.write(bytes) }
    }

    /// Appends raw bytes.
    public func write(_ data: [UInt8]) {
        data.withUnsafeBufferPointer { write($0) }
    }

    /// Appends raw bytes.
    func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        let n = bytes.count
        guard n > 0 else { return }
        guard count + n <= capacity else { return writeAfterFlushing(bytes) }
        (storage + count).update(from: bytes.baseAddress!, count: n)
        count += n
    }

    /// The rare path of `write(_:)`, kept out of line so that the writers' inlined fast path
    /// carries none of the error handling of a flush.
    @inline(never)
    private func writeAfterFlushing(_ bytes: UnsafeBufferPointer<UInt8>) {
        flushKeepingError()
        if bytes.count > capacity {
            writeThrough(UnsafeRawBufferPointer(bytes))
        } else {
            (storage + count).update(from: bytes.baseAddress!, count: bytes.count)
            count += bytes.count
        }
    }

    /// Appends one byte.
    func write(byte: UInt8) {
        if count == capacity { flushKeepingError() }
        storage[count] = byte
        count += 1
    }

    /// Makes room for `n` more bytes (at most the capacity) and returns where they go; the
    /// caller then reports how many it wrote with `commit(_:)`.
    func reserve(_ n: Int) -> UnsafeMutablePointer<UInt8> {
        if count + n > capacity { flushKeepingError() }
        return storage + count
    }

    /// Accepts `n` bytes written after `reserve(_:)`.
    func commit(_ n: Int) { count += n }

    /// Hands everything buffered to the file.
    /// - Throws: `LayersError.cannotWrite` naming the target, for the first write error met
    ///   since the last flush.
    public func flush() throws {
        flushKeepingError()
        if let error = pendingError {
            pendingError = nil
            throw error
        }
    }

    @inline(never)
    private func flushKeepingError() {
        guard count > 0 else { return }
        writeThrough(UnsafeRawBufferPointer(start: storage, count: count))
        count = 0
    }

    @inline(never)
    private func writeThrough(_ bytes: UnsafeRawBufferPointer) {
        guard let handle else {
            collected.append(contentsOf: bytes)
            return
        }
        guard pendingError == nil, var next = bytes.baseAddress else { return }
        var left = bytes.count
        while left > 0 {
            let written = Foundation.write(handle.fileDescriptor, next, left)
            if written < 0 {
                if errno == EINTR { continue }
                pendingError = .cannotWrite(target: target, reason: LayersError.reason(errno: errno))
                return
            }
            next += written
            left -= written
        }
    }
}
