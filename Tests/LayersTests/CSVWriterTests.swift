import Foundation
import GeoModel
@testable import Layers
import Testing

/// A strict RFC 4180 reader for checking the writer's output.
enum RFC4180 {
    static func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], cell = ""
        var quoted = false, i = text.unicodeScalars.startIndex
        let s = text.unicodeScalars
        while i < s.endIndex {
            let c = s[i]
            if quoted {
                if c == "\"" {
                    let next = s.index(after: i)
                    if next < s.endIndex, s[next] == "\"" { cell.unicodeScalars.append("\""); i = next } else { quoted = false }
                } else { cell.unicodeScalars.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == "," { row.append(cell); cell = "" }
            else if c == "\r" {
                let next = s.index(after: i)
                if next < s.endIndex, s[next] == "\n" { i = next }
                row.append(cell); rows.append(row); row = []; cell = ""
            } else { cell.unicodeScalars.append(c) }
            i = s.index(after: i)
        }
        if !row.isEmpty || !cell.isEmpty { row.append(cell); rows.append(row) }
        return rows
    }
}

@Suite struct CSVWriterTests {
    func table() -> [[String: String]] {
        let rows = RFC4180.rows(LayerFixtures.render { CSVWriter.write(LayerFixtures.incidents, to: $0) })
        let header = rows[0]
        return rows.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    @Test func headerStartsWithACLEDsColumnsInACLEDsOrder() {
        let rows = RFC4180.rows(LayerFixtures.render { CSVWriter.write([], to: $0) })
        #expect(Array(rows[0].prefix(19)) == ["event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
                                              "actor1", "actor2", "iso", "country", "admin1", "admin2", "location", "latitude", "longitude",
                                              "geo_precision", "source", "notes", "fatalities"])
        #expect(rows.count == 1)
    }

    @Test func everyRowHasEveryColumnAndMultilineNotesSurvive() {
        let rows = table()
        #expect(rows.count == LayerFixtures.incidents.count)
        #expect(rows.allSatisfy { $0.count == CSVWriter.header.count })
        #expect(rows[1]["notes"] == LayerFixtures.incidents[1].notes)
        #expect(rows[0]["notes"] == LayerFixtures.incidents[0].notes)
        #expect(rows[0]["year"] == "2015" && rows[3]["year"] == "")
        #expect(rows[0]["fatalities"] == "12" && rows[1]["fatalities"] == "")
    }

    /// ACLED's exports: the English name in `country`, the ISO numeric code in `iso`; a country
    /// the name table lacks keeps its alpha-2 code, which reads back, and an empty `iso`.
    @Test func countryIsTheEnglishNameAndISOTheNumericCode() {
        let rows = table()
        #expect(rows[0]["country"] == "Syria" && rows[0]["iso"] == "760")
        #expect(rows[3]["country"] == "XX" && rows[3]["iso"] == "")
        var lebanese = LayerFixtures.incidents[0]
        lebanese.country = "LB"
        let row = RFC4180.rows(LayerFixtures.render { CSVWriter.write([lebanese], to: $0) })
        #expect(row[1][row[0].firstIndex(of: "country")!] == "Lebanon")
        #expect(row[1][row[0].firstIndex(of: "iso")!] == "422")
    }

    /// Week and month dates are the first day of their span, with `time_precision` beside them.
    @Test func weekAndMonthDatesAreTheFirstDayOfTheirSpan() {
        let rows = table()
        #expect(rows.map { $0["event_date"] } == ["2015-10-05", "2015-10-05", "2015-11-01", ""])
        #expect(rows.map { $0["time_precision"] } == ["1", "2", "3", "1"])
        #expect(rows[1]["year"] == "2015")
    }

    /// The `.csvt` has one type per column, the coordinates as OGR's CoordX and CoordY.
    @Test func columnTypesNameEveryColumnAndThePoint() {
        let types = CSVWriter.columnTypes.trimmingCharacters(in: .newlines).components(separatedBy: ",")
        #expect(types.count == CSVWriter.header.count)
        let typeOf = Dictionary(uniqueKeysWithValues: zip(CSVWriter.header, types))
        #expect(typeOf["longitude"] == "CoordX" && typeOf["latitude"] == "CoordY")
        #expect(typeOf["event_date"] == "Date" && typeOf["iso"] == "Integer" && typeOf["fatalities"] == "Integer")
        #expect(typeOf["notes"] == "String" && typeOf["country"] == "String")
        #expect(CSVWriter.projection.hasSuffix("AUTHORITY[\"EPSG\",\"4326\"]]"))
    }

    @Test func formulaCellsAreNeutralisedButNumbersAreNot() {
        let rows = table()
        #expect(rows[1]["source"] == "'=HYPERLINK(\"http://evil\")")
        #expect(rows[2]["actor1"] == "'-Rebels")
        #expect(rows[2]["actor2"] == "'@Army")
        #expect(rows[2]["notes"]?.hasPrefix("'+Clashes") == true)
        #expect(rows[3]["longitude"].flatMap(Double.init).map { abs($0 + 10.123457) < 1e-6 } == true)
        #expect(rows[3]["latitude"] == "0")
    }

    @Test(arguments: [("=1+1", "'=1+1"), ("-3", "'-3"), ("+x", "'+x"), ("@SUM(A1)", "'@SUM(A1)"), ("plain", "plain"),
                      ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("\tx", "'\tx"), ("\rx", "\"'\rx\""),
                      ("=a,b", "\"'=a,b\""), ("line\nbreak", "\"line\nbreak\""), ("", "")])
    func cellsAreQuotedAndNeutralised(input: String, expected: String) {
        #expect(CSVWriter.cell(input) == expected)
    }
}
