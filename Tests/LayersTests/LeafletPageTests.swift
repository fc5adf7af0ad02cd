import Foundation
import GeoModel
@testable import Layers
import Testing

@Suite struct LeafletPageTests {
    /// A folder holding stand-ins for Debian's five Leaflet files, each with a marker text, a
    /// `</script>` inside a string and a source-map comment, as the real files have.
    static func fakeLeafletFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("leaflet-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, body) in [("leaflet.min.js", "var L = {tag: '</script>'}; /*LEAFLET-JS*/"), ("leaflet.css", ".leaflet{} /*LEAFLET-CSS*/"),
                             ("leaflet.markercluster.min.js", "/*CLUSTER-JS*/"), ("MarkerCluster.css", "/*CLUSTER-CSS*/"),
                             ("MarkerCluster.Default.css", "/*CLUSTER-DEFAULT-CSS*/")] {
            try Data((body + "\n//# sourceMappingURL=\(name).map\n").utf8).write(to: folder.appendingPathComponent(name))
        }
        return folder
    }

    static let countries: [Region] = {
        func square(_ lon: Double, _ lat: Double, _ size: Double) -> Geometry {
            func c(_ x: Double, _ y: Double) -> Coordinate { Coordinate(uncheckedLatitude: y, longitude: x) }
            return .polygon(try! Polygon(exterior: [c(lon, lat), c(lon + size, lat), c(lon + size, lat + size), c(lon, lat + size), c(lon, lat)]))
        }
        return [Region(name: "Syria <near>", code: nil, country: "SY", geometry: square(35, 32, 7)),
                Region(name: "Chile far away", code: nil, country: "CL", geometry: square(-75, -50, 20))]
    }()

    func page(_ incidents: [Incident] = LayerFixtures.incidents) throws -> String {
        let assets = try #require(LeafletAssets.installed(in: Self.fakeLeafletFolder()))
        let layer = ProvinceLayer(provinces: LayerFixtures.provinces, incidents: incidents)
        return try LayerFixtures.render {
            try MapBase(countries: Self.countries, leaflet: assets).writePage(incidents: incidents, provinces: layer, to: $0)
        }
    }

    /// A JSON document the page's script parses: `map-data` or `map-details`.
    func data(in html: String, id: String = "map-data") throws -> [String: Any] {
        let start = try #require(html.range(of: "<script id=\"\(id)\" type=\"application/json\">")).upperBound
        let end = try #require(html.range(of: "</script>", range: start..<html.endIndex)).lowerBound
        return try #require(try JSONSerialization.jsonObject(with: Data(html[start..<end].utf8)) as? [String: Any])
    }

    @Test func inlinesLeafletMadeSafeAndLoadsNothing() throws {
        let html = try page()
        for marker in ["LEAFLET-JS", "LEAFLET-CSS", "CLUSTER-JS", "CLUSTER-CSS", "CLUSTER-DEFAULT-CSS"] { #expect(html.contains(marker)) }
        #expect(html.contains("tag: '<\\/script>'"))
        #expect(!html.contains("sourceMappingURL"))
        #expect(!html.contains(" src=") && !html.contains("<link"))
        #expect(html.contains("default-src 'none'"))
        #expect(html.contains("L.markerClusterGroup"))
    }

    @Test func missingFilesGiveNoAssets() throws {
        let folder = try Self.fakeLeafletFolder()
        try FileManager.default.removeItem(at: folder.appendingPathComponent("leaflet.markercluster.min.js"))
        #expect(LeafletAssets.installed(in: folder) == nil)
        #expect(LeafletAssets.installed(in: folder.appendingPathComponent("nowhere")) == nil)
    }

    /// Without Leaflet the page is the static SVG map.
    @Test func withoutLeafletThePageIsTheSVGMap() throws {
        let layer = ProvinceLayer(provinces: LayerFixtures.provinces, incidents: LayerFixtures.incidents)
        let html = try LayerFixtures.render { try MapBase().writePage(incidents: LayerFixtures.incidents, provinces: layer, to: $0) }
        #expect(html.contains("<svg id=\"map\""))
        #expect(!html.contains("map-data"))
    }

    @Test func reportTextStaysTextInsideTheData() throws {
        let html = try page()
        // Three script elements of our own and two of data; no report text opens another.
        #expect(html.components(separatedBy: "<script").count - 1 == 5)
        #expect(!html.contains("alert('x')</script>"))
        let incidents = try data(in: html, id: "map-details")
        #expect((incidents["notes"] as? [String])?[1] == LayerFixtures.incidents[1].notes)
        #expect((incidents["location"] as? [String])?[1] == "Tell <b> & ]]> Town")
        // A javascript: link is not a web link and is dropped.
        let sources = try #require(incidents["sources"] as? [[[String]]])
        #expect(sources[1][0] == ["=HYPERLINK(\"http://evil\")", "", "2015-10-08"])
        #expect(sources[0][0] == ["Strikes on Talbiseh", "https://example.org/a?x=1&y=2", "2015-10-06"])
        // The page writes report text only through textContent.
        #expect(!LeafletPage.script.contains("innerHTML"))
        #expect(!LeafletPage.script.contains("bindTooltip(feature.properties.name"))
    }

    @Test func columnsHoldTheFilterFieldsPerIncident() throws {
        let d = try data(in: try page())
        let incidents = try #require(d["incidents"] as? [String: Any])
        #expect((incidents["date"] as? [Any])?.map { $0 as? String } == ["2015-10-05", "2015-10-05", "2015-11-01", nil])
        #expect(incidents["time_precision"] as? [Int] == [1, 2, 3, 1])
        let types = try #require(d["types"] as? [[String: String]]).map { $0["name"]! }
        #expect((incidents["type"] as? [Int])?.map { types[$0] } == LayerFixtures.incidents.map(\.eventType.rawValue))
        // Provinces in ProvinceLayer's order: Homs, Hama, Tartus; the last incident has none.
        #expect(incidents["province"] as? [Int] == [0, 0, 1, -1])
        let actors = try #require(d["actors"] as? [String])
        #expect((incidents["actor1"] as? [Int])?.map { $0 < 0 ? nil : actors[$0] } == LayerFixtures.incidents.map(\.actor1))
        #expect(d["certainties"] as? [String] == ["reported", "claimed", "alleged", "denied"])
        #expect((incidents["certainty"] as? [Int]) == [0, 1, 2, 3])
        #expect((incidents["fatalities"] as? [Any])?.map { $0 as? Int } == [12, nil, 3, 0])
    }

    /// Outlines near the data are kept (with their names escaped as data), far ones left out.
    @Test func countryOutlinesNearTheDataOnly() throws {
        var incidents = LayerFixtures.incidents
        incidents.removeLast()   // the one at 10° W, 0° N, which would bring the whole Atlantic in
        let d = try data(in: try page(incidents))
        let countries = try #require(d["countries"] as? [[String: Any]])
        #expect(countries.compactMap { ($0["properties"] as? [String: Any])?["name"] as? String } == ["Syria <near>"])
        #expect((d["provinces"] as? [Any])?.count == LayerFixtures.provinces.count)
    }
}
