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
}
