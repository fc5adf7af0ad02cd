import Foundation
@testable import GazetteerKit
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
}
