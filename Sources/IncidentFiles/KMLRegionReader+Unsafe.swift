import CLibXML2
import Foundation
import GeoModel

/// Reads polygon regions from KML 2.2: every Placemark's Polygon, or the Polygons of its
/// MultiGeometry, holes (`innerBoundaryIs`) included.
///
/// The region's name is the Placemark's `name`; its code comes from an `ExtendedData` `Data` or
/// `SimpleData` field named like a GeoJSON code property (`admin1_code`, `gn_a1_code`, `iso_3166_2`).
/// The file is parsed by libxml2's tree API (`xmlCtxtReadMemory`), without network access and
/// without expanding entities: Foundation's `XMLParser` traps on some inputs.
enum KMLRegionReader {
    /// - Parameter closingRings: close a ring whose last position is not its first instead of failing.
    /// - Throws: `IncidentFileError.invalidUTF8` naming the byte, `IncidentFileError.notKML` naming the
    ///   file and line of a parse error, a bad coordinate or an encoding other than UTF-8,
    ///   `IncidentFileError.invalidArea` for an open ring, `IncidentFileError.noPolygons` when no
    ///   Placemark holds a polygon.
    static func regions(fromKML data: Data, file: String, closingRings: Bool = false) throws -> [Region] {
        let bytes = [UInt8](data)
        if let offset = UTF8Validation.firstInvalidOffset(bytes) {
            throw IncidentFileError.invalidUTF8(file: file, byteOffset: offset)
        }
        if let encoding = declaredEncoding(data), !["utf-8", "utf8", "us-ascii", "ascii"].contains(encoding.lowercased()) {
            throw IncidentFileError.notKML(file: file, line: 1, reason: "encoding '\(encoding)' is not supported (KML is UTF-8)")
        }
        guard bytes.count < Int(Int32.max) else { throw IncidentFileError.notKML(file: file, line: 1, reason: "larger than 2 GB") }
        guard let context = xmlNewParserCtxt() else { throw IncidentFileError.notKML(file: file, line: 1, reason: "libxml2 cannot start") }
        defer { xmlFreeParserCtxt(context) }
        let options = Int32(bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { xmlCtxtReadMemory(context, $0.baseAddress, Int32($0.count), nil, "UTF-8", options) }
        }
        guard let document = parsed else {
            let error = context.pointee.lastError
            let message = error.message.map { String(cString: $0) } ?? "not well-formed XML"
            throw IncidentFileError.notKML(file: file, line: max(1, Int(error.line)),
                                       reason: message.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document), Self.name(of: root) == "kml" else {
            throw IncidentFileError.notKML(file: file, line: 1, reason: "no <kml> element")
        }
        var reader = PlacemarkReader(file: file, closingRings: closingRings)
        try reader.read(root)
        guard !reader.regions.isEmpty else { throw IncidentFileError.noPolygons(file: file) }
        return reader.regions
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

    /// An element's local name (libxml2 keeps the namespace prefix apart).
    static func name(of node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0) } ?? ""
    }

    /// The element children of `node`.
    static func elements(of node: xmlNodePtr) -> [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { result.append(current) }
            child = current.pointee.next
        }
        return result
    }

    /// The text directly inside `node` (text and CDATA children), trimmed.
    static func text(of node: xmlNodePtr) -> String {
        var text = ""
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE,
               let content = current.pointee.content {
                text += String(cString: content)
            }
            child = current.pointee.next
        }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The value of attribute `name` on `node`, if any.
    static func attribute(_ name: String, of node: xmlNodePtr) -> String? {
        var attribute = node.pointee.properties
        while let current = attribute {
            if current.pointee.name.map({ String(cString: $0) }) == name {
                var text = ""
                var child = current.pointee.children
                while let part = child {
                    if let content = part.pointee.content { text += String(cString: content) }
                    child = part.pointee.next
                }
                return text
            }
            attribute = current.pointee.next
        }
        return nil
    }
}

/// Walks the document tree, one Placemark at a time.
private struct PlacemarkReader {
    let file: String
    let closingRings: Bool
    var regions: [Region] = []
    private var placemarkCount = 0

    init(file: String, closingRings: Bool) {
        self.file = file
        self.closingRings = closingRings
    }

    /// Every Placemark at any depth under `node`.
    mutating func read(_ node: xmlNodePtr) throws {
        for child in KMLRegionReader.elements(of: node) {
            if KMLRegionReader.name(of: child) == "Placemark" {
                try placemark(child)
            } else {
                try read(child)
            }
        }
    }

    private mutating func placemark(_ node: xmlNodePtr) throws {
        placemarkCount += 1
        let children = KMLRegionReader.elements(of: node)
        let name = children.first { KMLRegionReader.name(of: $0) == "name" }.map(KMLRegionReader.text(of:))
            ?? "placemark \(placemarkCount)"
        var fields: [String: String] = [:]
        var polygons: [Polygon] = []
        func visit(_ node: xmlNodePtr) throws {
            for child in KMLRegionReader.elements(of: node) {
                switch KMLRegionReader.name(of: child) {
                case "Data":
                    if let key = KMLRegionReader.attribute("name", of: child),
                       let value = KMLRegionReader.elements(of: child).first(where: { KMLRegionReader.name(of: $0) == "value" }) {
                        fields[key] = KMLRegionReader.text(of: value)
                    }
                case "SimpleData":
                    if let key = KMLRegionReader.attribute("name", of: child) { fields[key] = KMLRegionReader.text(of: child) }
                case "Polygon":
                    polygons.append(try polygon(child, placemark: name))
                case "Placemark":
                    break  // not nested in KML; such a one is not read twice
                default:
                    try visit(child)
                }
            }
        }
        try visit(node)
        guard !polygons.isEmpty else { return }
        let code = RegionFileReader.codeKeys.lazy.compactMap { fields[$0] }.first
        let geometry: Geometry = polygons.count == 1 ? .polygon(polygons[0]) : .multiPolygon(polygons)
        regions.append(Region(name: name, code: code, country: fields["country"] ?? code.map { String($0.prefix(2)) }, geometry: geometry))
    }

    /// A Polygon: its `outerBoundaryIs` ring and its `innerBoundaryIs` holes.
    private func polygon(_ node: xmlNodePtr, placemark: String) throws -> Polygon {
        var exterior: [Coordinate]?
        var holes: [[Coordinate]] = []
        for boundary in KMLRegionReader.elements(of: node) {
            let kind = KMLRegionReader.name(of: boundary)
            guard kind == "outerBoundaryIs" || kind == "innerBoundaryIs" else { continue }
            for ring in KMLRegionReader.elements(of: boundary) where KMLRegionReader.name(of: ring) == "LinearRing" {
                for coordinates in KMLRegionReader.elements(of: ring) where KMLRegionReader.name(of: coordinates) == "coordinates" {
                    let positions = try self.ring(coordinates, placemark: placemark)
                    if kind == "outerBoundaryIs" { exterior = positions } else { holes.append(positions) }
                }
            }
        }
        guard let exterior else { throw failure(node, "a Polygon without an outerBoundaryIs ring") }
        do { return try Polygon(exterior: exterior, holes: holes) } catch { throw failure(node, "\(error)") }
    }

    /// `lon,lat[,alt]` tuples separated by white space.
    private func ring(_ node: xmlNodePtr, placemark: String) throws -> [Coordinate] {
        let tuples = KMLRegionReader.text(of: node).split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" })
        let ring = try tuples.map { tuple in
            let parts = tuple.split(separator: ",")
            guard parts.count >= 2, let lon = Double(parts[0]), let lat = Double(parts[1]) else {
                throw failure(node, "not a lon,lat position: '\(tuple)'")
            }
            do { return try Coordinate(latitude: lat, longitude: lon) } catch { throw failure(node, "\(error)") }
        }
        if !closingRings, ring.count >= 2, ring.first != ring.last {
            throw IncidentFileError.invalidArea(file: file, name: placemark, reason: RegionFileReader.openRingReason)
        }
        return ring
    }

    private func failure(_ node: xmlNodePtr, _ reason: String) -> IncidentFileError {
        .notKML(file: file, line: max(1, Int(xmlGetLineNo(node))), reason: reason)
    }
}
