import GeoModel
import IncidentStore
import Testing

@Suite struct ReportKeyTests {
    func report(id: String = "a", title: String? = "T", text: String = "Shelling hit the town.") throws -> Report {
        Report(id: id, date: try Day(parsing: "2016-03-01"), title: title, url: nil, source: nil, text: text, origin: "x.txt")
    }

    @Test func theKeyIsTheSHA256OfTheFieldsInOrder() throws {
        // Computed independently: sha256 of each field as presence byte + UTF-8 + 0x1F.
        #expect(ReportKey(of: try report()).hex == "cf5aed8f61c0f8a2995930cfa981762aea40754b811ec14dc32817634eacfca3")
    }

    @Test func theIdAndOriginDoNotChangeTheKey() throws {
        var renamed = try report(id: "b")
        renamed.origin = "elsewhere/y.txt"
        #expect(ReportKey(of: renamed) == ReportKey(of: try report()))
    }

    @Test(arguments: [("title", "U"), ("text", "Shelling hit the city."), ("no title", "")])
    func anyContentChangeChangesTheKey(_ field: String, _ value: String) throws {
        let changed = switch field {
        case "title": try report(title: value)
        case "text": try report(text: value)
        default: try report(title: nil)
        }
        #expect(ReportKey(of: changed) != ReportKey(of: try report()))
        #expect(ReportKey(of: changed).hex.count == 64)
    }
}
