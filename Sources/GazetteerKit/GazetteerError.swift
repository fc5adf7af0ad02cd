/// Why a gazetteer file could not be read. Each case names the file and, where there is
/// one, the line.
public enum GazetteerError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadable(file: String, reason: String)
    case malformedRow(file: String, line: Int, reason: String)
    case missingBuiltinData(String)

    public var description: String {
        switch self {
        case let .unreadable(file, reason): "\(file): \(reason)"
        case let .malformedRow(file, line, reason): "\(file):\(line): \(reason)"
        case let .missingBuiltinData(name): "built-in gazetteer file \(name) is missing from the installation"
        }
    }
}
