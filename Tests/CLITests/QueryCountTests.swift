import Foundation
import Testing
import TestSupport

/// `query` and `count` run as a user runs them, on incident files written here.
@Suite struct QueryCountTests {
    /// Four incidents: three around Latakia and Homs with codes, one ACLED-like row without.
    static let csv = """
    event_id_cnty,event_date,event_type,sub_event_type,actor1,actor2,country,admin1,location,latitude,longitude,geo_precision,notes,fatalities,admin1_code
    A1,05 October 2015,Explosions/Remote violence,Air/drone strike,Military Forces of Russia (2000-),,Syria,Latakia,Latakia,35.5317,35.7901,1,Strike on the port.,2,SY.02
    A2,2015-10-06,Explosions/Remote violence,Air/drone strike,Military Forces of Russia (2000-),,Syria,,Jableh,35.3609,35.9256,1,Strike south of the city.,1,
    A3,2015-09-29,Battles,Armed clash,Jaish al-Islam,Military Forces of Syria (2000-),Syria,Homs,Homs,34.7268,36.7234,1,Clashes.,5,SY.11
    A4,2015-10-19,Explosions/Remote violence,Shelling/artillery/missile attack,Military Forces of Syria (2000-),,Syria,Homs,Talbiseh,34.8407,36.7309,1,Shelling.,3,SY.11
    """

    func incidentsFile() throws -> URL {
        let url = try CLI.temporaryFolder().appendingPathComponent("incidents.csv")
        try Data(Self.csv.utf8).write(to: url)
        return url
    }

    func ids(_ jsonl: String) throws -> [String] {
        try jsonl.split(separator: "\n").map { line in
            (try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any])["id"] as! String
        }
    }

    @Test func nearLatakiaSinceTheThirtiethOfSeptember() throws {
        let file = try incidentsFile()
        let result = try CLI.run(["query", file.path, "--near", "35.5317,35.7901", "--radius-km", "30", "--from", "2015-09-30"])
        #expect(result.status == 0, "\(result.stderr)")
        // Jableh is about 23 km from Latakia; Homs and Talbiseh are over 100 km away.
        #expect(try ids(result.stdout) == ["A1", "A2"])
        let narrow = try CLI.run(["query", file.path, "--near", "35.5317,35.7901", "--radius-km", "20"])
        #expect(try ids(narrow.stdout) == ["A1"])
    }

    @Test func withinAProvinceAndAKMLPolygon() throws {
        let file = try incidentsFile()
        let homs = try CLI.run(["query", file.path, "--within", "SY.11", "--actor", "syria"])
        #expect(try ids(homs.stdout) == ["A3", "A4"])
        let kml = try CLI.temporaryFolder().appendingPathComponent("coast.kml")
        try Data("""
        <kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><name>coast</name><Polygon><outerBoundaryIs><LinearRing>
        <coordinates>35.5,35.3 36.0,35.3 36.0,35.6 35.5,35.6 35.5,35.3</coordinates></LinearRing></outerBoundaryIs>
        <innerBoundaryIs><LinearRing><coordinates>35.9,35.35 35.95,35.35 35.95,35.4 35.9,35.4 35.9,35.35</coordinates></LinearRing></innerBoundaryIs>
        </Polygon></Placemark></kml>
        """.utf8).write(to: kml)
        let coast = try CLI.run(["query", file.path, "--within", kml.path, "--format", "geojson"])
        #expect(coast.status == 0, "\(coast.stderr)")
        let collection = try JSONSerialization.jsonObject(with: Data(coast.stdout.utf8)) as! [String: Any]
        let features = collection["features"] as! [[String: Any]]
        // Jableh (35.36 N, 35.93 E) sits in the hole.
        #expect(features.map { ($0["properties"] as! [String: Any])["id"] as! String } == ["A1"])
    }

    @Test func countByProvinceAndWeekFillsMissingProvincesFromPolygons() throws {
        let file = try incidentsFile()
        let result = try CLI.run(["count", file.path, "--by", "province,week", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [[String: Any]]
        let summary = rows.map { "\($0["admin1_code"] as? String ?? "-") \($0["week"] as? String ?? "-") \($0["incidents"] as! Int) \($0["fatalities"] as! Int)" }
        // A2 had no province: the built-in polygons put Jableh in Latakia (SY.02).
        // Rows are sorted by province name (Homs before Latakia), then week.
        #expect(summary == ["SY.11 2015-W40 1 5", "SY.11 2015-W43 1 3", "SY.02 2015-W41 2 3"])
        let table = try CLI.run(["count", file.path, "--by", "type", "--agreement"])
        #expect(table.stdout.contains("total"))
        #expect(table.stdout.split(separator: "\n").last?.split(separator: " ").suffix(2) == ["4", "11"])
        #expect(table.stderr.contains("agree for 3 of 3"), "\(table.stderr)")
        // A3 has two actors: it sits in two rows but counts once in the total.
        let actors = try CLI.run(["count", file.path, "--by", "actor"])
        let lines = actors.stdout.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("Jaish al-Islam") && $0.split(separator: " ").suffix(2) == ["1", "5"] })
        #expect(lines.contains { $0.hasPrefix("Military Forces of Syria") && $0.split(separator: " ").suffix(2) == ["2", "8"] })
        #expect(lines.last?.split(separator: " ").suffix(2) == ["4", "11"])
    }

    func expectOneLineError(_ arguments: [String], mentioning text: String) throws {
        let result = try CLI.run(arguments)
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty, "no partial output: \(result.stdout)")
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(result.stderr.contains(text), "\(result.stderr) should mention \(text)")
    }

    @Test func badInputGetsAClearError() throws {
        let file = try incidentsFile()
        let folder = try CLI.temporaryFolder()
        let bowtie = folder.appendingPathComponent("bowtie.geojson")
        try Data(#"{"type":"Feature","properties":{"name":"drawn"},"geometry":{"type":"Polygon","coordinates":[[[35,34],[37,36],[37,34],[35,36],[35,34]]]}}"#.utf8)
            .write(to: bowtie)
        try expectOneLineError(["query", file.path, "--within", bowtie.path], mentioning: "Self-intersection")
        try expectOneLineError(["query", file.path, "--within", bowtie.path], mentioning: bowtie.path)
        let repaired = try CLI.run(["query", file.path, "--within", bowtie.path, "--make-valid"])
        #expect(repaired.status == 0, "\(repaired.stderr)")

        let empty = folder.appendingPathComponent("empty.geojson")
        try Data(#"{"type":"FeatureCollection","features":[]}"#.utf8).write(to: empty)
        try expectOneLineError(["query", file.path, "--within", empty.path], mentioning: "\(empty.path): the FeatureCollection has no features")

        try expectOneLineError(["query", file.path, "--near", "200,36", "--radius-km", "5"], mentioning: "latitude 200")
        try expectOneLineError(["query", file.path, "--near", "35,36", "--radius-km=-5"], mentioning: "--radius-km must be zero or more")
        try expectOneLineError(["query", file.path, "--within", "Narnia"], mentioning: "unknown province 'Narnia'")
        try expectOneLineError(["query", file.path, "--from", "2016-01-02", "--to", "2015-01-01"], mentioning: "--from 2016-01-02 is later than --to 2015-01-01")

        let badCSV = folder.appendingPathComponent("bad.csv")
        try Data((Self.csv + "\nA5,2015-10-06,Battles,Armed clash,,,Syria,,X,200,36,1,,,\n").utf8).write(to: badCSV)
        try expectOneLineError(["count", badCSV.path, "--by", "province"], mentioning: "\(badCSV.path):6")
    }
}
