import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import GeoModel

/// Reads polygon regions from KML 2.2: every Placemark's Polygon, or the Polygons of its
/// MultiGeometry, holes (`innerBoundaryIs`) included.
///
/// The region's name is the Placemark's `name`; its code comes from an `ExtendedData` `Data` or
/// `SimpleData` field named like a GeoJSON code property (`admin1_code`, `gn_a1_code`, `iso_3166_2`).
enum KMLRegionReader {
    /// The bytes are checked to be UTF-8 first: Foundation's `XMLParser` traps on an element
    /// or attribute name that is not.
    /// - Parameter closingRings: close a ring whose last position is not its first instead of failing.
    /// - Throws: `AnalysisError.invalidUTF8` naming the byte, `AnalysisError.notKML` naming the
    ///   file and line of a parse error, a bad coordinate or an encoding other than UTF-8,
    ///   `AnalysisError.invalidArea` for an open ring, `AnalysisError.noPolygons` when no
    ///   Placemark holds a polygon.
    static func regions(fromKML data: Data, file: String, closingRings: Bool = false) throws -> [Region] {
        if let offset = UTF8Validation.firstInvalidOffset([UInt8](data)) {
            throw AnalysisError.invalidUTF8(file: file, byteOffset: offset)
        }
        if let encoding = declaredEncoding(data), !["utf-8", "utf8", "us-ascii", "ascii"].contains(encoding.lowercased()) {
            throw AnalysisError.notKML(file: file, line: 1, reason: "encoding '\(encoding)' is not supported (KML is UTF-8)")
        }
        let parser = XMLParser(data: data)
        let collector = PlacemarkCollector(file: file, closingRings: closingRings)
        parser.delegate = collector
        guard parser.parse() else {
            if let error = collector.error { throw error }
            throw AnalysisError.notKML(file: file, line: parser.lineNumber,
                                       reason: parser.parserError.map { "\($0.localizedDescription)" } ?? "not well-formed XML")
        }
        if let error = collector.error { throw error }
        guard collector.sawRoot else { throw AnalysisError.notKML(file: file, line: 1, reason: "no <kml> element") }
        guard !collector.regions.isEmpty else { throw AnalysisError.noPolygons(file: file) }
        return collector.regions
    }

    /// The `encoding` of an XML declaration at the start of `data`, if there is one.
    private static func declaredEncoding(_ data: Data) -> String? {
        let head = String(decoding: data.prefix(200), as: UTF8.self)
        guard head.hasPrefix("<?xml") || head.hasPrefix("\u{FEFF}<?xml"), let end = head.range(of: "?>") else { return nil }
        let declaration = head[..<end.lowerBound]
        guard let key = declaration.range(of: "encoding") else { return nil }
        let rest = declaration[key.upperBound...].drop { $0 == " " || $0 == "=" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        return String(rest.dropFirst().prefix { $0 != quote })
    }
}

/// The XMLParser delegate: collects the text of the elements that matter, one Placemark at a time.
private final class PlacemarkCollector: NSObject, XMLParserDelegate {
    let file: String
    let closingRings: Bool
    var regions: [Region] = []
    var error: AnalysisError?
    var sawRoot = false

    private var path: [String] = []
    private var text = ""
    private var placemarkName: String?
    private var fields: [String: String] = [:]
    private var dataName: String?
    private var polygons: [Polygon] = []
    private var exterior: [Coordinate]?
    private var holes: [[Coordinate]] = []
    private var placemarkCount = 0

    init(file: String, closingRings: Bool) {
        self.file = file
        self.closingRings = closingRings
    }

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        let name = Self.localName(element)
        path.append(name)
        text = ""
        switch name {
        case "kml": sawRoot = true
        case "Placemark":
            placemarkCount += 1
            placemarkName = nil; fields = [:]; polygons = []
        case "Polygon": exterior = nil; holes = []
        case "Data", "SimpleData": dataName = attributes["name"]
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        let name = Self.localName(element)
        defer { path.removeLast(); text = "" }
        let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
        switch name {
        case "name" where path.dropLast().last == "Placemark": placemarkName = value
        case "value" where path.dropLast().last == "Data": if let dataName { fields[dataName] = value }
        case "SimpleData": if let dataName { fields[dataName] = value }
        case "coordinates" where path.contains("Polygon"):
            do {
                let ring = try Self.ring(value)
                if !closingRings, ring.count >= 2, ring.first != ring.last {
                    if error == nil {
                        error = .invalidArea(file: file, name: placemarkName ?? "placemark \(placemarkCount)", reason: RegionReader.openRingReason)
                    }
                    return parser.abortParsing()
                }
                if path.contains("outerBoundaryIs") { exterior = ring } else if path.contains("innerBoundaryIs") { holes.append(ring) }
            } catch {
                fail(parser, "\(error)")
            }
        case "Polygon":
            guard let exterior else { return fail(parser, "a Polygon without an outerBoundaryIs ring") }
            do { polygons.append(try Polygon(exterior: exterior, holes: holes)) } catch { fail(parser, "\(error)") }
        case "Placemark":
            guard !polygons.isEmpty else { return }
            let code = RegionReader.codeKeys.lazy.compactMap { self.fields[$0] }.first
            let geometry: Geometry = polygons.count == 1 ? .polygon(polygons[0]) : .multiPolygon(polygons)
            regions.append(Region(name: placemarkName ?? "placemark \(placemarkCount)", code: code,
                                  country: fields["country"] ?? code.map { String($0.prefix(2)) }, geometry: geometry))
        default: break
        }
    }

    private func fail(_ parser: XMLParser, _ reason: String) {
        if error == nil { error = .notKML(file: file, line: parser.lineNumber, reason: reason) }
        parser.abortParsing()
    }

    /// `lon,lat[,alt]` tuples separated by white space.
    private static func ring(_ text: String) throws -> [Coordinate] {
        try text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).map { tuple in
            let parts = tuple.split(separator: ",")
            guard parts.count >= 2, let lon = Double(parts[0]), let lat = Double(parts[1]) else {
                throw PositionError(text: String(tuple))
            }
            return try Coordinate(latitude: lat, longitude: lon)
        }
    }

    /// A `coordinates` tuple that is not `lon,lat[,alt]`.
    struct PositionError: Error, CustomStringConvertible {
        let text: String
        var description: String { "not a lon,lat position: '\(text)'" }
    }

    private static func localName(_ element: String) -> String {
        element.split(separator: ":").last.map(String.init) ?? element
    }
}
