/// Why an incident file or a region file could not be read: each case names the file, and
/// the line or byte where there is one.
public enum IncidentFileError: Error, Sendable, Equatable, CustomStringConvertible {
    case notGeoJSON(file: String, reason: String)
    case notKML(file: String, line: Int, reason: String)
    case emptyFeatureCollection(file: String)
    case noPolygons(file: String)
    case malformedIncident(file: String, line: Int, reason: String)
    case malformedCSV(file: String, line: Int, reason: String)
    /// A ring left open in a region file (the reader's own check; GEOS's come later).
    case invalidArea(file: String, name: String, reason: String)
    case invalidUTF8(file: String, byteOffset: Int)

    public var description: String {
        switch self {
        case let .notGeoJSON(file, reason): "\(file): not GeoJSON: \(reason)"
        case let .notKML(file, line, reason): "\(file):\(line): not KML: \(reason)"
        case let .emptyFeatureCollection(file): "\(file): the FeatureCollection has no features"
        case let .noPolygons(file): "\(file): no Polygon or MultiPolygon features"
        case let .malformedIncident(file, line, reason): "\(file):\(line): \(reason)"
        case let .malformedCSV(file, line, reason): "\(file):\(line): \(reason)"
        case let .invalidArea(file, name, reason): "\(file): invalid polygon '\(name)': \(reason) (use --make-valid to repair it)"
        case let .invalidUTF8(file, offset): "\(file): invalid UTF-8 at byte \(offset)"
        }
    }
}
