/// A failure inside GEOS or PROJ, carrying the library's own message.
public enum GeoEngineError: Error, Sendable, Equatable, CustomStringConvertible {
    /// GEOS reported an error; the message is the one its handler received.
    case geos(String)
    /// PROJ reported an error; the message comes from `proj_context_errno_string`.
    case proj(String)
    /// A polygon is not valid, with GEOS's reason (for example a self-intersection).
    case invalidPolygon(name: String, reason: String)
    /// A radius that is negative or not a number.
    case invalidRadius(Double)
    /// More regions than one `RegionGrid` holds.
    case tooManyRegions(Int)

    public var description: String {
        switch self {
        case let .geos(message): "GEOS: \(message)"
        case let .proj(message): "PROJ: \(message)"
        case let .invalidPolygon(name, reason): "invalid polygon '\(name)': \(reason) (use --make-valid to repair it)"
        case let .invalidRadius(metres): "the radius must be zero or more, not \(metres) m"
        case let .tooManyRegions(count): "\(count) regions are more than one index holds (\(RegionGrid.maximumRegions))"
        }
    }
}
