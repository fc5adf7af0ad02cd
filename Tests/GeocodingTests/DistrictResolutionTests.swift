import GazetteerKit
import Geocoding
import GeoModel
import Testing

/// A district wins over its namesakes only when the text calls it one ("X district", "the
/// district of X", "X directorate", "X sub-district"); otherwise the town does, as ACLED codes it.
@Suite struct DistrictResolutionTests {
    static func place(_ id: String, _ name: String, _ lat: Double, _ lon: Double, _ cc: String, _ admin1: String,
                      code: String, population: Int = 0) -> Place {
        Place(id: id, name: name, coordinate: Coordinate(uncheckedLatitude: lat, longitude: lon),
              featureClass: code.hasPrefix("PPL") ? "P" : "A", featureCode: code, country: cc, admin1Code: admin1,
              admin1: nil, population: population)
    }

    /// A town, a district and a province of one name in Iraq, a lone Yemeni district and a
    /// Syrian town with a subdistrict of its name.
    static let gazetteer: Gazetteer = {
        var g = Gazetteer()
        g.add(place("t:sinjar", "Sinjar", 36.32, 41.87, "IQ", "IQ.15", code: "PPL", population: 38000), alternateNames: [])
        g.add(place("d:sinjar", "Sinjar", 36.25, 41.65, "IQ", "IQ.15", code: "ADM2"), alternateNames: [])
        g.add(place("p:ninawa", "Ninawa", 36.0, 42.5, "IQ", "IQ.15", code: "ADM1"), alternateNames: ["Nineveh"])
        g.add(place("d:razih", "Razih", 16.93, 43.25, "YE", "YE.15", code: "ADM2"), alternateNames: [])
        g.add(place("d:hayfan", "Hayfan", 13.2, 44.2, "YE", "YE.25", code: "ADM2"), alternateNames: [])
        g.add(place("t:hayfan", "Hayfan", 13.25, 44.25, "YE", "YE.25", code: "PPL", population: 2000), alternateNames: [])
        g.add(place("t:saraqib", "Saraqib", 35.86, 36.8, "SY", "SY.12", code: "PPL", population: 30000), alternateNames: ["Saraqab"])
        g.add(place("d:saraqab", "Saraqab", 35.85, 36.78, "SY", "SY.12", code: "ADM3"), alternateNames: [])
        return g
    }()

    /// The resolver's choices (as `extract` makes them), checked against the document rules'
    /// (as `places` makes them): both must agree on every mention.
    func resolve(_ text: String) -> [String: Resolution] {
        let mentions = PlaceRecognizer(gazetteer: Self.gazetteer).mentions(in: text)
        let resolutions = Resolver(gazetteer: Self.gazetteer).resolve(mentions, in: text)
        let refined = DocumentContext(mentions: mentions, demonymCountries: []).resolve(mentions, in: text)
        #expect(resolutions.map(\.place?.id) == refined.map(\.place?.id),
                "document rules: \(refined.map { $0.ranked.map { "\($0.candidate.place.id) \($0.score) \($0.reasons)" } })")
        return Dictionary(resolutions.map { ($0.mention.text, $0) }, uniquingKeysWith: { a, _ in a })
    }

    @Test(arguments: [
        ("Gunmen overran two police posts in Sinjar district before dawn.", "Sinjar", "d:sinjar"),
        ("Warplanes bombed a fuel depot in the district of Sinjar, residents said.", "Sinjar", "d:sinjar"),
        ("Artillery fire hit farms in Hayfan directorate overnight.", "Hayfan", "d:hayfan"),
        ("Two shepherds died when a mine went off in Razih district.", "Razih", "d:razih"),
        ("Rockets fell on the Saraqab sub-district late on Friday.", "Saraqab", "d:saraqab"),
        ("Rockets fell on the Saraqab subdistrict late on Friday.", "Saraqab", "d:saraqab"),
    ])
    func aDesignatedDistrictWins(text: String, mention: String, expected: String) {
        let resolution = resolve(text)[mention]
        #expect(resolution?.place?.id == expected, "\(resolution?.ranked.map { "\($0.candidate.place.id) \($0.score) \($0.reasons)" } ?? [])")
        #expect(resolution?.place?.isDistrict == true)
        #expect(resolution?.geoPrecision == .nearTown)
    }

    @Test(arguments: [
        ("Gunmen overran two police posts in Sinjar before dawn.", "Sinjar", "t:sinjar"),
        ("Artillery fire hit farms near Hayfan overnight.", "Hayfan", "t:hayfan"),
        ("Rockets fell on Saraqib late on Friday.", "Saraqib", "t:saraqib"),
    ])
    func withoutADesignatorTheTownWins(text: String, mention: String, expected: String) {
        let resolution = resolve(text)[mention]
        #expect(resolution?.place?.id == expected, "\(resolution?.ranked.map { "\($0.candidate.place.id) \($0.score) \($0.reasons)" } ?? [])")
        #expect(resolution?.geoPrecision == .town)
    }

    @Test func aListOfDistrictsMakesEachADistrict() {
        let byText = resolve("Clashes spread across Sinjar and Razih districts on Sunday.")
        #expect(byText["Sinjar"]?.place?.id == "d:sinjar")
        #expect(byText["Razih"]?.place?.id == "d:razih")
    }

    /// "Razih district of Saada": the district is Razih; Saada only holds it.
    @Test func theNameAfterADistrictOfIsItsContainer() {
        var g = Self.gazetteer
        g.add(Self.place("p:saada", "Saada", 17.0, 43.8, "YE", "YE.15", code: "ADM1"), alternateNames: [])
        g.add(Self.place("d:saada", "Saada", 16.95, 43.75, "YE", "YE.15", code: "ADM2"), alternateNames: [])
        let text = "A strike hit Razih district of Saada on Sunday."
        let mentions = PlaceRecognizer(gazetteer: g).mentions(in: text)
        #expect(mentions.map(\.hasDistrictCue) == [true, false])
        let byText = Dictionary(Resolver(gazetteer: g).resolve(mentions, in: text).map { ($0.mention.text, $0.place?.id) },
                                uniquingKeysWith: { a, _ in a })
        #expect(byText["Razih"] == "d:razih")
        #expect(byText["Saada"] == "p:saada")
    }

    @Test func provinceWordsStillMeanTheProvince() {
        let byText = resolve("Air strikes were reported across Nineveh province.")
        #expect(byText["Nineveh"]?.place?.id == "p:ninawa")
    }

    @Test func aDistrictIsADistrictKind() {
        #expect(Self.place("x", "X", 1, 1, "YE", "YE.1", code: "ADM2").kind == .district)
        #expect(Self.place("x", "X", 1, 1, "SY", "SY.1", code: "ADM3").kind == .district)
        #expect(Self.place("x", "X", 1, 1, "SY", "SY.1", code: "ADM1").kind == .province)
        #expect(Self.place("x", "X", 1, 1, "SY", "SY.1", code: "ADM2").naturalPrecision == .nearTown)
    }
}
