import GazetteerKit
import Geocoding
import GeoModel
import Testing

@Suite struct ResolverTests {
    static func place(_ id: String, _ name: String, _ lat: Double, _ lon: Double, _ cc: String, _ admin1: String?,
                      population: Int = 0, code: String = "PPL", featureClass: String = "P") -> Place {
        Place(id: id, name: name, coordinate: Coordinate(uncheckedLatitude: lat, longitude: lon), featureClass: featureClass,
              featureCode: code, country: cc, admin1Code: admin1, admin1: nil, population: population)
    }

    static let gazetteer: Gazetteer = {
        var g = Gazetteer()
        g.add(place("g:1", "Palmyra", 34.56, 38.28, "SY", "SY.11", population: 50000), alternateNames: ["Tadmur"])
        g.add(place("g:2", "Palmyra", 40.0, -75.0, "US", "US.PA", population: 7000), alternateNames: [])
        g.add(place("g:3", "Ar Rastan", 34.93, 36.73, "SY", "SY.11", population: 50000), alternateNames: ["Rastan"])
        g.add(place("g:4", "Talbisah", 34.84, 36.73, "SY", "SY.11", population: 30000), alternateNames: [])
        return g
    }()

    @Test func documentFocusPicksTheSyrianNamesake() {
        let text = "Strikes hit Rastan and Talbisah, then Palmyra."
        let mentions = PlaceRecognizer(gazetteer: Self.gazetteer).mentions(in: text)
        #expect(mentions.map(\.text) == ["Rastan", "Talbisah", "Palmyra"])
        let resolutions = Resolver(gazetteer: Self.gazetteer).resolve(mentions, in: text)
        #expect(resolutions.last?.place?.id == "g:1")
        #expect(resolutions.last?.ranked.count == 2)
        #expect(resolutions.last!.ranked[0].score > resolutions.last!.ranked[1].score)
    }

    @Test func explicitCountryOverridesPopulation() {
        let resolution = Resolver(gazetteer: Self.gazetteer).geocode("Palmyra", country: "US")
        #expect(resolution.place?.id == "g:2")
        #expect(resolution.geoPrecision == .town)
    }

    @Test func unknownNameResolvesToNothing() {
        let resolution = Resolver(gazetteer: Self.gazetteer).geocode("Atlantis")
        #expect(resolution.place == nil)
        #expect(resolution.confidence == 0)
    }

    /// A document that names Syria explains "Palmyra": the American namesakes get no vote, even
    /// when they outnumber the Syrian town and another name ("Damascus") has an American twin too.
    @Test func aNamedCountryExplainsItsNamesakes() {
        var g = Gazetteer()
        g.add(Self.place("c:SY", "Syria", 35.0, 38.5, "SY", nil, population: 17_000_000, code: "PCLI", featureClass: "A"),
              alternateNames: ["Syrian"])
        // As in GeoNames, the Syrian town's own name is Tadmur; the American ones are called Palmyra.
        g.add(Self.place("g:1", "Tadmur", 34.56, 38.28, "SY", "SY.11", population: 8000), alternateNames: ["Palmyra"])
        for (i, state) in ["US.PA", "US.NJ", "US.MO", "US.NY"].enumerated() {
            g.add(Self.place("g:us\(i)", "Palmyra", 40.0 + Double(i), -75.0, "US", state, population: 7000), alternateNames: [])
        }
        g.add(Self.place("g:5", "Damascus", 33.51, 36.29, "SY", "SY.13", population: 1_500_000), alternateNames: [])
        g.add(Self.place("g:6", "Damascus", 39.28, -77.2, "US", "US.MD", population: 15000), alternateNames: [])
        let text = "Jets struck Palmyra again, Syrian state television said in a broadcast from Damascus."
        let mentions = PlaceRecognizer(gazetteer: g).mentions(in: text)
        let resolutions = Resolver(gazetteer: g).resolve(mentions, in: text)
        let byText = Dictionary(resolutions.map { ($0.mention.text, $0.place?.id) }, uniquingKeysWith: { a, _ in a })
        #expect(byText["Palmyra"] == "g:1")
        #expect(byText["Damascus"] == "g:5")
    }
}
