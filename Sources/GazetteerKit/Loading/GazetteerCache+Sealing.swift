import Foundation

/// How cache files are written and checked: every cache and snapshot is sealed with its
/// length and a checksum, written to a temporary file, synced and renamed into place under a
/// lock, so that neither a crash nor a concurrent run nor a bad disk block leaves a file that
/// loads wrong.
extension GazetteerCache {
    /// Magic, payload length and checksum.
    static let sealSize = 8 + 8 + 8

    /// `magic` (8 bytes), the payload's length and checksum, then the payload.
    static func seal(_ payload: [UInt8], magic: [UInt8]) -> [UInt8] {
        precondition(magic.count == 8)
        var out = BinaryWriter()
        out.bytes(magic)
        out.u64(UInt64(payload.count))
        out.u64(payload.withUnsafeBytes(checksum))
        out.data.reserveCapacity(sealSize + payload.count)
        out.data += payload
        return out.data
    }

    /// The payload of a sealed file, or nil when it starts with another magic (an older format,
    /// to be ignored and replaced).
    /// - Throws: `GazetteerError.unreadable` when the length or the checksum does not match:
    ///   a truncated or damaged file.
    static func unseal(_ bytes: UnsafeBufferPointer<UInt8>, magic: [UInt8], file: String) throws -> UnsafeBufferPointer<UInt8>? {
        guard bytes.count >= magic.count, bytes.prefix(magic.count).elementsEqual(magic) else { return nil }
        var header = BinaryReader(bytes: bytes, file: file)
        _ = try header.bytes(magic.count)
        let length = try header.u64(), sum = try header.u64()
        let payload = UnsafeBufferPointer(rebasing: bytes[sealSize...])
        guard length == UInt64(payload.count) else {
            throw GazetteerError.unreadable(file: file, reason: "corrupt cache: \(payload.count) bytes where the header says \(length)")
        }
        guard checksum(UnsafeRawBufferPointer(payload)) == sum else {
            throw GazetteerError.unreadable(file: file, reason: "corrupt cache: the checksum does not match")
        }
        return payload
    }

    /// A 64-bit checksum of `bytes`: four interleaved multiply-add lanes over 8-byte words, so
    /// that a 70 MB snapshot is checked in a few milliseconds.
    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let prime: UInt64 = 0x9E37_79B9_7F4A_7C15
        var lanes: (UInt64, UInt64, UInt64, UInt64) = (1, 2, 3, 4)
        let words = bytes.count / 8
        var i = 0
        while i + 4 <= words {
            lanes.0 = (lanes.0 ^ bytes.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self)) &* prime
            lanes.1 = (lanes.1 ^ bytes.loadUnaligned(fromByteOffset: i * 8 + 8, as: UInt64.self)) &* prime
            lanes.2 = (lanes.2 ^ bytes.loadUnaligned(fromByteOffset: i * 8 + 16, as: UInt64.self)) &* prime
            lanes.3 = (lanes.3 ^ bytes.loadUnaligned(fromByteOffset: i * 8 + 24, as: UInt64.self)) &* prime
            i += 4
        }
        var hash = lanes.0 &+ (lanes.1 << 1 | lanes.1 >> 63) &+ (lanes.2 << 2 | lanes.2 >> 62) &+ (lanes.3 << 3 | lanes.3 >> 61)
        for offset in (i * 8)..<bytes.count { hash = (hash ^ UInt64(bytes[offset])) &* prime }
        return (hash ^ UInt64(bytes.count)) &* prime
    }

    /// Writes `bytes` to `target` through a temporary file that is synced, then renamed into
    /// place, with the cache folder's lock held.
    /// - Throws: `GazetteerError.unreadable` naming `target` when any step fails; the
    ///   temporary file is removed and an existing `target` is left as it was.
    static func install(_ bytes: [UInt8], at target: URL) throws {
        let folder = target.deletingLastPathComponent()
        func failure(_ what: String, _ code: Int32) -> GazetteerError {
            .unreadable(file: target.path, reason: "cannot write the cache: \(what): \(String(cString: strerror(code)))")
        }
        do { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) } catch {
            throw GazetteerError.unreadable(file: target.path, reason: "cannot create the cache folder \(folder.path)")
        }
        try withLock(in: folder) {
            let temporary = target.path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
            let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw failure("open", errno) }
            var written = 0
            let code: Int32? = bytes.withUnsafeBytes { raw in
                while written < raw.count {
                    let n = Foundation.write(fd, raw.baseAddress! + written, raw.count - written)
                    if n < 0 { if errno == EINTR { continue }; return errno }
                    written += n
                }
                return fsync(fd) == 0 ? nil : errno
            }
            close(fd)
            if let code {
                unlink(temporary)
                throw failure("write", code)
            }
            guard rename(temporary, target.path) == 0 else {
                let code = errno
                unlink(temporary)
                throw failure("rename", code)
            }
        }
    }

    /// Runs `body` holding an exclusive `flock(2)` on `folder/.lock`, so that two runs never
    /// write the same cache at once.
    static func withLock<T>(in folder: URL, _ body: () throws -> T) throws -> T {
        let fd = open(folder.appendingPathComponent(".lock").path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return try body() }  // a read-only folder: writing will fail and say so
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0, errno == EINTR {}
        defer { flock(fd, LOCK_UN) }
        return try body()
    }
}
