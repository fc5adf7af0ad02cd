import Foundation
import Testing
import TestSupport

/// `query --format` with the layers `export` writes: provinces, counts and html.
@Suite struct QueryLayerFormatTests {
    /// The four incidents of `QueryCountTests`: Latakia (A1, 2 dead), Jableh with no province
    /// code (A2, 1 dead), and Homs (A3 a battle, 5 dead; A4 shelling, 3 dead).
    func incidentsFile() throws -> URL {
        let url = try CLI.temporaryFolder().appendingPathComponent("incidents.csv")
        try Data(QueryCountTests.csv.utf8).write(to: url)
        return url
    }

    func query(_ arguments: [String]) throws -> String {
        let result = try CLI.run(["query", try incidentsFile().path] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    /// The provinces layer's features as (code, incidents, fatalities).
    func provinceCounts(_ geojson: String) throws -> [String: (incidents: Int, fatalities: Int)] {
        let collection = try JSONSerialization.jsonObject(with: Data(geojson.utf8)) as! [String: Any]
        var counts: [String: (incidents: Int, fatalities: Int)] = [:]
        for feature in collection["features"] as! [[String: Any]] {
            let properties = feature["properties"] as! [String: Any]
            counts[properties["admin1_code"] as! String] = (properties["incidents"] as! Int, properties["fatalities"] as! Int)
        }
        return counts
    }

    @Test func provincesCountTheSelectedIncidents() throws {
        let counts = try provinceCounts(try query(["--type", "explosions", "--format", "provinces"]))
        // Jableh has no code in the file: the polygons put it in Latakia.
        #expect(counts["SY.02"]?.incidents == 2)
        #expect(counts["SY.02"]?.fatalities == 3)
        #expect(counts["SY.11"]?.incidents == 1)
        #expect(counts["SY.11"]?.fatalities == 3)
        #expect(counts.values.map(\.incidents).reduce(0, +) == 3)
        // Every province is in the layer, those with no incident too.
        #expect(counts.count > 2)
        #expect(counts.values.contains { $0.incidents == 0 && $0.fatalities == 0 })
    }

    @Test func countsListEveryProvinceWithTheSelectedTotals() throws {
        let csv = try query(["--from", "2015-10-01", "--format", "counts"])
        let rows = csv.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows.first == ["admin1", "admin1_code", "incidents", "fatalities"])
        let byCode = Dictionary(uniqueKeysWithValues: rows.dropFirst().map { ($0[1], ($0[2], $0[3])) })
        #expect(byCode["SY.02"]! == ("2", "3"))
        #expect(byCode["SY.11"]! == ("1", "3"))
        #expect(byCode.count == (try provinceCounts(try query(["--format", "provinces"]))).count)
    }

    @Test func htmlDrawsOneMarkerPerSelectedIncident() throws {
        let html = try query(["--within", "SY.11", "--format", "html"])
        #expect(html.contains("<!DOCTYPE html>"))
        if let start = html.range(of: "<script id=\"map-data\" type=\"application/json\">")?.upperBound,
           let end = html.range(of: "</script>", range: start..<html.endIndex)?.lowerBound {
            // The Leaflet page (Debian's libjs-leaflet is installed): one position per incident in its data.
            let data = try JSONSerialization.jsonObject(with: Data(html[start..<end].utf8)) as? [String: Any]
            #expect(((data?["incidents"] as? [String: Any])?["lat"] as? [Any])?.count == 2)
        } else {
            #expect(html.components(separatedBy: "<circle class=\"incident\"").count - 1 == 2)
        }
        #expect(html.contains("Talbiseh") && html.contains("Homs"))
        #expect(!html.contains("Latakia, 2015"))
        #expect(!html.contains("src=\"http"))
    }

    @Test func queryAndExportWriteTheSameLayer() throws {
        let file = try incidentsFile()
        for format in ["provinces", "kml", "html"] {
            let exported = try CLI.run(["export", file.path, "--type", "battles", "--format", format])
            #expect(exported.status == 0, "\(exported.stderr)")
            let queried = try query(["--type", "battles", "--format", format])
            #expect(queried == exported.stdout, "\(format)")
            #expect(queried.contains("Homs"))
        }
    }

    @Test func anUnknownFormatIsAUsageError() throws {
        let result = try CLI.run(["query", try incidentsFile().path, "--format", "shapefile"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("shapefile"))
        #expect(result.stdout.isEmpty)
    }
}
