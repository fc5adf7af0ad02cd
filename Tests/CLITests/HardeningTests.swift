import Foundation
import Testing
import TestSupport

/// Issue 19: no crash, no half-done output, no silent wrong answer. Each bad input gives one
/// line naming the file, and a non-zero exit.
@Suite struct HardeningTests {
    func write(_ bytes: [UInt8], as name: String) throws -> URL {
        let url = try CLI.temporaryFolder().appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }

    func write(_ text: String, as name: String) throws -> URL { try write(Array(text.utf8), as: name) }

    func expectOneLineError(_ result: CLI.Result, naming text: String, _ detail: String? = nil,
                            sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status != 0, sourceLocation: sourceLocation)
        #expect(result.stderr.split(separator: "\n").count == 1, "expected one line: \(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.contains(text), "should name \(text): \(result.stderr)", sourceLocation: sourceLocation)
        if let detail { #expect(result.stderr.contains(detail), "should say \(detail): \(result.stderr)", sourceLocation: sourceLocation) }
        #expect(!result.stderr.contains("Error Domain="), sourceLocation: sourceLocation)
    }

    static let incidents = QueryCountTests.csv

    // MARK: polygon files

    @Test func aKMLNameThatIsNotUTF8IsAnErrorNotACrash() throws {
        let kml = try write(Array("<kml><a".utf8) + [0xFF] + Array("/></kml>".utf8), as: "bad.kml")
        let result = try CLI.run(["query", "samples", "--within", kml.path])
        expectOneLineError(result, naming: kml.path, "invalid UTF-8 at byte 7")
    }

    /// Found by make fuzz: Foundation's XMLParser read a null pointer for a processing
    /// instruction without data. KML is now parsed by libxml2 itself.
    @Test func aProcessingInstructionWithoutDataIsNotACrash() throws {
        let kml = try write("<?x?>\n<kml><Placemark><name>Box</name><Polygon><outerBoundaryIs><LinearRing>"
                            + "<coordinates>35,34 37,34 37,36 35,36 35,34</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark></kml>",
                            as: "pi.kml")
        let csv = try write(Self.incidents, as: "incidents.csv")
        let result = try CLI.run(["query", csv.path, "--within", kml.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").count == 4)
        let broken = try write("<kml>\n<Placemark>\n<?x?></Polygon></kml>", as: "broken.kml")
        expectOneLineError(try CLI.run(["query", csv.path, "--within", broken.path]), naming: "\(broken.path):3:", "not KML")
    }

    @Test func aKMLInAnotherEncodingIsRefused() throws {
        let kml = try write("<?xml version=\"1.0\" encoding=\"UTF-16\"?><kml></kml>", as: "wide.kml")
        let result = try CLI.run(["query", "samples", "--within", kml.path])
        expectOneLineError(result, naming: kml.path, "UTF-16")
    }

    static let openRing = #"{"type":"Feature","properties":{"name":"open"},"geometry":{"type":"Polygon","coordinates":[[[35,34],[37,34],[37,36],[35,36]]]}}"#
    static let bowtie = #"{"type":"Feature","properties":{"name":"bowtie","admin1_code":"ZZ.01"},"geometry":{"type":"Polygon","coordinates":[[[35,34],[37,36],[37,34],[35,36],[35,34]]]}}"#

    @Test func anOpenRingIsRefusedUnlessRepairIsAsked() throws {
        let csv = try write(Self.incidents, as: "incidents.csv")
        let area = try write(Self.openRing, as: "open.geojson")
        expectOneLineError(try CLI.run(["query", csv.path, "--within", area.path]), naming: area.path, "not closed")
        let kml = try write("""
            <kml><Placemark><name>open</name><Polygon><outerBoundaryIs><LinearRing>
            <coordinates>35,34 37,34 37,36 35,36</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark></kml>
            """, as: "open.kml")
        expectOneLineError(try CLI.run(["query", csv.path, "--within", kml.path]), naming: kml.path, "not closed")
        let repaired = try CLI.run(["query", csv.path, "--within", area.path, "--make-valid"])
        #expect(repaired.status == 0, "\(repaired.stderr)")
        #expect(repaired.stdout.split(separator: "\n").count == 4)
    }

    /// The same self-intersecting polygon is refused the same way by every command.
    @Test func aSelfIntersectingBoundaryIsRefusedEverywhere() throws {
        let csv = try write(Self.incidents, as: "incidents.csv")
        let boundaries = try write(Self.bowtie, as: "bowtie.geojson")
        let out = try CLI.temporaryFolder().appendingPathComponent("out")
        for arguments in [["map", "samples", "--out", out.path], ["count", csv.path, "--by", "province"],
                          ["query", csv.path, "--format", "provinces"], ["query", csv.path, "--within", boundaries.path]] {
            let result = try CLI.run(arguments + (arguments[0] == "query" && arguments.contains("--within") ? [] : ["--boundaries", boundaries.path]))
            expectOneLineError(result, naming: boundaries.path, "Self-intersection")
        }
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    // MARK: --boundaries

    /// Even when every incident carries its province, so that no polygon is needed.
    @Test func aMissingBoundariesFileIsAlwaysAnError() throws {
        let coded = Self.incidents.split(separator: "\n").filter { !$0.hasPrefix("A2,") }.joined(separator: "\n")
        let csv = try write(coded, as: "incidents.csv")
        for command in [["count", csv.path, "--by", "province"], ["query", csv.path]] {
            expectOneLineError(try CLI.run(command + ["--boundaries", "/nonexistent/b.geojson"]), naming: "/nonexistent/b.geojson")
        }
    }

    @Test func countAndQueryTakeProvincesFromTheBoundariesGiven() throws {
        let csv = try write(Self.incidents, as: "incidents.csv")
        // One square around Latakia and Jableh, coded ZZ.07.
        let square = #"{"type":"Feature","properties":{"name":"Coast","admin1_code":"ZZ.07"},"geometry":{"type":"Polygon","coordinates":[[[35.5,35],[36.2,35],[36.2,36],[35.5,36],[35.5,35]]]}}"#
        let boundaries = try write(square, as: "coast.geojson")
        let result = try CLI.run(["count", csv.path, "--by", "province", "--format", "csv", "--boundaries", boundaries.path])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = result.stdout.split(whereSeparator: \.isNewline).map(String.init)
        #expect(rows.contains("Coast,ZZ.07,2,3"), "\(rows)")
        #expect(rows.contains("Homs,SY.11,2,8"), "\(rows)")
    }

    /// `--focus` is a preference, not a filter: a focus on a country the reports are not about
    /// still gives the incidents whose place the reports make plain.
    @Test func focusIsAPreferenceNotAFilter() throws {
        let report = try write("---\nid: f\ndate: 2015-10-05\n---\nDAMASCUS, Syria — Airstrikes hit Aleppo, Syria, on Monday, killing 4 people.\n",
                               as: "focus.txt")
        for focus in ["YE", "LB", "SY"] {
            let result = try CLI.run(["extract", report.path, "--focus", focus])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("\"country\":\"SY\""), "--focus \(focus): \(result.stdout)")
            #expect(result.stdout.contains("\"admin1\":\"Aleppo\""), "--focus \(focus): \(result.stdout)")
        }
    }

    /// A `--focus` code that is no country is refused in one line, as `gazetteer download`
    /// refuses it, before anything is written, and with no hint to download that code; a
    /// country in lower case is taken.
    @Test func focusOnNoCountryIsRefused() throws {
        let report = try write("---\nid: z\ndate: 2015-10-05\n---\nAirstrikes hit the village of Qarqur Tahta on Monday, killing 2 people.\n",
                               as: "nowhere.txt")
        for focus in ["ZZ", "SY,QQ", "Syria"] {
            let result = try CLI.run(["extract", report.path, "--focus", focus])
            let bad = focus.split(separator: ",").last!.uppercased()
            expectOneLineError(result, naming: "--focus \(bad)", "not an ISO 3166-1 alpha-2 country code")
            #expect(!result.stderr.contains("gazetteer download"), "\(result.stderr)")
            #expect(result.stdout.isEmpty, "\(result.stdout)")
        }
        let layers = try CLI.temporaryFolder().appendingPathComponent("layers")
        let mapped = try CLI.run(["map", report.path, "--focus", "zz", "--out", layers.path])
        expectOneLineError(mapped, naming: "--focus ZZ")
        #expect(!FileManager.default.fileExists(atPath: layers.appendingPathComponent("incidents.geojson").path))
        let lower = try CLI.run(["extract", report.path, "--focus", "sy"])
        #expect(lower.status == 0, "\(lower.stderr)")
    }

    // MARK: messages

    @Test func aGeoJSONSyntaxErrorGivesTheLine() throws {
        let area = try write("{\"type\": \"FeatureCollection\",\n \"features\": [\n  {\"type\": \"Feature\", oops}\n]}\n", as: "broken.geojson")
        let result = try CLI.run(["query", "samples", "--within", area.path])
        expectOneLineError(result, naming: area.path, "line 3")
    }
}
