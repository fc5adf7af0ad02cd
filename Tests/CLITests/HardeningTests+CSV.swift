import Foundation
import Testing
import TestSupport

/// Our own incidents.csv reads back whole.
extension HardeningTests {
    /// `incidents.csv` from `map` reads back with its sources' URLs and dates.
    @Test func ourCSVReadsBackWithItsSources() throws {
        let report = try write("---\nid: src-1\ndate: 2015-10-06\nurl: https://example.org/a b\ntitle: Strikes\n---\nAirstrikes hit Talbiseh on Monday, killing 4 people.\n",
                               as: "one.txt")
        let out = try CLI.temporaryFolder()
        let map = try CLI.run(["map", report.path, "--out", out.path])
        #expect(map.status == 0, "\(map.stderr)")
        let result = try CLI.run(["query", out.appendingPathComponent("incidents.csv").path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"url\":\"https:\\/\\/example.org\\/a b\"") || result.stdout.contains("\"url\":\"https://example.org/a b\""),
                "\(result.stdout)")
        #expect(result.stdout.contains("\"published\":\"2015-10-06\""), "\(result.stdout)")
        #expect(result.stdout.contains("\"doc_id\":\"src-1\""), "\(result.stdout)")
    }
}
