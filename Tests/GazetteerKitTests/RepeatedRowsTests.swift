import Foundation
@testable import GazetteerKit
import GeoModel
import Testing

/// A dump that repeats rows (issue 19 found one with 13.4 M copies of a row) costs the memory of
/// the places it holds, not of its rows.
@Suite struct RepeatedRowsTests {
    let rows = GeoNamesReaderTests()

    func load(_ text: String) throws -> Gazetteer {
        var gazetteer = Gazetteer()
        try GeoNamesReader.load(dump: try rows.write(text), into: &gazetteer, useCache: false)
        return gazetteer
    }

    @Test func aRepeatedRowKeepsOneCopyOfItsNames() throws {
        let once = try load(rows.row("1", "Ar Rastan") + "\n" + rows.row("2", "Talbiseh") + "\n")
        let repeated = try load(String(repeating: rows.row("1", "Ar Rastan") + "\n", count: 500) + rows.row("2", "Talbiseh") + "\n")
        #expect(repeated.places.count == 2)
        #expect(repeated.nameCount == once.nameCount)
        #expect(repeated.nameArena == once.nameArena)
        #expect(repeated.namesByPlace() == [["Alt One", "Alt Two"], ["Alt One", "Alt Two"]])
        #expect(repeated.lookup("Talbiseh").first?.place.id == "geonames:2")
    }

    /// A later row that makes a known alternate name the primary one stores that name's text.
    @Test func aNameThatBecomesPrimaryKeepsItsText() throws {
        let gazetteer = try load(rows.row("1", "Ar Rastan") + "\n" + rows.row("1", "Alt One") + "\n" + rows.row("1", "Ar Rastan") + "\n")
        #expect(gazetteer.places.count == 1)
        let primary = gazetteer.automaton.entries.filter(\.isPrimary)
        let texts = gazetteer.nameArena.withUnsafeBufferPointer { arena in
            primary.map { String(decoding: arena[Int($0.nameStart)..<Int($0.nameStart + $0.nameLength)], as: UTF8.self) }
        }
        #expect(texts.sorted() == ["Alt One", "Ar Rastan"])
        #expect(gazetteer.namesByPlace() == [["Alt Two"]])
    }

    /// Many places of one name (more than `NameAutomaton.crowdSize`), then every row again and
    /// a row that makes one place's alternate name its primary one: each place keeps one entry
    /// under the shared name, and the upgraded entry is found among the crowd.
    @Test func manyPlacesOfOneNameReadTwiceKeepOneEntryEach() throws {
        let count = NameAutomaton.crowdSize * 3
        let ids = (1...count).map(String.init)
        let once = ids.map { rows.row($0, "Kafr Tala", lat: "35.\($0)") }.joined(separator: "\n") + "\n"
        // Place 7's alternate "Alt One" becomes its primary name, after the crowd under "Alt One" has formed.
        let gazetteer = try load(once + once + rows.row("7", "Alt One", lat: "35.7") + "\n")
        #expect(gazetteer.places.count == count)
        let single = try load(once)
        #expect(gazetteer.nameCount == single.nameCount)
        #expect(Set(gazetteer.lookup("Kafr Tala").map(\.place.id)).count == count)
        #expect(gazetteer.lookup("Kafr Tala").count == count)
        let altOne = gazetteer.lookup("Alt One")
        #expect(altOne.count == count)
        #expect(altOne.filter { $0.matchKind == .name }.map(\.place.id) == ["geonames:7"])
        #expect(single.lookup("Alt One").allSatisfy { $0.matchKind == .alternateName })
    }

    /// A place whose alternate name folds like its primary one keeps one entry for the two.
    @Test func aNewPlaceWithTwoSpellingsOfOneKeyKeepsOneEntry() throws {
        var gazetteer = Gazetteer()
        let place = Place(id: "test:1", name: "Tell Hamra", coordinate: try Coordinate(latitude: 35, longitude: 38), featureClass: "P", featureCode: "PPL",
                          country: "SY", admin1Code: "SY.01", admin1: nil, population: 10)
        gazetteer.add(place, alternateNames: ["TELL HAMRA", "Tell  Hamra", "Red Hill"])
        #expect(gazetteer.nameCount == 2)
        #expect(gazetteer.lookup("Tell Hamra").map(\.matchKind) == [.name])
    }
}
