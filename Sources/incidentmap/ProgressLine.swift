import Foundation
import IncidentFiles

/// A progress line on a terminal's stderr for a read that takes more than two seconds: the
/// records read so far and their rate, rewritten in place.
final class ProgressLine: @unchecked Sendable {
    private let started = Date()
    private var shown = false
    private let lock = NSLock()

    /// A progress line when stderr is a terminal, else nil.
    static func forStandardError() -> ProgressLine? {
        isatty(STDERR_FILENO) == 1 ? ProgressLine() : nil
    }

    /// Shows how far the read has gone, once two seconds have passed.
    func report(_ progress: ReadProgress) {
        lock.lock(); defer { lock.unlock() }
        let seconds = Date().timeIntervalSince(started)
        guard seconds >= 2 else { return }
        let rate = Int(Double(progress.records) / seconds)
        let line = "\r\(progress.file): \(progress.records) records read, \(rate) records/s, \(progress.bytes >> 20) MB "
        FileHandle.standardError.write(Data(line.utf8))
        shown = true
    }

    deinit {
        if shown { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
