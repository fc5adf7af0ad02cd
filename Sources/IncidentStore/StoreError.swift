/// Why a store could not be opened, read or written. Each case carries the database's own message.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The database file or server could not be opened.
    case cannotOpen(location: String, reason: String)
    /// The `--db` value is neither a path nor a `postgres://` URL the store understands.
    case invalidLocation(String)
    /// A `postgres://` URL with a parameter the store does not know or cannot honour (`sslmode`).
    case invalidParameter(url: String, reason: String)
    /// The database refused a statement.
    case database(location: String, reason: String)
    /// A stored row does not decode to an incident (a value out of range, an unknown sub-type).
    case corruptRow(location: String, reason: String)
    /// The schema was written by a newer incidentmap.
    case newerSchema(location: String, found: Int, known: Int)
    /// Another writer stored some of this batch's reports while it was being prepared.
    case concurrentIngest(location: String)

    public var description: String {
        switch self {
        case let .cannotOpen(location, reason): "\(location): cannot open the store: \(reason)"
        case let .invalidLocation(text): "--db '\(text)': expected a file path or a postgres://user@host:port/database URL"
        case let .invalidParameter(url, reason): "--db '\(url)': \(reason)"
        case let .database(location, reason): "\(location): \(reason)"
        case let .corruptRow(location, reason): "\(location): corrupt stored incident: \(reason)"
        case let .newerSchema(location, found, known):
            "\(location): schema version \(found) is newer than this incidentmap knows (\(known)); upgrade incidentmap"
        case let .concurrentIngest(location): "\(location): another ingest stored some of these reports meanwhile; run ingest again"
        }
    }
}

extension StoreError {
    /// A short reason for a decoding error: its debug description and the path to the bad field.
    static func describe(_ error: any Error) -> String {
        let context: DecodingError.Context? = switch error as? DecodingError {
        case let .dataCorrupted(context)?, let .keyNotFound(_, context)?, let .typeMismatch(_, context)?, let .valueNotFound(_, context)?: context
        default: nil
        }
        guard let context else { return String(describing: error) }
        let path = context.codingPath.map(\.stringValue).joined(separator: ".")
        return path.isEmpty ? context.debugDescription : "\(path): \(context.debugDescription)"
    }
}
