import GazetteerKit
import Geocoding
import GeoModel
import Testing

/// Variant spellings are indexed for every country, and read only in the countries a document
/// is about.
@Suite struct VariantReadingTests {
    static func place(_ id: String, _ name: String, _ lat: Double, _ lon: Double, _ cc: String, _ admin1: String?,
                      population: Int = 0, code: String = "PPL", featureClass: String = "P") -> Place {
        ResolverTests.place(id, name, lat, lon, cc, admin1, population: population, code: code, featureClass: featureClass)
    }

    /// Two invented countries, neither of them the gazetteer's default fuzzy countries.
    static let gazetteer: Gazetteer = {
        var g = Gazetteer(fuzzyCountries: ["ZZ"])
        g.add(place("c:QQ", "Qamaria", 15.5, 44.5, "QQ", nil, population: 5_000_000, code: "PCLI", featureClass: "A"), alternateNames: [])
        g.add(place("c:RR", "Rustavia", 45.0, 10.0, "RR", nil, population: 5_000_000, code: "PCLI", featureClass: "A"), alternateNames: [])
        g.add(place("q:1", "Karnaz", 15.2, 44.1, "QQ", "QQ.01", population: 4000), alternateNames: [])
        g.add(place("r:1", "Kurnaz", 45.1, 10.2, "RR", "RR.01", population: 4000), alternateNames: [])
        return g
    }()

    @Test func aVariantIsReadInTheDocumentsCountry() {
        // "Kernaz" is neither name exactly; both are one edit away.
        let inQamaria = "Fighting was reported in Kernaz in Qamaria."
        let mentions = PlaceRecognizer(gazetteer: Self.gazetteer).mentions(in: inQamaria)
        let resolved = Resolver(gazetteer: Self.gazetteer).resolve(mentions, in: inQamaria)
        #expect(resolved.first { $0.mention.text == "Kernaz" }?.place?.id == "q:1")

        let inRustavia = "Fighting was reported in Kernaz in Rustavia."
        let other = Resolver(gazetteer: Self.gazetteer).resolve(PlaceRecognizer(gazetteer: Self.gazetteer).mentions(in: inRustavia),
                                                                 in: inRustavia)
        #expect(other.first { $0.mention.text == "Kernaz" }?.place?.id == "r:1")
    }

    @Test func aVariantOutsideTheDocumentsCountriesIsNoReading() {
        let text = "Fighting was reported in Kernaz."
        var resolver = Resolver(gazetteer: Self.gazetteer)
        resolver.focus = ["SY"]
        let resolved = resolver.resolve(PlaceRecognizer(gazetteer: Self.gazetteer).mentions(in: text), in: text)
        #expect(resolved.allSatisfy { $0.place == nil })
    }

    @Test func everyCountrysNamesAreIndexed() {
        #expect(Self.gazetteer.fuzzyCandidates(forKey: NameNormalizer.key(for: "Kernaz")).map(\.place.id).sorted() == ["q:1", "r:1"])
    }

    /// A second Qamarian district whose name keeps its ayn as an apostrophe.
    static let withApostrophe: Gazetteer = {
        var g = gazetteer
        g.add(place("q:2", "As Sab'un", 15.3, 44.2, "QQ", "QQ.01", code: "ADM2", featureClass: "A"), alternateNames: [])
        return g
    }()

    @Test func aLoneVariantInTheDocumentsCountryIsTakenWithNoPlaceNearIt() {
        // No other place in the text: the report's setting (here `focus`) alone vouches for the variant.
        let text = "Jets bombed a depot in Kernaz."
        var resolver = Resolver(gazetteer: Self.gazetteer)
        resolver.focus = ["QQ"]
        let resolved = resolver.resolve(PlaceRecognizer(gazetteer: Self.gazetteer).mentions(in: text), in: text)
        #expect(resolved.first { $0.mention.text == "Kernaz" }?.place?.id == "q:1")
        // Without a known country the fallback countries do not vouch for it.
        let unknown = Resolver(gazetteer: Self.gazetteer).resolve(PlaceRecognizer(gazetteer: Self.gazetteer).mentions(in: text), in: text)
        #expect(unknown.allSatisfy { $0.place == nil })
    }

    @Test func aShortNameWithNoReadingInTheCountryGetsRoomForItsVowels() {
        // "Sabaun" is two vowel edits from "Sab'un": too far for a 6-letter key, unless no reading lies in the country.
        let key = NameNormalizer.key(for: "Sabaun")
        #expect(Gazetteer.fuzzyLimit(forKey: key) == 1)
        #expect(Gazetteer.fuzzyLimit(forKey: key, vowelSlack: true) == 2)
        #expect(Gazetteer.fuzzyLimit(forKey: NameNormalizer.key(for: "Nahm"), vowelSlack: true) == 0)
        let text = "Jets bombed a depot in As Sabaun district."
        var resolver = Resolver(gazetteer: Self.withApostrophe)
        resolver.focus = ["QQ"]
        let resolved = resolver.resolve(PlaceRecognizer(gazetteer: Self.withApostrophe).mentions(in: text), in: text)
        #expect(resolved.contains { $0.place?.id == "q:2" })
    }
}
