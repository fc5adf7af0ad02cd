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
    /// - Throws: `LayersError` naming `url` and saying why, or the error `body` throws.
    public static func write(to url: URL, _ body: (OutputBuffer) throws -> Void) throws {
        var status = stat()
        if stat(url.path, &status) == 0, status.st_mode & S_IFMT != S_IFREG, status.st_mode & S_IFMT != S_IFDIR {
            let handle = try open(url, flags: O_WRONLY, reportedAs: url.path)
            defer { try? handle.close() }
            let buffer = OutputBuffer(handle: handle, target: url.path)
            try body(buffer)
            try buffer.flush()
            return
        }
        let folder = url.deletingLastPathComponent()
        try makeFolder(folder)
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try write(to: temporary, reportedAs: url.path, body)
            try rename(temporary, to: url)
        } catch {
            unlink(temporary.path)
            throw error
        }
    }

    /// Writes a new file at `url` through `body`, synced to the disk before it returns.
    /// - Parameter name: how errors name the file (the final name when `url` is a temporary one).
    /// - Throws: `LayersError` naming the file, or the error `body` throws.
    static func write(to url: URL, reportedAs name: String, _ body: (OutputBuffer) throws -> Void,
                      opening: (URL) throws -> FileHandle = { try open($0, flags: O_WRONLY | O_CREAT | O_TRUNC, reportedAs: $0.path) }) throws {
        let handle: FileHandle
        do { handle = try opening(url) } catch let LayersError.cannotReplace(_, reason) {
            throw LayersError.cannotReplace(file: name, reason: reason)
        }
        defer { try? handle.close() }
        let buffer = OutputBuffer(handle: handle, target: name)
        try body(buffer)
        try buffer.flush()
        // A full disk can surface only when the data reaches it.
        if fsync(handle.fileDescriptor) != 0, errno != EINVAL, errno != EROFS {
            throw LayersError.cannotWrite(target: name, reason: LayersError.reason(errno: errno))
        }
    }

    /// Opens `url` with `open(2)`; errors name the file as `name`.
    static func open(_ url: URL, flags: Int32, reportedAs name: String) throws -> FileHandle {
        let fd = Foundation.open(url.path, flags | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw LayersError.cannotReplace(file: name, reason: LayersError.reason(errno: errno)) }
        return FileHandle(fileDescriptor: fd, closeOnDealloc: true)
    }

    /// `rename(2)`, which replaces the target in one step.
    /// - Throws: `LayersError.cannotReplace` naming `target`.
    static func rename(_ source: URL, to target: URL) throws {
        guard Foundation.rename(source.path, target.path) == 0 else {
            throw LayersError.cannotReplace(file: target.path, reason: LayersError.reason(errno: errno))
        }
    }

    /// Creates `folder` and its parents when missing.
    /// - Throws: `LayersError.cannotReplace` naming the folder.
    static func makeFolder(_ folder: URL) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue { return }
        do { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) } catch {
            let code = ((error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError)?.code
            let reason = code.map { LayersError.reason(errno: Int32($0)) } ?? "cannot create the folder"
            throw LayersError.cannotReplace(file: folder.path, reason: reason)
        }
    }
}
