import Extraction
import Foundation
import GeoModel
import Testing

/// A hand-edited actor dictionary with a bad row is refused with the file and line named.
@Suite struct ActorDictionaryFileTests {
    static func load(_ text: String) throws -> ActorDictionary {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("actors-\(UUID().uuidString).tsv")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        return try ActorDictionary(contentsOf: url)
    }

    @Test(arguments: [
        ("# actors\nRebels\trebel\trebels\t*\t\t\t\trebels\tnote\nBroken row\n", 3, "expected 9 tab-separated columns"),
        ("Rebels\trebel\trebels\tYemen\t\t\t\trebels\tnote\n", 1, "not an ISO 3166-1 alpha-2 code"),
        ("Rebels\trebel\trebels\tYE\t2015-13-01\t\t\trebels\tnote\n", 1, "is not a date"),
        ("Rebels\trebel\trebels\tYE\t\t\tAir strike\trebels\tnote\n", 1, "not an ACLED sub-event type"),
    ])
    func aBadRowNamesItsLine(text: String, line: Int, reason: String) {
        do {
            _ = try Self.load(text)
            Issue.record("a bad row was accepted")
        } catch let error as ReportError {
            let message = "\(error)"
            #expect(message.contains(":\(line)"), "\(message)")
            #expect(message.contains(reason), "\(message)")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    /// Alias words of any length match: words were once packed into 15 bytes and longer ones refused.
    @Test func longAliasWordsMatch() throws {
        let actors = try Self.load("Counterinsurgency units\tmilitary\tcoin\tSY\t\t\t\tcounterinsurgencies battalion\tnote\n")
        #expect(actors.actors(in: "The Counterinsurgencies Battalion shelled the town.").map(\.name) == ["coin@SY"])
        #expect(actors.actors(in: "The counterinsurgency battalion shelled the town.").isEmpty)
    }

    @Test func aGoodFileFindsItsAliases() throws {
        let actors = try Self.load("Jaish al-Islam\trebel\tjaish\tSY\t\t\t\tArmy of Islam|Jaish al-Islam\tnote\n")
        let keys = actors.actors(in: "Fighters of the Army of Islam attacked.").map(\.name)
        #expect(keys == ["jaish@SY"])
        #expect(keys.map { actors.name(of: $0, country: "SY", date: nil) { $0 } } == ["Jaish al-Islam"])
    }

    /// A role's name follows the incident's country and date; a generic name takes the country's.
    @Test func namesFollowCountryAndPeriod() throws {
        let actors = try Self.load("""
            Military Forces of {country}\tstate\tmilitary\t*\t\t\t\tsoldiers|the army\tgeneric
            Military Forces of Ruritania (2001-2010)\tstate\tmilitary\tRU\t2001-01-01\t2010-12-31\t\tRuritanian army\tinvented
            Military Forces of Ruritania (2011-)\tstate\tmilitary\tRU\t2011-01-01\t\t\t\tinvented
            Operation Blue Sky\texternal\tskies\tGR\t2012-03-01\t2012-04-30\tAir/drone strike\tthe alliance\tinvented
            Operation Grey Sky\texternal\tskies\tGR\t2012-05-01\t\tAir/drone strike\t\tinvented
            """)
        let name = { (text: String, country: String, date: String) -> [String] in
            actors.actors(in: text).map { actors.name(of: $0.name, country: country, date: try? Day(parsing: date)) { $0 == "GR" ? "Graustark" : $0 } }
        }
        #expect(name("Soldiers fired.", "RU", "2005-06-01") == ["Military Forces of Ruritania (2001-2010)"])
        #expect(name("Soldiers fired.", "RU", "2015-06-01") == ["Military Forces of Ruritania (2011-)"])
        #expect(name("Soldiers fired.", "GR", "2015-06-01") == ["Military Forces of Graustark"])
        // A country-bound alias keeps its country wherever the incident is.
        #expect(name("The Ruritanian army fired.", "GR", "2005-06-01") == ["Military Forces of Ruritania (2001-2010)"])
        #expect(name("The alliance struck.", "GR", "2012-03-10") == ["Operation Blue Sky"])
        #expect(name("The alliance struck.", "GR", "2013-03-10") == ["Operation Grey Sky"])
        #expect(actors.defaultActor(for: .airDroneStrike, country: "GR", date: try Day(parsing: "2012-06-02")) == "Operation Grey Sky")
        #expect(actors.defaultActor(for: .airDroneStrike, country: "GR", date: try Day(parsing: "2011-06-02")) == nil)
        #expect(actors.defaultActor(for: .armedClash, country: "GR", date: try Day(parsing: "2012-06-02")) == nil)
    }
}
