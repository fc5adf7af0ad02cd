import Foundation
import GeoModel
import Testing
@testable import Extraction

/// Reading reports as the SPEC says: front matter, datelines, JSON Lines, and the errors that name
/// the file and line.
@Suite struct ReportReaderTests {
    let reader = ReportReader()

    @Test func frontMatterGivesIdDateAndTitle() throws {
        let text = "---\nid: r-7\ndate: 2016-02-16\ntitle: \"Strike on a market\"\n---\nWarplanes hit the market.\n"
        let report = try reader.parseText(text, file: "r.txt", fallbackID: "r")
        #expect(report.id == "r-7")
        #expect(report.date?.description == "2016-02-16")
        #expect(report.title == "Strike on a market")
        #expect(report.text == "Warplanes hit the market.\n")
    }

    @Test(arguments: [
        ("Saturday 17 February 2018\n\nTroops moved north.", "2018-02-17"),
        ("Rebels regroup\n4 min read\n06 October, 2015\nTroops moved north.", "2015-10-06"),
        ("October 6, 2015\nTroops moved north.", "2015-10-06"),
        ("2015-10-01\nTroops moved north.", "2015-10-01"),
    ])
    func aDatelineInTheFirstLinesDatesTheReport(text: String, expected: String) throws {
        let report = try reader.parseText(text, file: "d.txt", fallbackID: "d")
        #expect(report.date?.description == expected)
        #expect(report.id == "d")
    }

    @Test func noDatelineLeavesTheDateUnknown() throws {
        let report = try reader.parseText("Troops moved north on Monday.\nMore later.", file: "n.txt", fallbackID: "n")
        #expect(report.date == nil)
    }

    @Test func jsonLinesNeedOnlyText() throws {
        let reports = try reader.parseJSONLines("{\"text\": \"Shelling hit Hama.\"}\n\n{\"id\": \"b\", \"date\": \"2015-10-06\", \"text\": \"x\"}\n",
                                                file: "in.jsonl")
        #expect(reports.map(\.id) == ["in-1", "b"])
        #expect(reports[1].date?.description == "2015-10-06")
    }

    @Test func aJSONLineWithoutTextNamesItsLine() {
        #expect(throws: ReportError.self) {
            try reader.parseJSONLines("{\"text\": \"ok\"}\n{\"id\": \"no text\"}\n", file: "bad.jsonl")
        }
        do {
            _ = try reader.parseJSONLines("{\"text\": \"ok\"}\n{\"id\": \"no text\"}\n", file: "bad.jsonl")
        } catch {
            #expect("\(error)".hasPrefix("bad.jsonl:2:"))
        }
    }

    @Test func unclosedFrontMatterIsAnError() {
        #expect(throws: ReportError.self) {
            try reader.parseText("---\nid: x\nWarplanes hit Hama.\n", file: "open.txt", fallbackID: "open")
        }
    }

    @Test func aBadFrontMatterDateNamesItsLine() {
        do {
            _ = try reader.parseText("---\nid: x\ndate: 2015-13-45\n---\nText.\n", file: "date.txt", fallbackID: "x")
            Issue.record("a bad date was accepted")
        } catch {
            #expect("\(error)".hasPrefix("date.txt:3:"))
        }
    }

    /// Windows (CRLF) and old Mac (CR) line endings: the front matter is read all the same.
    @Test(arguments: ["\r\n", "\r"])
    func frontMatterWithOtherLineEndings(ending: String) throws {
        let text = ["---", "id: r-8", "date: 2016-02-17", "title: Shelling of a bakery", "---", "Shells hit the bakery.", ""]
            .joined(separator: ending)
        let report = try reader.parseText(text, file: "r.txt", fallbackID: "r")
        #expect(report.id == "r-8")
        #expect(report.date?.description == "2016-02-17")
        #expect(report.title == "Shelling of a bakery")
        #expect(report.text == "Shells hit the bakery." + ending)
    }

    @Test func aFiveDigitYearIsQuotedWhole() {
        #expect { try reader.parseText("---\nid: x\ndate: 99999-01-01\n---\nText.\n", file: "y.txt", fallbackID: "x") } throws: { error in
            "\(error)".hasPrefix("y.txt:3:") && "\(error)".contains("'99999-01-01'")
        }
        let timestamp = try? reader.parseText("---\ndate: 2016-02-17T10:00:00Z\n---\nText.\n", file: "t.txt", fallbackID: "t")
        #expect(timestamp?.date?.description == "2016-02-17")
    }

    /// An endless stream of NULs (`extract - < /dev/zero`) fails at its first byte instead of
    /// filling memory.
    @Test func anEndlessStreamOfZerosFailsAtOnce() throws {
        let zero = open("/dev/zero", O_RDONLY)
        guard zero >= 0 else { return }
        defer { close(zero) }
        #expect(throws: ReportError.notText(file: "<stdin>", byteOffset: 0)) { try reader.readStandardInput(zero) }
    }

    /// Blocks that cut a character in two are joined whole; a bad byte is found in its block.
    @Test func standardInputIsCheckedBlockByBlock() throws {
        func descriptor(for bytes: [UInt8]) throws -> Int32 {
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("stdin-\(UUID().uuidString)")
            try Data(bytes).write(to: url)
            return open(url.path, O_RDONLY)
        }
        let text = Array("Qusayr — Ḥimṣ, 🙂 fin".utf8)
        let good = try descriptor(for: text)
        defer { close(good) }
        #expect(try reader.readStandardInput(good, blockSize: 3) == text)
        let bad = try descriptor(for: text.prefix(5) + [0xFF] + text.dropFirst(5))
        defer { close(bad) }
        #expect(throws: ReportError.invalidUTF8(file: "<stdin>", byteOffset: 5)) { try reader.readStandardInput(bad, blockSize: 4) }
        let nul = try descriptor(for: text.prefix(5) + [0] + text.dropFirst(5))
        defer { close(nul) }
        #expect(throws: ReportError.notText(file: "<stdin>", byteOffset: 5)) { try ReportReader(lenient: true).readStandardInput(nul, blockSize: 4) }
    }
}
