/// Why a query, a count or a boundaries file could not be used.
public enum AnalysisError: Error, Sendable, Equatable, CustomStringConvertible {
    case notGeoJSON(file: String, reason: String)
    case notKML(file: String, line: Int, reason: String)
    case emptyFeatureCollection(file: String)
    case noPolygons(file: String)
    case malformedIncident(file: String, line: Int, reason: String)
    case unknownProvince(String)
    case invalidFilter(String)
    case unknownCountKey(String)
    case malformedCSV(file: String, line: Int, reason: String)
    case invalidArea(file: String, name: String, reason: String)
    case invalidUTF8(file: String, byteOffset: Int)

    public var description: String {
        switch self {
        case let .notGeoJSON(file, reason): "\(file): not GeoJSON: \(reason)"
        case let .notKML(file, line, reason): "\(file):\(line): not KML: \(reason)"
        case let .emptyFeatureCollection(file): "\(file): the FeatureCollection has no features"
        case let .noPolygons(file): "\(file): no Polygon or MultiPolygon features"
        case let .malformedIncident(file, line, reason): "\(file):\(line): \(reason)"
        case let .unknownProvince(name): "unknown province '\(name)' (give a province name or code such as SY.11, or a GeoJSON or KML file)"
        case let .invalidFilter(reason): reason
        case let .malformedCSV(file, line, reason): "\(file):\(line): \(reason)"
        case let .invalidArea(file, name, reason): "\(file): invalid polygon '\(name)': \(reason) (use --make-valid to repair it)"
        case let .invalidUTF8(file, offset): "\(file): invalid UTF-8 at byte \(offset)"
        case let .unknownCountKey(key): "unknown count key '\(key)' (use province, district, country, actor, type, subtype, day, week or month)"
        }
    }
}
