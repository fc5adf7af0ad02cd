import GeoModel
import Testing

/// Every ISO 3166-1 country has an English name and a numeric code (issue 18), with ACLED's
/// spelling where ACLED writes a country differently from the standard.
@Suite struct CountryCodesTests {
    /// Countries outside the hand-written table of the ones ACLED names most often.
    @Test(arguments: [("CI", "Côte d'Ivoire", 384), ("NZ", "New Zealand", 554), ("VE", "Venezuela", 862),
                      ("KP", "North Korea", 408), ("AQ", "Antarctica", 10), ("IS", "Iceland", 352)])
    func namesAndNumbersBeyondACLEDsTable(code: String, name: String, numeric: Int) {
        #expect(CountryCodes.name(for: code) == name)
        #expect(CountryCodes.numeric(for: code) == numeric)
        #expect(CountryCodes.alpha2(for: name) == code)
        #expect(CountryCodes.alpha2(for: String(numeric)) == code)
    }

    @Test func acledSpellingWinsOverTheStandard() {
        #expect(CountryCodes.name(for: "TR") == "Turkey")
        #expect(CountryCodes.name(for: "CD") == "Democratic Republic of Congo")
        #expect(CountryCodes.name(for: "PS") == "Palestine")
        #expect(CountryCodes.name(for: "SY") == "Syria")
        // The standard's names still read back.
        #expect(CountryCodes.alpha2(for: "Türkiye") == "TR")
        #expect(CountryCodes.alpha2(for: "Congo, The Democratic Republic of the") == "CD")
        #expect(CountryCodes.alpha2(for: "Bolivarian Republic of Venezuela") == "VE")
        #expect(CountryCodes.alpha2(for: "NZL") == "NZ")
    }

    @Test func unknownCodesHaveNoName() {
        #expect(CountryCodes.name(for: "ZZ") == nil)
        #expect(CountryCodes.numeric(for: "ZZ") == nil)
        #expect(CountryCodes.alpha2(for: "Atlantis") == nil)
        #expect(CountryCodes.alpha2(for: "999") == nil)
    }
}
