import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import GeoModel
@testable import Layers
import Testing

/// What an XML parser sees in a KML file.
final class KMLOutline: NSObject, XMLParserDelegate {
    struct Placemark {
        var name = ""
        var description = ""
        var folder = ""
        var styleURL = ""
        var data: [String: String] = [:]
        var when: String?
        var span: (String, String)?
        var coordinates = ""
    }

    var folders: [String] = []
    var placemarks: [Placemark] = []
    var styleIDs: [String] = []
    var schemaFields: [String] = []
    private var path: [String] = []
    private var text = ""
    private var current: Placemark?
    private var dataName: String?
    private var begin = ""

    static func parse(_ kml: String) throws -> KMLOutline {
        let outline = KMLOutline()
        let parser = XMLParser(data: Data(kml.utf8))
        parser.delegate = outline
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.coderReadCorrupt) }
        return outline
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        path.append(name)
        text = ""
        switch name {
        case "Placemark": current = Placemark(folder: folders.last ?? "")
        case "SimpleData": dataName = attributes["name"]
        case "Style": styleIDs.append(attributes["id"] ?? "")
        case "SimpleField": schemaFields.append(attributes["name"] ?? "")
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        path.removeLast()
        let parent = path.last
        switch (name, parent) {
        case ("name", "Folder"): folders.append(text)
        case ("name", "Placemark"): current?.name = text
        case ("description", "Placemark"): current?.description = text
        case ("styleUrl", _): current?.styleURL = text
        case ("SimpleData", _): if let dataName { current?.data[dataName] = text }
        case ("when", _): current?.when = text
        case ("begin", _): begin = text
        case ("end", _): current?.span = (begin, text)
        case ("coordinates", _): current?.coordinates = text
        case ("Placemark", _): if let current { placemarks.append(current) }; current = nil
        default: break
        }
        text = ""
    }
}

@Suite struct KMLWriterTests {
    func outline(_ incidents: [Incident]) throws -> KMLOutline {
        try KMLOutline.parse(LayerFixtures.render { KMLWriter.write(incidents, to: $0) })
    }

    /// GDAL reads every Folder as a layer, so the placemarks sit in the Document, sorted by
    /// province, each naming its province in a `province` field.
    @Test func oneLayerSortedByProvinceWithUnassignedLast() throws {
        let kml = try outline(LayerFixtures.incidents)
        #expect(kml.folders.isEmpty)
        #expect(kml.placemarks.map { $0.data["province"] } == ["Hama", "Homs", "Homs", "No province"])
        #expect(kml.placemarks.map { $0.data["id"] } == ["SY-000000000003", "SY-000000000001", "SY-000000000002", "XX-000000000004"])
    }

    @Test func ungroupedInputIsSortedByProvinceKeepingInputOrderWithinOne() throws {
        let shuffled = [3, 0, 2, 1].map { LayerFixtures.incidents[$0] }
        let kml = try outline(shuffled)
        #expect(kml.placemarks.map { $0.data["province"] } == ["Hama", "Homs", "Homs", "No province"])
        #expect(kml.placemarks.map { $0.data["id"] } == ["SY-000000000003", "SY-000000000001", "SY-000000000002", "XX-000000000004"])
    }

    /// A province name that broke `ogr2ogr` as a layer name is now only a field value, escaped.
    @Test func provinceNamesAreFieldValuesNotLayers() throws {
        var incident = LayerFixtures.incidents[0]
        incident.admin1 = "'Amran <&>"
        incident.admin1Code = "YE.19"
        let kml = try outline([incident])
        #expect(kml.placemarks.map { $0.data["province"] } == ["'Amran <&>"])
        #expect(kml.schemaFields.last == "province")
    }

    /// A collection with no contiguous storage goes through the writer's index-by-index path,
    /// grouped or not, and gives the bytes an array gives.
    @Test func anyCollectionWritesWhatAnArrayWrites() {
        for order in [[0, 1, 2, 3], [3, 0, 2, 1]] {
            let array = order.map { LayerFixtures.incidents[$0] }
            let lazy = order.lazy.map { LayerFixtures.incidents[$0] }
            let fromArray = LayerFixtures.render { KMLWriter.write(array, to: $0) }
            #expect(LayerFixtures.render { KMLWriter.write(lazy, to: $0) } == fromArray)
            #expect(fromArray.components(separatedBy: "<Placemark>").count == 5)
        }
    }

    @Test func everyRecordFieldIsInExtendedDataAndNullsAreLeftOut() throws {
        let kml = try outline(LayerFixtures.incidents)
        let second = kml.placemarks.first { $0.data["id"] == "SY-000000000002" }!
        #expect(second.data["location"] == "Tell <b> & ]]> Town")
        #expect(second.data["notes"] == LayerFixtures.incidents[1].notes.replacingOccurrences(of: "\u{07}", with: ""))
        #expect(second.data["actor1"] == nil)
        #expect(second.data["fatalities"] == nil)
        #expect(second.data["latitude"] == "34.5")
        let first = kml.placemarks.first { $0.data["id"] == "SY-000000000001" }!
        #expect(Set(first.data.keys) == Set(IncidentField.ordered.map(\.rawValue) + ["province"]))
        #expect(first.data["fatalities"] == "12")
        let sources = try JSONSerialization.jsonObject(with: Data(first.data["sources"]!.utf8)) as! [[String: Any]]
        #expect(sources.map { $0["doc_id"] as? String } == ["r1", "r2"])
        #expect(first.coordinates == "36.730845,34.8405")
    }

    @Test func timeStampForDaysAndTimeSpanForWeeksAndMonths() throws {
        let kml = try outline(LayerFixtures.incidents)
        let byID = Dictionary(uniqueKeysWithValues: kml.placemarks.map { ($0.data["id"]!, $0) })
        #expect(byID["SY-000000000001"]?.when == "2015-10-05")
        #expect(byID["SY-000000000002"]?.span.map { [$0.0, $0.1] } == ["2015-10-05", "2015-10-11"])
        #expect(byID["SY-000000000003"]?.span.map { [$0.0, $0.1] } == ["2015-11-01", "2015-11-30"])
        #expect(byID["XX-000000000004"]?.when == nil && byID["XX-000000000004"]?.span == nil)
    }

    @Test func stylesAreSharedPerSubTypeAndFatalityClass() throws {
        let kml = try outline(LayerFixtures.incidents)
        #expect(kml.styleIDs == kml.styleIDs.sorted())
        #expect(Set(kml.placemarks.map { String($0.styleURL.dropFirst()) }) == Set(kml.styleIDs))
        #expect(kml.placemarks.first { $0.data["id"] == "SY-000000000001" }?.styleURL == "#air-drone-strike-many")
    }

    @Test func balloonHoldsEvidenceAndSourceAsEscapedHTML() throws {
        let kml = try outline(LayerFixtures.incidents)
        let first = kml.placemarks.first { $0.data["id"] == "SY-000000000001" }!
        #expect(first.description.contains("<a href=\"https://example.org/a?x=1&amp;y=2\">Strikes on Talbiseh</a>, 2015-10-06"))
        #expect(first.description.contains("&quot;medics&quot;"))
        let second = kml.placemarks.first { $0.data["id"] == "SY-000000000002" }!
        #expect(second.description.contains("&lt;/script&gt;&lt;script&gt;"))
        #expect(!second.description.contains("<script>"))
    }
}

/// The fixtures' KML checked by `xmllint` against the OGC KML 2.2 schema in `../shared`.
@Suite struct KMLSchemaTests {
    @Test func fixturesValidateAgainstTheOGCSchema() throws {
        let root = LayerFixtures.folder.deletingLastPathComponent().deletingLastPathComponent()
        let schema = root.deletingLastPathComponent().appendingPathComponent("shared/schemas/kml/ogckml22.xsd")
        let xmllint = URL(fileURLWithPath: "/usr/bin/xmllint")
        guard FileManager.default.fileExists(atPath: schema.path), FileManager.default.isExecutableFile(atPath: xmllint.path) else {
            print("skipped: needs \(schema.path) and \(xmllint.path)")
            return
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("layers-\(UUID().uuidString).kml")
        defer { try? FileManager.default.removeItem(at: file) }
        try AtomicFile.write(to: file) { KMLWriter.write(LayerFixtures.incidents, to: $0) }
        let process = Process()
        process.executableURL = xmllint
        process.arguments = ["--noout", "--schema", schema.path, file.path]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(message)")
        #expect(message.contains("validates"))
    }
}
