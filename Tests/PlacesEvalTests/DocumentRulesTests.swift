import GazetteerKit
import GeoModel
import Pipeline
import Testing

/// The document-level rules of issue 8, each on a short invented text.
@Suite struct DocumentRulesTests {
    func records(_ text: String) throws -> [PlaceMentionRecord] {
        try SharedGeoparser.get().records(in: Report(id: "t", date: nil, title: nil, url: nil, source: nil, text: text, origin: "test"))
    }

    func place(of mention: String, in text: String, occurrence: Int = 0) throws -> PlaceMentionRecord? {
        try records(text).filter { $0.mention == mention }.dropFirst(occurrence).first
    }

    @Test func georgiaFollowsItsContext() throws {
        let caucasus = try place(of: "Georgia", in: "Protesters marched in Tbilisi and Batumi. Georgia has asked to join the bloc.")
        #expect(caucasus?.place.country == "GE")
        #expect(caucasus?.place.featureCode == "PCLI")
        let state = try place(of: "Georgia", in: "Officials in Georgia recounted ballots in Atlanta, Savannah and Macon on Friday.")
        #expect(state?.place.country == "US")
        #expect(state?.place.featureCode == "ADM1")
    }

    @Test func washingtonAsAGovernmentIsTheCapital() throws {
        let record = try place(of: "Washington", in: "Washington blamed Moscow for the attack, and the Kremlin denied it.")
        #expect(record?.place.featureCode == "PPLC")
        #expect(record?.place.country == "US")
        #expect(try place(of: "Moscow", in: "Washington blamed Moscow for the attack.")?.place.country == "RU")
    }

    @Test func parisIsTheCapitalUnlessTexasIsInPlay() throws {
        #expect(try place(of: "Paris", in: "Unions marched through Paris on Thursday.")?.place.country == "FR")
        let texan = try place(of: "Paris", in: "Storms tore through northeast Texas, damaging homes in Paris, Sherman and Texarkana.")
        #expect(texan?.place.country == "US")
        #expect(texan?.place.admin1Code == "US.TX")
    }

    @Test func designatorsTellADivisionFromItsCity() throws {
        let text = "Shelling hit villages across Idlib province. A doctor in Idlib city said the hospital was full."
        let all = try records(text).filter { $0.mention == "Idlib" }
        #expect(all.map(\.place.featureCode) == ["ADM1", "PPL"])
        #expect(all.map(\.placeType) == [.admin1, .populatedPlace])
        #expect(all.first?.geoPrecision == .province)
    }

    @Test func demonymsAreEvidenceButNotMentions() throws {
        let lebanese = try records("Lebanese army units deployed in Tripoli on Sunday.")
        // A demonym is a mention of its country, but never a literal one.
        #expect(lebanese.first { $0.mention == "Lebanese" }?.kind == .demonym)
        #expect(lebanese.first { $0.mention == "Lebanese" }?.place.featureCode == "PCLI")
        #expect(lebanese.first { $0.mention == "Tripoli" }?.place.country == "LB")
        // Without the demonym, the capital of Libya is the likelier Tripoli.
        let plain = try records("Army units deployed in Tripoli on Sunday.")
        #expect(plain.first { $0.mention == "Tripoli" }?.place.country == "LY")
    }

    @Test func featuresAndInstitutionsAreNotPlaces() throws {
        let found = try records("Students at the University of Texas met at Damascus University. Boats crossed the Rio Grande and the Nile.")
        #expect(found.isEmpty, "\(found.map(\.mention))")
    }

    @Test func possessivesAreMentionsWithoutTheEnding() throws {
        let found = try records("Syria's foreign minister met Kosovo’s envoy.")
        #expect(found.map(\.mention) == ["Syria", "Kosovo"])
        #expect(found.map(\.span) == [TextSpan(start: 0, end: 5), TextSpan(start: 29, end: 35)])
    }

    @Test func incidentPlacesAreEventsAndTheRestContext() throws {
        let text = "An air strike hit a market in Saraqib on Monday, killing 12 civilians. Officials in Damascus said little."
        let found = try records(text)
        #expect(found.first { $0.mention == "Saraqib" }?.role == .event)
        #expect(found.first { $0.mention == "Damascus" }?.role == .context)
    }
}
