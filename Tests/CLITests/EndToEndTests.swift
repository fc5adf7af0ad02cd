import Foundation
import Testing
import TestSupport

/// The main job on the bundled samples, checked by value.
@Suite struct EndToEndTests {
    @Test func mapWritesEveryLayerWithMatchingCounts() throws {
        let out = try CLI.temporaryFolder()
        let result = try CLI.run(["map", "samples", "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("reports read: 15"))
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(files == ["counts.csv", "incidents.csv", "incidents.geojson", "incidents.kml", "map.html", "provinces.geojson"])

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
