import Extraction
import Foundation
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
        ("# actors\nRebels\trebel\trebels\nBroken row\n", 3, "expected canonical, kind and aliases"),
        ("Rebels\trebel\trebels|counterinsurgencies\n", 1, "longer than 15 bytes"),
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

    @Test func aGoodFileFindsItsAliases() throws {
        let actors = try Self.load("Jaish al-Islam\trebel\tArmy of Islam|Jaish al-Islam\n")
        #expect(actors.actors(in: "Fighters of the Army of Islam attacked.").map(\.name) == ["Jaish al-Islam"])
    }
}
