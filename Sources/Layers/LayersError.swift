import Foundation

/// Why a layer could not be written. Each case names the file (or standard output) and says
/// why in plain words.
public enum LayersError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A write to the file failed, for example on a full disk.
    case cannotWrite(target: String, reason: String)
    /// The file could not be created or put in place, for example because a folder holds its name.
    case cannotReplace(file: String, reason: String)

    public var description: String {
        switch self {
        case let .cannotWrite(target, reason): "\(target): cannot write: \(reason)"
        case let .cannotReplace(file, reason): "\(file): cannot create: \(reason)"
        }
    }

    /// The C library's words for `code` (`strerror`), for example "No space left on device".
    static func reason(errno code: Int32) -> String {
        String(cString: strerror(code))
    }
}
