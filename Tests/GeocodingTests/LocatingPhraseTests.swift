import GazetteerKit
@testable import Geocoding
import GeoModel
import Testing

/// "X area of Y district", "X camp in Y": the second place bounds where the first can be.
@Suite struct LocatingPhraseTests {
    static func place(_ id: String, _ name: String, _ lat: Double, _ lon: Double, _ cc: String, _ admin1: String?,
                      population: Int = 0, code: String = "PPL", featureClass: String = "P") -> Place {
        ResolverTests.place(id, name, lat, lon, cc, admin1, population: population, code: code, featureClass: featureClass)
    }

    /// An invented country QQ with a province, a district and a small village, and a larger
    /// namesake of the village abroad (in RR).
    static let gazetteer: Gazetteer = {
        var g = Gazetteer(fuzzyCountries: [])
        g.add(place("p:1", "Wadi Qamar", 15.0, 44.0, "QQ", "QQ.01", code: "ADM1", featureClass: "A"), alternateNames: [])
        g.add(place("d:1", "Bani Harun", 15.2, 44.1, "QQ", "QQ.01", code: "ADM2", featureClass: "A"), alternateNames: [])
        g.add(place("v:1", "Zahra", 15.25, 44.15, "QQ", "QQ.01", population: 300), alternateNames: [])
        g.add(place("v:2", "Zahra", 40.0, 10.0, "RR", "RR.05", population: 90000), alternateNames: [])
        g.add(place("v:3", "Sufla", 41.0, 12.0, "RR", "RR.05", population: 20000), alternateNames: [])
        g.add(place("c:1", "Qamaria", 15.5, 44.5, "QQ", nil, population: 5_000_000, code: "PCLI", featureClass: "A"), alternateNames: [])
        return g
    }()

    static func resolve(_ text: String) -> [String: Resolution] {
        let mentions = PlaceRecognizer(gazetteer: gazetteer).mentions(in: text)
        let resolutions = Resolver(gazetteer: gazetteer).resolve(mentions, in: text)
        return Dictionary(resolutions.map { ($0.mention.text, $0) }, uniquingKeysWith: { a, _ in a })
    }

    @Test(arguments: [
        (" in ", LocatingPhrase.inside), (" area of ", .inside), (" military camp in the ", .inside), (", in ", .inside),
        (" district of ", .inside), (" - west of ", .near), (" area in the south of ", .near), (" near ", .near),
    ])
    func readsLocatingGaps(gap: String, expected: LocatingPhrase) {
        #expect(LocatingPhrase(gap: gap) == expected)
    }

    @Test(arguments: [" and ", ", ", " said in ", " to ", " of Syria and ", " where fighters in "])
    func otherGapsLocateNothing(gap: String) {
        #expect(LocatingPhrase(gap: gap) == nil)
    }

    @Test func aVillageInANamedDistrictBeatsItsLargerNamesakeAbroad() {
        // Alone, the bigger Zahra abroad wins; "of Bani Harun district" holds it to the village.
        #expect(Self.resolve("Jets struck Zahra.")["Zahra"]?.place?.id == "v:2")
        let resolved = Self.resolve("Jets struck the Zahra area of Bani Harun district.")
        #expect(resolved["Zahra"]?.place?.id == "v:1")
        #expect(resolved["Bani Harun"]?.place?.id == "d:1")
    }

    @Test func aSiteMissingFromTheGazetteerTakesTheDistrictThatHoldsIt() {
        // No Sufla lies in QQ: the mention takes the district, as a part of it.
        let resolved = Self.resolve("Jets struck the Sufla area of Bani Harun district.")
        #expect(resolved["Sufla"]?.place?.id == "d:1")
        #expect(resolved["Sufla"]?.geoPrecision == .nearTown)
        #expect(resolved["Sufla"]?.confidence == 0.5)
    }

    @Test func aPlaceSaidToBeInACountryHasNoReadingAbroad() {
        let resolved = Self.resolve("Jets struck Sufla in Qamaria.")
        #expect(resolved["Sufla"] != nil)
        #expect(resolved["Sufla"]?.place == nil)
    }

    @Test func aProvinceLocatesByItsCode() {
        let resolved = Self.resolve("Jets struck Zahra in Wadi Qamar province.")
        #expect(resolved["Zahra"]?.place?.id == "v:1")
        // And a place elsewhere in the province's country is not in the province.
        let inside = LocatingPhrase.inside
        #expect(inside.holds(Self.place("x", "X", 15.0, 44.0, "QQ", "QQ.02"), locator: Self.gazetteer.place(id: "p:1")!) == false)
        #expect(inside.holds(Self.gazetteer.place(id: "v:1")!, locator: Self.gazetteer.place(id: "p:1")!))
    }

    @Test func nearACountryIsEitherSideOfItsBorder() {
        let resolved = Self.resolve("A bomb hit a bus in Sufla near the Qamaria border.")
        #expect(resolved["Sufla"]?.place?.id == "v:3")
    }

    @Test func nearHoldsWithinAWiderRadiusThanInside() {
        let town = Self.place("t", "T", 15.0, 44.0, "QQ", "QQ.01")
        let sixtyKmNorth = Self.place("n", "N", 15.54, 44.0, "QQ", "QQ.01")
        #expect(LocatingPhrase.inside.holds(sixtyKmNorth, locator: town) == false)
        #expect(LocatingPhrase.near.holds(sixtyKmNorth, locator: town))
    }
}
