import Foundation

/// Writes a file under a temporary name in the same folder, then renames it into place, so
/// that no reader ever sees half a file.
public enum AtomicFile {
    /// Calls `body` with a buffer in front of a temporary file, then renames the file to `url`.
    /// On any error the temporary file is removed and `url` is left as it was.
    ///
    /// When `url` names something that is not a regular file (a FIFO, `/dev/stdout`), there is
    /// nothing to replace atomically: the output goes straight into it, and it is never
    /// replaced by a regular file.
    /// - Throws: the file system's error, or the one `body` throws.
    public static func write(to url: URL, _ body: (OutputBuffer) throws -> Void) throws {
        if let type = try? FileManager.default.attributesOfItem(atPath: url.path)[.type] as? FileAttributeType,
           type != .typeRegular, type != .typeSymbolicLink {
            let handle = try FileHandle(forWritingTo: url)
            defer { try? handle.close() }
            let buffer = OutputBuffer(handle: handle)
            try body(buffer)
            try buffer.flush()
            return
        }
        let folder = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: temporary.path])
        }
        do {
            let handle = try FileHandle(forWritingTo: temporary)
            let buffer = OutputBuffer(handle: handle)
            do {
                try body(buffer)
                try buffer.flush()
                try handle.close()
            } catch {
                try? handle.close()
                throw error
            }
            // rename(2) replaces the target in one step.
            guard rename(temporary.path, url.path) == 0 else {
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }
}
