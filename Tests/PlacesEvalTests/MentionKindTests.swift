import GazetteerKit
import GeoModel
import Pipeline
import Testing

/// Issue 14's recognition of what a place looks like in news: short forms, regions, demonyms,
/// names inside organisations, datelines and "City, State" pairs, each on an invented sentence.
@Suite struct MentionKindTests {
    func records(_ text: String) throws -> [PlaceMentionRecord] {
        try SharedGeoparser.get().records(in: Report(id: "k", date: nil, title: nil, url: nil, source: nil, text: text, origin: "test"))
    }

    func record(_ mention: String, in text: String) throws -> PlaceMentionRecord? {
        try records(text).first { $0.mention == mention }
    }

    @Test func shortFormsOfCountriesAreLiteralMentions() throws {
        let text = "The U.S. and the UK sent envoys, and officials in the United States said so."
        let us = try record("U.S.", in: text)
        #expect(us?.place.featureCode == "PCLI")
        #expect(us?.place.country == "US")
        #expect(us?.kind == .literal)
        #expect(try record("UK", in: text)?.place.country == "GB")
        #expect(try record("United States", in: text)?.place.country == "US")
    }

    @Test func stateAbbreviationsAreTheirStates() throws {
        let text = "She grew up near Lexington, Ky., and later moved to Richmond, Va., for work."
        let kentucky = try record("Ky.", in: text)
        #expect(kentucky?.place.admin1Code == "US.KY")
        #expect(kentucky?.place.featureCode == "ADM1")
        #expect(try record("Va.", in: text)?.place.admin1Code == "US.VA")
        // The town goes to the namesake in the state written after it.
        #expect(try record("Lexington", in: text)?.place.admin1Code == "US.KY")
        #expect(try record("Richmond", in: text)?.place.admin1Code == "US.VA")
    }

    @Test func aTownBeforeAProvinceIsTheNamesakeThere() throws {
        let london = try record("London", in: "A storm knocked out power in London, Ont., overnight.")
        #expect(london?.place.country == "CA")
        #expect(london?.place.admin1Code == "CA.08")
    }

    @Test func regionsAndContinentsAreRegions() throws {
        let text = "Oil prices rose as tension in the Middle East spread to Europe and Africa."
        let middleEast = try record("Middle East", in: text)
        #expect(middleEast?.kind == .region)
        #expect(try record("Europe", in: text)?.kind == .region)
        let africa = try record("Africa", in: text)
        #expect(africa?.kind == .region)
        #expect((africa?.place.coordinate.latitude ?? 99) < 20)
        // "Gulf" is a region only after "the".
        #expect(try record("Gulf", in: "Gulf Power raised its rates.") == nil)
    }

    @Test func demonymsAreMentionsOfTheirCountry() throws {
        let text = "Russian troops crossed the border, and Egyptian mediators flew in."
        let russian = try record("Russian", in: text)
        #expect(russian?.kind == .demonym)
        #expect(russian?.place.country == "RU")
        #expect(russian?.place.featureCode == "PCLI")
        #expect(try record("Egyptian", in: text)?.place.country == "EG")
    }

    @Test func aStateInsideAnAgencyNameIsInName() throws {
        let text = "Crews in Dayton and Toledo worked late. The Ohio Department of Transportation closed two lanes."
        let ohio = try record("Ohio", in: text)
        #expect(ohio?.kind == .inName)
        #expect(ohio?.place.admin1Code == "US.OH")
    }

    @Test func datelinesInCapitalsAreRead() throws {
        let text = "NAIROBI, Kenya — Heavy rain flooded several roads on Monday."
        let nairobi = try record("NAIROBI", in: text)
        #expect(nairobi?.place.country == "KE")
        #expect(nairobi?.span == TextSpan(start: 0, end: 7))
        #expect(DatelineCase.titleCasing("BEIRUT \u{2014} Talks resumed.") == "Beirut \u{2014} Talks resumed.")
        #expect(DatelineCase.titleCasing("THE END") == "THE END")
        #expect(DatelineCase.titleCasing("NEW YORK (AP) -- x").hasPrefix("New York (AP)"))
    }

    @Test func kindIsWrittenInEveryRecord() throws {
        for record in try records("Protests in Cairo drew Egyptian students and European diplomats.") {
            #expect(MentionKind.allCases.contains(record.kind))
        }
        #expect(MentionKind.inName.rawValue == "in_name")
    }
}

extension MentionKindTests {
    @Test func aStateAfterAnInstitutionAndOfIsInName() throws {
        let text = "Flooding closed roads in Austin and Dallas, and the University of Texas cancelled classes."
        let texas = try record("Texas", in: text)
        #expect(texas?.kind == .inName)
        #expect(texas?.place.admin1Code == "US.TX")
    }
}

/// Counties and the state a local report is about.
@Suite struct CountyTests {
    func records(_ text: String) throws -> [PlaceMentionRecord] {
        try SharedGeoparser.get().records(in: Report(id: "c", date: nil, title: nil, url: nil, source: nil, text: text, origin: "test"))
    }

    @Test func aCountyIsTheDistrictNotTheTown() throws {
        let text = "Deputies in Laurel County searched the woods near London and Corbin, Ky., on Tuesday."
        let county = try records(text).first { $0.mention == "Laurel County" }
        #expect(county?.place.featureCode == "ADM2")
        #expect(county?.place.admin1Code == "US.KY")
        #expect(county?.kind == .literal)
    }

    @Test func townsOfOneStateSettleOnIt() throws {
        let text = "Lexington Police chased the car through Frankfort, Louisville and Bowling Green, Kentucky, before it stopped."
        let all = try records(text)
        for town in ["Frankfort", "Louisville", "Bowling Green"] {
            #expect(all.first { $0.mention == town }?.place.admin1Code == "US.KY", "\(town)")
        }
    }
}

extension CountyTests {
    @Test func aShortFormBeatsATownReadInsideIt() throws {
        let all = try records("The storm moved from Wichita, Kan., toward Tulsa, Okla., overnight.")
        #expect(all.first { $0.mention == "Kan." }?.place.admin1Code == "US.KS")
        #expect(all.first { $0.mention == "Okla." }?.place.admin1Code == "US.OK")
        #expect(!all.contains { $0.mention == "Kan" })
    }

    @Test func aStateNamedAloneBeatsASmallTownOfItsName() throws {
        let all = try records("Farmers in Ohio and Kentucky said the drought in Indiana had cut the harvest in Illinois.")
        let indiana = all.first { $0.mention == "Indiana" }
        #expect(indiana?.place.featureCode == "ADM1")
        #expect(indiana?.place.admin1Code == "US.IN")
    }
}
