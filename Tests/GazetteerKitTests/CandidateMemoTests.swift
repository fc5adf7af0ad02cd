import GazetteerKit
import GeoModel
import Testing

/// Remembered look-ups must never hide places added after them.
@Suite struct CandidateMemoTests {
    private func town(_ id: String, _ name: String, latitude: Double) throws -> Place {
        Place(id: id, name: name, coordinate: try Coordinate(latitude: latitude, longitude: 36.7), featureClass: "P",
              featureCode: "PPL", country: "SY", admin1Code: "SY.11", admin1: "Homs", population: 0)
    }

    @Test func aPlaceAddedAfterALookupIsFoundByTheNextOne() throws {
        var gazetteer = Gazetteer()
        gazetteer.add(try town("t:1", "Talbisah", latitude: 34.84), alternateNames: [])
        #expect(gazetteer.lookup("Talbisah").map(\.place.id) == ["t:1"])
        gazetteer.add(try town("t:2", "Talbisah", latitude: 35.10), alternateNames: [])
        #expect(gazetteer.lookup("Talbisah").map(\.place.id).sorted() == ["t:1", "t:2"])
    }

    @Test func fuzzyLookupsAreRecomputedAfterAnAddition() throws {
        var gazetteer = Gazetteer()
        gazetteer.add(try town("t:1", "Talbisah", latitude: 34.84), alternateNames: [])
        // "Talbusah" is one vowel away from both spellings.
        let key = NameNormalizer.key(for: "Talbusah")
        #expect(gazetteer.fuzzyCandidates(forKey: key).map(\.place.id) == ["t:1"])
        gazetteer.add(try town("t:2", "Talbasah", latitude: 35.10), alternateNames: [])
        #expect(gazetteer.fuzzyCandidates(forKey: key).map(\.place.id).sorted() == ["t:1", "t:2"])
    }

    @Test func aCopyMadeBeforeAnAdditionKeepsItsOwnAnswers() throws {
        var gazetteer = Gazetteer()
        gazetteer.add(try town("t:1", "Talbisah", latitude: 34.84), alternateNames: [])
        let before = gazetteer
        gazetteer.add(try town("t:2", "Talbisah", latitude: 35.10), alternateNames: [])
        #expect(gazetteer.lookup("Talbisah").count == 2)
        #expect(before.lookup("Talbisah").count == 1)
        #expect(gazetteer.lookup("Talbisah").count == 2)
    }
}
