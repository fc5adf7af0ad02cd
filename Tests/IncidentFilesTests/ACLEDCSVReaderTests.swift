import IncidentFiles
import Foundation
import GeoModel
import Layers
import Testing

@Suite struct ACLEDCSVReaderTests {
    static let acled = """
    event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,actor2,iso,region,country,admin1,location,latitude,longitude,geo_precision,source,notes,fatalities
    SYR1001,05 October 2015,2015,1,Political violence,Explosions/Remote violence,Air/drone strike,Military Forces of Russia (2000-),,Civilians (Syria),760,Middle East,Syria,,Talbiseh,34.8407,36.7309,1,Local Source,"Strikes hit Talbiseh, killing 7.",7
    SYR1002,2015-10-12,2015,2,Political violence,Battles,Armed clash,Jaish al-Islam,,Military Forces of Syria (2000-),760,Middle East,Syria,Rif Dimashq,Douma,33.5718,36.4027,2,Local Source,Clashes near Douma.,
    LBN2001,7 Nov 2015,2015,1,Political violence,Violence against civilians,Attack,,,Civilians (Lebanon),422,Middle East,Lebanon,,Arsal,34.1794,36.4208,1,Local Source,An attack in Arsal.,0
    """

    @Test func readsAnACLEDExport() throws {
        let incidents = try ACLEDCSVReader.read(Data(Self.acled.utf8), file: "acled.csv")
        #expect(incidents.map(\.id) == ["SYR1001", "SYR1002", "LBN2001"])
        #expect(incidents.map { $0.eventDate?.description } == ["2015-10-05", "2015-10-12", "2015-11-07"])
        #expect(incidents.map(\.country) == ["SY", "SY", "LB"])
        #expect(incidents.map(\.subEventType) == [.airDroneStrike, .armedClash, .attack])
        #expect(incidents.map(\.fatalities) == [7, nil, 0])
        #expect(incidents[0].admin1 == nil && incidents[1].admin1 == "Rif Dimashq")
        #expect(incidents[0].notes == "Strikes hit Talbiseh, killing 7.")
        #expect(incidents[1].timePrecision == .week && incidents[1].geoPrecision == .nearTown)
        #expect(incidents[0].actor1 == "Military Forces of Russia (2000-)" && incidents[2].actor1 == nil)
        #expect(abs(incidents[0].coordinate.latitude - 34.8407) < 1e-9)
    }

    @Test func ourOwnCSVRoundTrips() throws {
        let source = IncidentSource(docID: "wire-1", title: "Wire, one", url: "https://example.org/1", published: nil, start: 0, end: 10)
        let original = Incident(
            id: "SY-abc", eventDate: try Day(parsing: "2016-02-03"), timePrecision: .day, subEventType: .shellingArtilleryMissileAttack,
            actor1: "=cmd|' /C calc'!A0", actor2: nil, location: "Homs", mention: "Hims", placeID: "geonames:169577",
            coordinate: try Coordinate(latitude: 34.72682, longitude: -36.72339), geoPrecision: .town, admin1: "Homs",
            admin1Code: "SY.11", country: "SY", fatalities: 4, certainty: .claimed, notes: "Shells fell, \"they said\".\nTwo lines.",
            sources: [source])
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("roundtrip-\(UUID().uuidString).csv")
        try AtomicFile.write(to: file) { CSVWriter.write([original], to: $0) }
        let read = try ACLEDCSVReader.read(Data(contentsOf: file), file: file.path)
        #expect(read.count == 1)
        var expected = original
        expected.sources = [IncidentSource(docID: "wire-1", title: "Wire, one", url: "https://example.org/1", published: nil, start: 0, end: 0)]
        #expect(read.first == expected)
    }

    /// Several sources stay apart, each with its own id, title, URL (spaces and all) and date,
    /// and a source without a title, a URL or a date keeps its place.
    @Test func severalSourcesReadBackWhole() throws {
        let sources = [
            IncidentSource(docID: "wire-1", title: "Strikes, again", url: "https://example.org/a b?x=1&y=2", published: try Day(parsing: "2016-02-04"),
                           start: 0, end: 10),
            IncidentSource(docID: "wire-2", title: nil, url: nil, published: nil, start: 3, end: 9),
            IncidentSource(docID: "wire-3", title: "Third", url: "https://example.org/3", published: try Day(parsing: "2016-02-06"), start: 1, end: 2),
        ]
        let original = Incident(
            id: "SY-abd", eventDate: try Day(parsing: "2016-02-03"), timePrecision: .day, subEventType: .armedClash,
            actor1: "A", actor2: nil, location: "Homs", mention: "Homs", placeID: "geonames:169577",
            coordinate: try Coordinate(latitude: 34.72682, longitude: 36.72339), geoPrecision: .town, admin1: "Homs",
            admin1Code: "SY.11", country: "SY", fatalities: nil, certainty: .reported, notes: "Clashes.", sources: sources)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("roundtrip-\(UUID().uuidString).csv")
        try AtomicFile.write(to: file) { CSVWriter.write([original], to: $0) }
        let read = try ACLEDCSVReader.read(Data(contentsOf: file), file: file.path)
        var expected = original
        expected.sources = sources.map { IncidentSource(docID: $0.docID, title: $0.title, url: $0.url, published: $0.published, start: 0, end: 0) }
        #expect(read == [expected])
    }

    /// Files written before `source_id` joined URLs by spaces: they still split per source.
    @Test func olderFilesWithSpaceJoinedURLs() throws {
        let text = "sub_event_type,country,latitude,longitude,source,source_url\nArmed clash,SY,35,36,One; Two,https://a.example https://b.example\n"
        let read = try ACLEDCSVReader.read(Data(text.utf8), file: "old.csv")
        #expect(read.first?.sources.map(\.url) == ["https://a.example", "https://b.example"])
        #expect(read.first?.sources.map(\.docID) == ["One", "Two"])
    }

    @Test func aBadSourceDateNamesTheLine() throws {
        let text = "sub_event_type,country,latitude,longitude,source,source_date,source_id\nArmed clash,SY,35,36,One,2016-13-01,r1\n"
        #expect { try ACLEDCSVReader.read(Data(text.utf8), file: "d.csv") } throws: { error in
            guard case let IncidentFileError.malformedCSV(file, line, reason) = error else { return false }
            return file == "d.csv" && line == 2 && reason.contains("2016-13-01")
        }
    }

    @Test func badRowsNameTheLine() throws {
        let header = "event_id_cnty,event_date,event_type,sub_event_type,country,latitude,longitude\n"
        let good = "A,2015-10-05,Battles,Armed clash,Syria,35,36\n"
        let cases: [(String, String)] = [
            ("B,2015-10-05,Battles,Armed clash,Syria,200,36\n", "latitude 200"),
            ("B,2015-13-05,Battles,Armed clash,Syria,35,36\n", "2015-13-05"),
            ("B,2015-10-05,Battles,Air/drone strike,Syria,35,36\n", "does not hold"),
            ("B,2015-10-05,Battles,Armed clash,Narnia,35,36\n", "unknown country"),
        ]
        for (row, message) in cases {
            let text = header + good + "\"C\",2015-10-05,Battles,Armed clash,Syria,35,36\n" + row
            #expect { try ACLEDCSVReader.read(Data(text.utf8), file: "x.csv") } throws: { error in
                guard case let IncidentFileError.malformedCSV(file, line, reason) = error else { return false }
                return file == "x.csv" && line == 4 && reason.contains(message)
            }
        }
        #expect(throws: IncidentFileError.self) { try ACLEDCSVReader.read(Data("a,b\n1,2\n".utf8), file: "x.csv") }
    }
}
