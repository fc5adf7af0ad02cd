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
}
