import Foundation
import Testing
import TestSupport

/// Front matter with other line endings, and dates quoted whole.
extension HardeningTests {
    @Test func crlfFrontMatterIsRead() throws {
        let report = try write("---\r\nid: crlf-1\r\ndate: 2015-10-05\r\n---\r\nAirstrikes hit Talbiseh on Monday, killing 4 people.\r\n",
                               as: "crlf.txt")
        let result = try CLI.run(["extract", report.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"doc_id\":\"crlf-1\""), "\(result.stdout)")
        #expect(result.stdout.contains("\"event_date\":\"2015-10-05\""), "\(result.stdout)")
    }

    @Test func aFiveDigitYearIsQuotedWhole() throws {
        let report = try write("---\nid: y\ndate: 99999-01-01\n---\nClashes in Homs.\n", as: "y.txt")
        expectOneLineError(try CLI.run(["extract", report.path]), naming: "\(report.path):3", "'99999-01-01'")
    }
}
