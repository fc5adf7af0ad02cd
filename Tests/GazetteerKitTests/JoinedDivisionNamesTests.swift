import GeoModel
import Testing
@testable import GazetteerKit

/// Districts named after the places they join answer to each part.
@Suite struct JoinedDivisionNamesTests {
    @Test func splitsOnAndWaAndCommas() {
        #expect(JoinedDivisionNames.parts(of: "Kuran wa Munjan") == ["Kuran", "Munjan"])
        #expect(JoinedDivisionNames.parts(of: "Sanhan Wa Bani Bahlul") == ["Sanhan", "Bani Bahlul"])
        #expect(JoinedDivisionNames.parts(of: "Brudenell, Lyndoch and Raglan") == ["Brudenell", "Lyndoch", "Raglan"])
    }

    @Test func keepsNamesThatJoinNothing() {
        #expect(JoinedDivisionNames.parts(of: "Baqim").isEmpty)
        #expect(JoinedDivisionNames.parts(of: "Wadi al Ayn").isEmpty)
        // A part under four letters or in lower case is no name of its own.
        #expect(JoinedDivisionNames.parts(of: "Al wa Munjan").isEmpty)
    }

    @Test func aDistrictAnswersToEachPartButATownDoesNot() throws {
        var gazetteer = Gazetteer()
        let district = Place(id: "t:d", name: "Harf wa Qarn", coordinate: try Coordinate(latitude: 15.1, longitude: 44.1),
                             featureClass: "A", featureCode: "ADM2", country: "YE", admin1Code: "YE.10", admin1: nil, population: 0)
        let town = Place(id: "t:t", name: "Dimna and Suq", coordinate: try Coordinate(latitude: 15.3, longitude: 44.3),
                         featureClass: "P", featureCode: "PPL", country: "YE", admin1Code: "YE.10", admin1: nil, population: 900)
        gazetteer.add(district, alternateNames: [])
        gazetteer.add(town, alternateNames: [])
        #expect(gazetteer.lookup("Harf").contains { $0.place.id == "t:d" })
        #expect(gazetteer.lookup("Qarn").contains { $0.place.id == "t:d" })
        #expect(!gazetteer.lookup("Dimna").contains { $0.place.id == "t:t" })
    }
}
