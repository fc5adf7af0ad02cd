import Layers
import Testing

@Suite struct EscapingTests {
    @Test(arguments: [("=1+1", "'=1+1"), ("-3", "'-3"), ("@SUM(A1)", "'@SUM(A1)"), ("plain", "plain"),
                      ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("\tx", "'\tx")])
    func csvCellsAreQuotedAndNeutralised(input: String, expected: String) {
        #expect(CSVWriter.cell(input) == expected)
    }

    @Test func xmlEscapingNeutralisesMarkup() {
        #expect(XMLText.escape("<b>&]]>\"'") == "&lt;b&gt;&amp;]]&gt;&quot;&#39;")
        #expect(XMLText.escape("bell\u{07}") == "bell")
    }
}
