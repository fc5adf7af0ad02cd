/// Why reports could not be read. Each case names the file and the line or byte.
public enum ReportError: Error, Sendable, Equatable, CustomStringConvertible {
    case missingFile(String)
    case noReports(String)
    case invalidUTF8(file: String, byteOffset: Int)
    case malformedLine(file: String, line: Int, reason: String)
    case malformedFrontMatter(file: String, line: Int, reason: String)
    case unreadable(file: String, reason: String)
    case notText(file: String, byteOffset: Int)
    /// A stream longer than the reader holds (`ReportReader.standardInputLimit`).
    case tooLong(file: String, limit: Int)

    public var description: String {
        switch self {
        case let .missingFile(path): "\(path): no such file or directory"
        case let .noReports(path): "\(path): no reports found (expected *.txt or *.jsonl files)"
        case let .invalidUTF8(file, offset): "\(file): invalid UTF-8 at byte \(offset) (use --lenient to replace it)"
        case let .malformedLine(file, line, reason): "\(file):\(line): \(reason)"
        case let .malformedFrontMatter(file, line, reason): "\(file):\(line): front matter: \(reason)"
        case let .unreadable(file, reason): "\(file): \(reason)"
        case let .notText(file, offset): "\(file): a NUL byte at byte \(offset): not a text report"
        case let .tooLong(file, limit): "\(file): more than \(limit) bytes, the most read from a stream; save it to a file and read that"
        }
    }
}
