import GazetteerKit
import GeoModel
import Testing

@Suite struct PlaceRecognizerTests {
    static let builtin: Gazetteer? = try? Gazetteer.builtin()

    func names(in text: String) throws -> [String] {
        let gazetteer = try #require(Self.builtin, "the built-in gazetteer did not load")
        return PlaceRecognizer(gazetteer: gazetteer).mentions(in: text).map(\.text)
    }

    @Test func peopleOrganisationsAndWordsAreNotPlaces() throws {
        let text = """
        At a briefing, US Defense Secretary Ash Carter and Secretary of State John Kerry spoke about Air Guard units. \
        Many said the War was far from over on Wednesday. Fighters of Hayat Tahrir al-Sham and the Fatah Army, armed \
        with TOW missiles, clashed with Al Izza. President Bashar al-Assad met Khaled Khoja, and al Assad's aides \
        listened to Al-Mayadeen TV and Middle East Eye. Hamas issued a statement.
        """
        let found = try names(in: text)
        let forbidden = ["At", "Secretary", "Secretary Ash", "Ash", "Carter", "Kerry", "Defense", "Air", "War", "Guard", "Many",
                         "Wednesday", "Hayat", "TOW", "Fatah", "Al Izza", "Izza", "Bashar", "Khaled", "Khoja", "Assad", "al Assad's",
                         "Mayadeen", "Al-Mayadeen", "Middle East", "Hama", "Hamas"]
        #expect(Set(found).isDisjoint(with: forbidden), "found: \(found)")
    }

    @Test func aNameAfterProOrAntiIsASideNotAPlace() throws {
        // Homs and Hama are towns, yet here they stand for the sides; Tartus is where the fighting was.
        let found = try names(in: "Pro-Homs militias and anti-Hama fighters clashed in Tartus, while pro Damascus forces held back.")
        #expect(found == ["Tartus"], "found: \(found)")
    }

    @Test func aNameAfterLoyalToOrAlliedWithIsASide() throws {
        let found = try names(in: "Militias loyal to Homs and gunmen allied with Hama attacked a post in Tartus held by supporters of Latakia.")
        #expect(found == ["Tartus"], "found: \(found)")
    }

    @Test func findsTownsFeaturesAndCountries() throws {
        let text = """
        Jets struck Talbeesah, Rastan and al-Bab, then hit Jisr al-Shughour in Idlib province. Work goes on at \
        Latakia's Bassel al Assad airport. France, Lebanon, Iran and Russia reacted; Syrian officials said little.
        """
        let found = try names(in: text)
        for name in ["Talbeesah", "Rastan", "al-Bab", "Jisr al-Shughour", "Idlib", "Latakia", "Bassel al Assad airport",
                     "France", "Lebanon", "Iran", "Russia", "Syrian"] {
            #expect(found.contains(name), "\(name) missing from \(found)")
        }
        #expect(!found.contains("Bab"))
    }

    @Test func marksProvinceAndNearCues() throws {
        let gazetteer = try #require(Self.builtin)
        let mentions = PlaceRecognizer(gazetteer: gazetteer)
            .mentions(in: "Strikes hit Homs and Idlib provinces, the central province of Hama and the outskirts of Aleppo.")
        let byText = Dictionary(mentions.map { ($0.text, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(byText["Homs"]?.hasProvinceCue == true)
        #expect(byText["Idlib"]?.hasProvinceCue == true)
        #expect(byText["Hama"]?.hasProvinceCue == true)
        #expect(byText["Aleppo"]?.hasProvinceCue == false)
        #expect(byText["Aleppo"]?.hasNearCue == true)
    }

    @Test func spansAreCodePoints() throws {
        let gazetteer = try #require(Self.builtin)
        let text = "Ḥalab — “Homs” and Ḥamāh"
        let mentions = PlaceRecognizer(gazetteer: gazetteer).mentions(in: text)
        let scalars = Array(text.unicodeScalars)
        for mention in mentions {
            let slice = String(String.UnicodeScalarView(scalars[mention.span.start..<mention.span.end]))
            #expect(slice == mention.text)
        }
        #expect(mentions.map(\.text).contains("Homs"))
    }
}
