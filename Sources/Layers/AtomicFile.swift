import Foundation

/// Writes a file under a temporary name in the same folder, then renames it into place, so
/// that no reader ever sees half a file.
public enum AtomicFile {
    /// Calls `body` with a handle to a temporary file, then moves the file to `url`.
    /// On any error the temporary file is removed and `url` is left as it was.
    public static func write(to url: URL, _ body: (OutputBuffer) throws -> Void) throws {
        let folder = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        FileManager.default.createFile(atPath: temporary.path, contents: nil)
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
            if FileManager.default.fileExists(atPath: url.path) {
                _ = try FileManager.default.replaceItemAt(url, withItemAt: temporary)
            } else {
                try FileManager.default.moveItem(at: temporary, to: url)
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }
}
