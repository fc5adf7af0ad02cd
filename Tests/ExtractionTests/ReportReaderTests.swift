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

    /// A stream of text past the limit (`yes | incidentmap extract -`) stops there with one
    /// error instead of filling memory; a stream of exactly the limit is read whole.
    @Test func aStreamOfTextStopsAtTheLimit() throws {
        func descriptor(for bytes: Int) throws -> Int32 {
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("stdin-\(UUID().uuidString)")
            try Data(repeating: 0x79, count: bytes).write(to: url)
            return open(url.path, O_RDONLY)
        }
        let long = try descriptor(for: 5_000)
        defer { close(long) }
        #expect(throws: ReportError.tooLong(file: "<stdin>", limit: 1_000)) { try reader.readStandardInput(long, blockSize: 64, limit: 1_000) }
        #expect(lseek(long, 0, SEEK_CUR) == 1_001)
        let exact = try descriptor(for: 1_000)
        defer { close(exact) }
        #expect(try reader.readStandardInput(exact, blockSize: 64, limit: 1_000).count == 1_000)
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

    /// A dateline is a line of at most eight words; a report on one long line is not split into
    /// words to find that out, and the date on the next line is still found.
    @Test func aDatelineHasAtMostEightWords() throws {
        let eight = try reader.parseText("Updated Tuesday 06 October 2015 at noon local\nText.", file: "e.txt", fallbackID: "e")
        #expect(eight.date?.description == "2015-10-06")
        let nine = try reader.parseText("Updated Tuesday 06 October 2015 at noon local time\nText.", file: "n.txt", fallbackID: "n")
        #expect(nine.date == nil)
        #expect(Dateline.words(of: "a, b.\tc  d", atMost: 4) == ["a", "b", "c", "d"])
        #expect(Dateline.words(of: "a b c d e", atMost: 4) == nil)
        let long = String(repeating: "Shelling continued near the river. ", count: 100_000) + "\n06 October 2015\nMore."
        #expect(try reader.parseText(long, file: "l.txt", fallbackID: "l").date?.description == "2015-10-06")
    }

    /// The fence around front matter is `---` with spaces or tabs around it, and nothing else.
    @Test(arguments: [("---", true), ("  ---\t", true), ("----", false), ("--- x", false), ("", false), ("-- -", false), ("\u{2003}---", true)])
    func aFenceIsThreeDashes(line: String, isFence: Bool) {
        #expect(ReportReader.isFence(line[...]) == isFence)
    }

    @Test func frontMatterFencesMayHaveSpacesAround() throws {
        let report = try reader.parseText("  ---  \nid: spaced\n\n \t\ndate: 2016-02-16\n\t---\nText.\n", file: "s.txt", fallbackID: "s")
        #expect(report.id == "spaced")
        #expect(report.date?.description == "2016-02-16")
        #expect(report.text == "Text.\n")
    }
}
