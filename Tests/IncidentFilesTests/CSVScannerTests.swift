@testable import IncidentFiles
import Testing

/// The RFC 4180 byte scanner on its own.
@Suite struct CSVScannerTests {
    /// The texts of the records of `text`, and how the scan ended.
    func scan(_ text: String, isLast: Bool = true) -> (records: [[String]], lines: Int, end: CSVScanner.Outcome?) {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            var fields: [CSVScanner.Field] = []
            var records: [[String]] = []
            var start = 0, lines = 0
            while start < buffer.count {
                let outcome = CSVScanner.scanRecord(buffer, from: start, isLast: isLast, fields: &fields)
                guard case let .record(next, recordLines) = outcome else { return (records, lines, outcome) }
                records.append(fields.map { CSVScanner.text(buffer, $0) })
                start = next
                lines += recordLines
            }
            return (records, lines, nil)
        }
    }

    @Test func quotedFieldsHoldCommasLineBreaksAndDoubledQuotes() {
        let result = scan("a,\"b, c\",\"say \"\"hi\"\"\"\n\"two\nlines\",,x\r\nlast,\"\",end")
        #expect(result.records == [["a", "b, c", "say \"hi\""], ["two\nlines", "", "x"], ["last", "", "end"]])
        #expect(result.lines == 3)
        #expect(result.end == nil)
    }

    @Test func aRecordCutByTheBufferIsIncompleteUnlessTheFileEnds() {
        #expect(scan("a,b\nc,d", isLast: false).end == .incomplete)
        #expect(scan("a,b\nc,d", isLast: true).records == [["a", "b"], ["c", "d"]])
        // A closing quote at the very end may be the first of a doubled pair.
        #expect(scan("a,\"b\"", isLast: false).end == .incomplete)
    }

    @Test func anUnterminatedQuoteNeverEnds() {
        #expect(scan("a,\"b\nc,d\n", isLast: true).end == .incomplete)
    }

    @Test func textAfterAClosingQuoteIsAnError() {
        #expect(scan("a,\"b\"c,d\n").end == .textAfterQuote(at: 5))
    }

    @Test func aQuoteInsideAnUnquotedFieldIsText() {
        #expect(scan("5\" pipe,x\n").records == [["5\" pipe", "x"]])
    }
}
