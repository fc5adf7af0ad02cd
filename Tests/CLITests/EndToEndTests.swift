import Foundation
import Testing
import TestSupport

/// The main job on the bundled samples, checked by value.
@Suite struct EndToEndTests {
    /// With Leaflet (here stand-in files named by INCIDENTMAP_LEAFLET_DIR) `map` inlines it;
    /// without it, one line on stderr says so and the page is the static SVG map.
    @Test func mapHTMLIsLeafletWhenInstalledAndSVGWithANoteWhenNot() throws {
        let leaflet = try CLI.temporaryFolder()
        for name in ["leaflet.min.js", "leaflet.css", "leaflet.markercluster.min.js", "MarkerCluster.css", "MarkerCluster.Default.css"] {
            try Data("/*\(name)*/".utf8).write(to: leaflet.appendingPathComponent(name))
        }
        let with = try CLI.temporaryFolder()
        let first = try CLI.run(["map", "samples", "--out", with.path], environment: ["INCIDENTMAP_LEAFLET_DIR": leaflet.path])
        #expect(first.status == 0, "\(first.stderr)")
        let page = try String(contentsOf: with.appendingPathComponent("map.html"), encoding: .utf8)
        #expect(page.contains("/*leaflet.markercluster.min.js*/") && page.contains("id=\"map-data\""))
        #expect(!first.stderr.contains("Leaflet not found"))

        let without = try CLI.temporaryFolder()
        let second = try CLI.run(["map", "samples", "--out", without.path],
                                 environment: ["INCIDENTMAP_LEAFLET_DIR": leaflet.appendingPathComponent("absent").path])
        #expect(second.status == 0, "\(second.stderr)")
        let notes = second.stderr.split(separator: "\n").filter { $0.contains("Leaflet not found") }
        #expect(notes.count == 1)
        #expect(try String(contentsOf: without.appendingPathComponent("map.html"), encoding: .utf8).contains("<svg id=\"map\""))
        // The country outlines are built in: the page carries Syria's neighbours.
        #expect(page.contains("\"name\":\"Turkey\""))
    }

    @Test func mapWritesEveryLayerWithMatchingCounts() throws {
        let out = try CLI.temporaryFolder()
        let result = try CLI.run(["map", "samples", "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("reports read: 15"))
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(files == ["counts.csv", "incidents.csv", "incidents.csvt", "incidents.geojson", "incidents.kml", "incidents.prj",
                          "map.html", "provinces.geojson"])

        let geojson = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("incidents.geojson"))) as! [String: Any]
        let features = geojson["features"] as! [[String: Any]]
        #expect(!features.isEmpty)
        #expect(geojson["crs"] == nil)
        #expect((geojson["bbox"] as? [Double])?.count == 4)
        let found = result.stdout.split(separator: "\n").first { $0.hasPrefix("incidents found: ") }
        #expect(found.map { String($0.dropFirst("incidents found: ".count)) } == String(features.count))

        let csvRows = try String(contentsOf: out.appendingPathComponent("incidents.csv"), encoding: .utf8)
            .split(separator: "\r\n").count
        let kml = try String(contentsOf: out.appendingPathComponent("incidents.kml"), encoding: .utf8)
        #expect(kml.components(separatedBy: "<Placemark").count - 1 == features.count)
        // Rows may span lines only inside quotes; the notes here have none.
        #expect(csvRows >= features.count + 1)
    }

    @Test func geocodeHomsPrintsTheCityFirst() throws {
        let result = try CLI.run(["geocode", "Homs", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        let place = object["place"] as! [String: Any]
        #expect(place["admin1_code"] as? String == "SY.11")
        #expect(place["country"] as? String == "SY")
        let latitude = place["latitude"] as! Double
        #expect(abs(latitude - 34.73) < 0.05)
        #expect((object["candidates"] as! [Any]).count >= 2)
    }
}
