import Foundation
import GeoModel
@testable import Layers
import Testing
import TestSupport

@Suite struct EscapingTests {
    /// Random text drawn from the characters that break writers.
    static func randomTexts(count: Int, seed: UInt64) -> [String] {
        let alphabet: [Unicode.Scalar] = ["a", "Z", " ", "\"", "\\", "/", "<", ">", "&", "'", "]", "=", ",", "\n", "\r", "\t",
                                          "\u{0}", "\u{1}", "\u{7}", "\u{1F}", "\u{7F}", "\u{85}", "\u{2028}", "\u{2029}", "é",
                                          "\u{FEFF}", "\u{FFFD}", "\u{FFFE}", "\u{FFFF}", "😀", "ش", "\u{E2}", "\u{EF}"]
        var rng = SeededGenerator(seed: seed)
        return (0..<count).map { _ in
            var s = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...24, using: &rng) { s.append(alphabet.randomElement(using: &rng)!) }
            return String(s)
        }
    }

    /// Long, mostly plain text with a rare special character, so that the word-at-a-time scan
    /// meets specials in every lane of a word and at every distance from the end.
    static func sparseTexts(count: Int, seed: UInt64) -> [String] {
        let specials = Array(randomTexts(count: 1, seed: 0).first!.unicodeScalars) + ["\"", "<", "&", "\u{1}", "\u{2028}", "\u{FEFF}", "\u{FFFE}", "'", "\\", "é"]
        var rng = SeededGenerator(seed: seed)
        return (0..<count).map { _ in
            var s = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...120, using: &rng) {
                s.append(Int.random(in: 0..<25, using: &rng) == 0 ? specials.randomElement(using: &rng)! : "a")
            }
            return String(s)
        }
    }

    @Test func sparseSpecialsAreFoundByTheWordScan() throws {
        for text in Self.sparseTexts(count: 3000, seed: 5) {
            let json = OutputBuffer()
            json.write(literal: "[")
            json.write(jsonString: text)
            json.write(literal: "]")
            #expect(try JSONSerialization.jsonObject(with: Data(json.text().utf8)) as? [String] == [text])
            let html = OutputBuffer()
            html.write(jsonString: text, forHTML: true)
            #expect(!html.text().contains("<") && !html.text().contains("&"))
            let xml = OutputBuffer()
            xml.write(xmlText: text)
            #expect(xml.text() == XMLText.escape(text), "\(text.debugDescription)")
        }
    }

    @Test func jsonStringsRoundTripThroughJSONSerialization() throws {
        for text in Self.randomTexts(count: 2000, seed: 7) {
            for html in [false, true] {
                let out = OutputBuffer()
                out.write(literal: "[")
                out.write(jsonString: text, forHTML: html)
                out.write(literal: "]")
                let written = out.text()
                let parsed = try JSONSerialization.jsonObject(with: Data(written.utf8)) as? [String]
                #expect(parsed == [text], "\(written.debugDescription)")
                #expect(!written.contains("\u{2028}") && !written.contains("\u{2029}"))
                if html { #expect(!written.contains("<") && !written.contains(">") && !written.contains("&")) }
            }
        }
    }

    @Test func streamingXMLEscapeMatchesXMLText() {
        for text in Self.randomTexts(count: 2000, seed: 11) {
            let out = OutputBuffer()
            out.write(xmlText: text)
            #expect(out.text() == XMLText.escape(text), "\(text.debugDescription)")
        }
    }

    @Test func xmlEscapingNeutralisesMarkup() {
        #expect(XMLText.escape("<b>&]]>\"'") == "&lt;b&gt;&amp;]]&gt;&quot;&#39;")
        #expect(XMLText.escape("bell\u{07}") == "bell")
        let twice = OutputBuffer()
        twice.write(xmlText: "<a & b>", asHTMLInXML: true)
        #expect(twice.text() == "&amp;lt;a &amp;amp; b&amp;gt;")
    }

    @Test func coordinatesMatchPrintfRoundedToSixDecimals() {
        var rng = SeededGenerator(seed: 3)
        for _ in 0..<5000 {
            let value = Double.random(in: -180...180, using: &rng)
            var expected = String(format: "%.6f", Coordinate.round(value, 6))
            while expected.hasSuffix("0") { expected.removeLast() }
            if expected.hasSuffix(".") { expected.removeLast() }
            if expected == "-0" { expected = "0" }
            #expect(FieldValue.format(value) == expected, "\(value)")
        }
    }

    @Test(arguments: [(0.0, "0"), (-0.0, "0"), (36.7, "36.7"), (-180.0, "-180"), (0.0000005, "0.000001"), (-0.0000004, "0"),
                      (35.0000001, "35"), (-12.25, "-12.25"), (1e-7, "0")])
    func coordinateEdgeCases(value: Double, expected: String) {
        #expect(FieldValue.format(value) == expected)
    }

    @Test(arguments: [0, 7, -7, 10, 1_000_000, Int.max, Int.min + 1])
    func integersMatchSwift(value: Int) {
        let out = OutputBuffer()
        out.write(integer: value)
        #expect(out.text() == String(value))
    }
}
