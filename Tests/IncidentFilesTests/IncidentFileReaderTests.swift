import Analysis
import IncidentFiles
import Foundation
import GeoModel
import Testing

@Suite struct IncidentFileReaderTests {
    static func incident(_ i: Int) -> Incident {
        let day = try! Day(parsing: "2015-10-01").adding(days: i % 90)
        return Incident(id: "SY-\(i)", eventDate: day, timePrecision: .day, subEventType: i % 2 == 0 ? .airDroneStrike : .armedClash,
                        actor1: i % 3 == 0 ? nil : "Actor \(i % 3)", actor2: nil, location: "P\(i % 7)", mention: "P", placeID: "",
                        coordinate: Coordinate(uncheckedLatitude: 33 + Double(i % 100) / 50, longitude: 36 + Double(i % 37) / 20),
                        geoPrecision: .town, admin1: "Homs", admin1Code: "SY.11", country: "SY", fatalities: i % 5 == 0 ? nil : i % 4,
                        certainty: .reported, notes: "Incident number \(i).", sources: [])
    }

    func writeJSONLines(_ incidents: [Incident], replacingLine bad: Int? = nil) throws -> String {
        let encoder = JSONEncoder()
        var lines = try incidents.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
        if let bad { lines[bad - 1] = #"{"id": "broken", "sub_event_type": "Air/drone strike"}"# }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("incidents-\(UUID().uuidString).jsonl")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url)
        return url.path
    }

    @Test func batchesGiveTheSameIncidentsAsOneRead() throws {
        let incidents = (0..<25_000).map(Self.incident)
        let path = try writeJSONLines(incidents)
        #expect(try IncidentFileReader.read(path) == incidents)
        var batches: [[Incident]] = []
        // Small blocks: lines are cut across block edges many times.
        try IncidentFileReader.forEachBatch(path, options: .blocks(of: 100_000)) { batches.append($0) }
        #expect(batches.count > 10)
        #expect(batches.flatMap { $0 } == incidents)

        var tally = IncidentTally(keys: [.province, .week, .actor])
        for batch in batches { tally.add(batch) }
        #expect(tally.rows == IncidentCounter.count(incidents, by: [.province, .week, .actor]))
        #expect(tally.rows.reduce(0) { $0 + $1.fatalities } == incidents.reduce(0) { $0 + ($1.fatalities ?? 0) })
    }

    @Test(arguments: [7, 15_000, 24_999])
    func theFirstBadLineIsNamedWhicheverTaskOrBlockMeetsIt(bad: Int) throws {
        var incidents = (0..<25_000).map(Self.incident)
        incidents.append(Self.incident(25_000))
        let path = try writeJSONLines(incidents, replacingLine: bad)
        #expect { try IncidentFileReader.read(path) } throws: { error in
            guard case let IncidentFileError.malformedIncident(file, line, _) = error else { return false }
            return file == path && line == bad
        }
        #expect { try IncidentFileReader.forEachBatch(path, options: .blocks(of: 65_536)) { _ in } } throws: { error in
            guard case let IncidentFileError.malformedIncident(_, line, _) = error else { return false }
            return line == bad
        }
    }
}

@Suite struct ForeignGeoJSONTests {
    func write(_ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("foreign-\(UUID().uuidString).geojson")
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test func pointFeaturesWithACLEDPropertiesAreRead() throws {
        let path = try write("""
        {"type":"FeatureCollection","features":[
          {"type":"Feature","geometry":{"type":"Point","coordinates":[36.7309,34.8407]},
           "properties":{"EVENT_ID_CNTY":"SYR9","event_date":"05 October 2015","sub_event_type":"Air/drone strike","country":"Syria","fatalities":7}},
          {"type":"Feature","geometry":{"type":"Point","coordinates":[35.9256,35.3609]},
           "properties":{"event_date":"2015-10-06","sub_event_type":"Armed clash","iso3":"SYR","location":"Jableh"}}
        ]}
        """)
        let incidents = try IncidentFileReader.read(path)
        #expect(incidents.map(\.id).first == "SYR9")
        #expect(incidents.map(\.subEventType) == [.airDroneStrike, .armedClash])
        #expect(incidents.map(\.country) == ["SY", "SY"])
        #expect(incidents.map(\.fatalities) == [7, nil])
        #expect(incidents.map(\.coordinate.latitude) == [34.8407, 35.3609])
        #expect(incidents.allSatisfy { $0.admin1Code == nil })
    }

    @Test func aBrokenFileOfOursSaysWhatIsWrong() throws {
        let path = try write("""
        {"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[36,35]},
         "properties":{"id":"x","sub_event_type":"Air strike","place_id":"","certainty":"reported","latitude":35,"longitude":36,"country":"SY","location":"x","time_precision":1,"geo_precision":1}}]}
        """)
        #expect { try IncidentFileReader.read(path) } throws: { error in
            "\(error)".contains(path) && "\(error)".contains("unknown sub-event type 'Air strike'")
        }
        let foreign = try write(#"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[36,95]},"properties":{"sub_event_type":"Attack","country":"SY"}}]}"#)
        #expect { try IncidentFileReader.read(foreign) } throws: { error in
            "\(error)".contains("feature 1") && "\(error)".contains("latitude 95")
        }
    }
}

extension ReadOptions {
    /// Small blocks, so that records are cut across block edges many times.
    static func blocks(of size: Int, lenient: Bool = false) -> ReadOptions {
        var options = ReadOptions()
        options.blockSize = size
        options.lenient = lenient
        return options
    }
}
