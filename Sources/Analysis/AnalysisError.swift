/// Why a query, a count or an area could not be used.
public enum AnalysisError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownProvince(String)
    case invalidFilter(String)
    case unknownCountKey(String)
    case invalidArea(file: String, name: String, reason: String)

    public var description: String {
        switch self {
        case let .unknownProvince(name): "unknown province '\(name)' (give a province name or code such as SY.11, or a GeoJSON or KML file)"
        case let .invalidFilter(reason): reason
        case let .invalidArea(file, name, reason): "\(file): invalid polygon '\(name)': \(reason) (use --make-valid to repair it)"
        case let .unknownCountKey(key): "unknown count key '\(key)' (use province, district, country, actor, type, subtype, day, week or month)"
        }
    }
}
