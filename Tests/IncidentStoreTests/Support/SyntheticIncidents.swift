import GeoModel
import IncidentStore
import TestSupport

/// Made-up reports, each with a few incidents scattered over Syria and a few weeks, for tests of
/// queries and counts that do not need the extraction pipeline.
enum SyntheticIncidents {
    static let provinces: [(String, String)] = [("Homs", "SY.11"), ("Aleppo", "SY.09"), ("Idlib", "SY.12"), ("Damascus", "SY.13")]
    static let actors: [String?] = ["Military Forces of Syria (2000-)", "Jaish al-Islam", nil, "Civilians (Syria)"]
    static let subTypes: [SubEventType] = [.airDroneStrike, .armedClash, .shellingArtilleryMissileAttack, .attack]

    static func batch(reports count: Int, seed: UInt64, firstIndex: Int = 0) throws -> IngestBatch {
        var random = SeededGenerator(seed: seed)
        var reports: [KeyedReport] = []
        var incidents: [Incident] = []
        let start = try Day(year: 2016, month: 12, day: 20)
        for index in firstIndex..<(firstIndex + count) {
            let published = start.adding(days: Int.random(in: 0..<40, using: &random))
            let report = Report(id: "synthetic-\(index)", date: published, title: "Synthetic report \(index)", url: nil,
                                source: "tests", text: "Synthetic report number \(index).", origin: "tests")
            reports.append(KeyedReport(report))
            for n in 0..<Int.random(in: 1...3, using: &random) {
                let (admin1, code) = provinces.randomElement(using: &random)!
                let precision: GeoPrecision = Int.random(in: 0..<10, using: &random) == 0 ? .province : .town
                let undated = Int.random(in: 0..<15, using: &random) == 0
                let coordinate = try Coordinate(latitude: Double.random(in: 32.5...37.0, using: &random),
                                                longitude: Double.random(in: 35.8...41.5, using: &random)).rounded(toDecimals: 6)
                let source = IncidentSource(docID: report.id, title: report.title, url: nil, published: published,
                                            start: n * 10, end: n * 10 + 9)
                incidents.append(Incident(
                    id: "SY-synthetic-\(index)-\(n)", eventDate: undated ? nil : published.adding(days: -Int.random(in: 0...2, using: &random)),
                    timePrecision: undated ? .month : .day, subEventType: subTypes.randomElement(using: &random)!,
                    actor1: actors.randomElement(using: &random)!, actor2: actors.randomElement(using: &random)!,
                    location: "Place \(index)-\(n)", mention: "Place \(index)-\(n)", placeID: "test:\(index)-\(n)",
                    coordinate: coordinate, geoPrecision: precision, admin1: admin1, admin1Code: code, country: "SY",
                    fatalities: Int.random(in: 0..<4, using: &random) == 0 ? nil : Int.random(in: 0...30, using: &random),
                    certainty: .reported, notes: "Evidence \(index)-\(n).", sources: [source]))
            }
        }
        return IngestBatch(reports: reports, incidents: incidents)
    }
}
