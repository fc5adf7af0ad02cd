/// Why a query, a count or a boundaries file could not be used.
public enum AnalysisError: Error, Sendable, Equatable, CustomStringConvertible {
    case notGeoJSON(file: String, reason: String)
    case emptyFeatureCollection(file: String)
    case noPolygons(file: String)
    case malformedIncident(file: String, line: Int, reason: String)
    case unknownProvince(String)
    case invalidFilter(String)
    case unknownCountKey(String)

    public var description: String {
        switch self {
        case let .notGeoJSON(file, reason): "\(file): not GeoJSON: \(reason)"
        case let .emptyFeatureCollection(file): "\(file): the FeatureCollection has no features"
        case let .noPolygons(file): "\(file): no Polygon or MultiPolygon features"
        case let .malformedIncident(file, line, reason): "\(file):\(line): \(reason)"
        case let .unknownProvince(name): "unknown province '\(name)'"
        case let .invalidFilter(reason): reason
        case let .unknownCountKey(key): "unknown count key '\(key)' (use province, country, actor, type, subtype, day, week or month)"
        }
    }
}
