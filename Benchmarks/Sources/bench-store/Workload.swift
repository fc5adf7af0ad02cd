import TestSupport
import GeoModel
import IncidentStore

/// Generated reports and incidents: towns scattered over Syria, five years of dates, the
/// violent sub-types. Incidents sit on their town, so that repeated reports of one event merge.
struct Workload {
    var random: SeededGenerator
    let towns: [(coordinate: Coordinate, admin1: String, code: String)]
    let subTypes: [SubEventType] = [.airDroneStrike, .armedClash, .shellingArtilleryMissileAttack, .attack,
                                    .remoteExplosiveLandmineIED, .suicideBomb]
    let actors = ["Military Forces of Syria (2000-)", "Islamic State (Syria)", "Jaish al-Islam", "Civilians (Syria)",
                  "Hayat Tahrir al-Sham", "Military Forces of Russia (2000-)"]
    let firstDay: Day
    var nextReport = 0

    init(seed: UInt64) throws {
        random = SeededGenerator(seed: seed)
        var towns: [(Coordinate, String, String)] = []
        let provinces = ["Aleppo", "Homs", "Idlib", "Hama", "Damascus", "Rif Dimashq", "Deir ez-Zor", "Raqqa", "Daraa", "Latakia"]
        for index in 0..<3000 {
            let province = index % provinces.count
            towns.append((try Coordinate(latitude: Double.random(in: 32.4...37.2, using: &random),
                                         longitude: Double.random(in: 35.8...42.3, using: &random)).rounded(toDecimals: 6),
                          provinces[province], String(format: "SY.%02d", province + 1)))
        }
        self.towns = towns
        firstDay = try Day(year: 2014, month: 1, day: 1)
    }

    /// The next `count` reports, each with `incidentsPerReport` incidents (or 1 to 3 when nil).
    mutating func batch(reports count: Int, incidentsPerReport: Int? = nil) -> IngestBatch {
        var reports: [KeyedReport] = []
        var incidents: [Incident] = []
        reports.reserveCapacity(count)
        for _ in 0..<count {
            let index = nextReport
            nextReport += 1
            let published = firstDay.adding(days: Int.random(in: 0..<1826, using: &random))
            let report = Report(id: "bench-\(index)", date: published, title: "Generated report \(index)", url: nil,
                                source: "bench", text: "Generated report \(index): shelling and clashes were reported.",
                                origin: "bench")
            reports.append(KeyedReport(report))
            for n in 0..<(incidentsPerReport ?? Int.random(in: 1...3, using: &random)) {
                let town = towns.randomElement(using: &random)!
                let subType = subTypes.randomElement(using: &random)!
                let day = published.adding(days: -Int.random(in: 0...1, using: &random))
                let source = IncidentSource(docID: report.id, title: report.title, url: nil, published: published,
                                            start: n * 20, end: n * 20 + 19)
                incidents.append(Incident(
                    id: "SY-bench-\(index)-\(n)", eventDate: day, timePrecision: .day, subEventType: subType,
                    actor1: actors.randomElement(using: &random), actor2: actors.randomElement(using: &random),
                    location: "Town", mention: "Town", placeID: "bench:\(town.code)", coordinate: town.coordinate,
                    geoPrecision: .town, admin1: town.admin1, admin1Code: town.code, country: "SY",
                    fatalities: Int.random(in: 0...12, using: &random), certainty: .reported,
                    notes: "Generated evidence \(index)-\(n).", sources: [source]))
            }
        }
        return IngestBatch(reports: reports, incidents: incidents)
    }
}
