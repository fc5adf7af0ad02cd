import Foundation
import ZIPFoundation

/// Streams the lines of a file, plain or zipped, in bounded memory.
///
/// Bytes arrive in chunks (1 MiB from a plain file, whatever ZIPFoundation hands out from an
/// archive); only the partial last line of a chunk is carried over. Each line is passed as a
/// byte buffer without its line break, with its 1-based number.
struct LineStream {
    /// The file as the user named it, for messages.
    let url: URL
    /// For an archive: the member to read. Nil picks the first `.txt` member that is not a readme.
    var member: String?

    static let chunkSize = 1 << 20

    /// True when the file is a zip archive (by name).
    var isZip: Bool { url.pathExtension.lowercased() == "zip" }

    init(url: URL, member: String? = nil) {
        self.url = url
        self.member = member
    }

    /// Calls `body` for every line with the name to use in messages: the file, and for an
    /// archive the member too, as `cities500.zip:cities500.txt`.
    /// - Throws: `GazetteerError.unreadable` when the file cannot be opened or an archive is
    ///   broken (naming the line reached), and whatever `body` throws.
    func forEachLine(_ body: (String, Int, UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        var splitter = LineSplitter()
        var displayName = url.path
        if isZip {
            let archive: Archive
            do { archive = try Archive(url: url, accessMode: .read) } catch {
                throw GazetteerError.unreadable(file: url.path, reason: "not a readable zip archive (\(error))")
            }
            let wanted = member
            guard let entry = archive.first(where: { entry in
                let name = (entry.path as NSString).lastPathComponent
                if let wanted { return name == wanted }
                return entry.type == .file && name.lowercased().hasSuffix(".txt") && !name.lowercased().hasPrefix("readme")
            }) else {
                throw GazetteerError.unreadable(file: url.path, reason: "the archive holds no .txt file")
            }
            displayName = "\(url.path):\((entry.path as NSString).lastPathComponent)"
            var failure: Error?
            do {
                _ = try archive.extract(entry, bufferSize: Self.chunkSize) { chunk in
                    do { try splitter.feed(chunk) { try body(displayName, $0, $1) } } catch { failure = error; throw error }
                }
            } catch {
                if let failure { throw failure }
                throw GazetteerError.unreadable(file: displayName, reason: "broken archive after line \(splitter.lineNumber) (\(error))")
            }
        } else {
            let handle: FileHandle
            do { handle = try FileHandle(forReadingFrom: url) } catch {
                throw GazetteerError.unreadable(file: url.path, reason: "cannot open: \(error.localizedDescription)")
            }
            defer { try? handle.close() }
            while true {
                let chunk: Data?
                do { chunk = try handle.read(upToCount: Self.chunkSize) } catch {
                    throw GazetteerError.unreadable(file: url.path, reason: "read failed after line \(splitter.lineNumber): \(error.localizedDescription)")
                }
                guard let chunk, !chunk.isEmpty else { break }
                try splitter.feed(chunk) { try body(displayName, $0, $1) }
            }
        }
        try splitter.finish { try body(displayName, $0, $1) }
    }
}

/// Cuts a byte stream into lines, carrying a partial line across chunks.
struct LineSplitter {
    private var carry: [UInt8] = []
    private(set) var lineNumber = 0

    mutating func feed(_ chunk: Data, _ body: (Int, UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        try chunk.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var start = 0
            while let newline = bytes[start...].firstIndex(of: 0x0A) {
                if carry.isEmpty {
                    try emit(UnsafeBufferPointer(rebasing: bytes[start..<newline]), body)
                } else {
                    carry.append(contentsOf: bytes[start..<newline])
                    let line = carry
                    carry.removeAll(keepingCapacity: true)
                    try line.withUnsafeBufferPointer { try emit($0, body) }
                }
                start = newline + 1
            }
            carry.append(contentsOf: bytes[start...])
        }
    }

    mutating func finish(_ body: (Int, UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        guard !carry.isEmpty else { return }
        let line = carry
        carry = []
        try line.withUnsafeBufferPointer { try emit($0, body) }
    }

    private mutating func emit(_ line: UnsafeBufferPointer<UInt8>, _ body: (Int, UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        lineNumber += 1
        var count = line.count
        if count > 0, line[count - 1] == 0x0D { count -= 1 }
        try body(lineNumber, UnsafeBufferPointer(rebasing: line[0..<count]))
    }
}
