import Extraction
import GeoModel
import Testing

@Suite struct ExtractionBasicsTests {
    @Test(arguments: [
        ("Warplanes struck the town on Monday.", "2015-10-05", TimePrecision.day),
        ("Fighting broke out last Tuesday.", "2015-09-29", TimePrecision.day),
        ("Shelling was reported yesterday.", "2015-10-05", TimePrecision.day),
        ("The attack took place on the night of November 8.", "2014-11-08", TimePrecision.day),
        ("Clashes continued earlier this month.", "2015-10-01", TimePrecision.month),
    ])
    func resolvesDatesAgainstPublication(sentence: String, expected: String, precision: TimePrecision) throws {
        let published = try Day(parsing: "2015-10-06") // a Tuesday
        let resolved = DateResolver.resolve(in: sentence, published: published)
        #expect(resolved?.day.description == expected)
        #expect(resolved?.precision == precision)
    }

    @Test(arguments: [
        ("Monitors said 14 people were killed, while officials said nine died.", 9),
        ("Twenty fighters died during the fighting.", 20),
        ("Dozens of people were killed or wounded.", 12),
        ("Eight were wounded but none were killed.", 0),
        ("The blast killed a policeman and seven civilians.", 8),
        ("Gunmen shot dead an off-duty officer outside his home.", 1),
        ("Two to three people died, and over a dozen were hurt.", 2),
        ("No casualties or injuries were reported.", 0),
        ("Officials put the toll at 1,200 dead.", 1200),
    ])
    func takesTheLowestFigure(sentence: String, expected: Int) {
        #expect(FatalityParser.fatalities(in: sentence) == expected)
    }

    @Test func noDeathWordsMeansNoFigure() {
        #expect(FatalityParser.fatalities(in: "Eight people were wounded in 2015.") == nil)
    }

    @Test func abbreviationsDoNotEndSentences() {
        let text = "Capt. Al Mahmoud told U.S. officials it began. A second sentence follows."
        let sentences = SentenceSplitter.sentences(of: text)
        #expect(sentences.map(\.text) == ["Capt. Al Mahmoud told U.S. officials it began.", "A second sentence follows."])
        #expect(sentences[1].span.start == 47)
    }

    @Test(arguments: [
        ("Rebels vowed to attack Russian forces.", 0),
        ("The group declared war on the occupiers.", 0),
        ("Russian airstrikes hit the town.", 1),
    ])
    func hypotheticalsAreNotEvents(sentence: String, count: Int) {
        let cues = EventCues.cues(in: sentence).filter { !EventCues.isIrrealis($0, in: sentence) && $0.subEventType.eventType.isViolent }
        #expect(cues.count == count)
    }

    @Test func actorAliasesMapToOneName() throws {
        let actors = try ActorDictionary.builtin()
        let found = actors.actors(in: "The Army of Islam and Tajamaa al Ezza clashed with IS near Rastan.")
        let names = found.map { actors.name(of: $0.name, country: "SY", date: nil) { $0 } }
        #expect(names == ["Jaish al-Islam", "Jaysh al-Izza", "Islamic State (Syria)"])
        // The same alias names the country's own branch elsewhere, and a local group gives its country as the setting.
        #expect(actors.name(of: found[2].name, country: "YE", date: nil) { $0 } == "Islamic State (Yemen)")
        #expect(found.map(\.homeCountries) == [["SY"], ["SY"], []])
    }
}
