import GeoModel
@testable import Pipeline
import Testing

@Suite struct ReportWindowsTests {
    @Test(arguments: ["", "short text.", String(repeating: "A sentence ends here. ", count: 500),
                      String(repeating: "x", count: 1000), String(repeating: "é ", count: 700)])
    func windowsCoverTheTextInOrder(_ text: String) {
        let windows = Array(ReportWindows(text: text, preferredLength: 100))
        #expect(windows.map(\.text).joined() == text)
        var offset = 0
        for window in windows {
            #expect(window.offset == offset)
            #expect(window.text.unicodeScalars.count <= 400)
            offset += window.text.unicodeScalars.count
        }
        #expect(offset == text.unicodeScalars.count)
    }

    @Test func windowsEndAtSentenceEnds() {
        let text = String(repeating: "Shelling hit the town again today. ", count: 40)
        let windows = Array(ReportWindows(text: text, preferredLength: 100))
        #expect(windows.count > 3)
        for window in windows.dropLast() { #expect(window.text.hasSuffix(".")) }
    }

    /// The ASCII shortcut agrees with Unicode's White_Space property on every ASCII scalar and
    /// on the non-ASCII spaces and look-alikes around them.
    @Test func whiteSpaceIsUnicodes() {
        let scalars = (0..<0x80).compactMap(Unicode.Scalar.init) + ["\u{85}", "\u{A0}", "\u{1680}", "\u{2009}", "\u{200B}", "\u{2028}", "\u{3000}", "\u{FEFF}", "é"]
        for scalar in scalars {
            #expect(ReportWindows.isWhitespace(scalar) == scalar.properties.isWhitespace, "U+\(String(scalar.value, radix: 16))")
        }
    }
}
