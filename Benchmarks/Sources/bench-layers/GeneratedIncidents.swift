import TestSupport
import GeoModel

/// N incidents made on demand from a seed: the same index always gives the same incident,
/// drawn from small pools of shared strings (ids and place ids fit in Swift's inline small
/// strings), so an array of them costs little more than the incidents' own size. Incidents
/// come grouped by province, as `map` gives them.
struct GeneratedIncidents: RandomAccessCollection {
    let count: Int
    let seed: UInt64
    private let pools: Pools

    init(count: Int, seed: UInt64) {
        self.count = count
        self.seed = seed
        pools = Pools(seed: seed)
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    subscript(i: Int) -> Incident {
        var r = SeededGenerator(seed: seed &+ UInt64(i) &* 0x9E37_79B9_7F4A_7C15)
        // Provinces in blocks, so the sequence is grouped by province.
        let province = pools.provinces[Swift.min(pools.provinces.count - 1, i * pools.provinces.count / Swift.max(count, 1))]
        let place = pools.places[Int(r.next() % UInt64(pools.places.count))]
        let subType = Pools.subTypes[Int(r.next() % UInt64(Pools.subTypes.count))]
        let fatalitiesRoll = r.next() % 10
        let day = pools.days[Int(r.next() % UInt64(pools.days.count))]
        let note = pools.notes[Int(r.next() % UInt64(pools.notes.count))]
        let sources = pools.sourceLists[Int(r.next() % UInt64(pools.sourceLists.count))]
        let latitude = province.latitude + Double(r.next() % 1_000_000) / 1_000_000 - 0.5
        let longitude = province.longitude + Double(r.next() % 1_000_000) / 1_000_000 - 0.5
        return Incident(
            id: "SY-" + String(UInt64(i) &* 2_654_435_761 & 0xFFFF_FFFF_FFFF, radix: 16),
            eventDate: day, timePrecision: r.next() % 8 == 0 ? .week : .day, subEventType: subType,
            actor1: pools.actors[Int(r.next() % UInt64(pools.actors.count))],
            actor2: r.next() % 3 == 0 ? nil : "Civilians (Syria)",
            location: place, mention: place, placeID: "geonames:\(170_000 + Int(r.next() % 9000))",
            coordinate: Coordinate(uncheckedLatitude: latitude, longitude: longitude),
            geoPrecision: r.next() % 4 == 0 ? .nearTown : .town, admin1: province.name, admin1Code: province.code,
            country: "SY", fatalities: fatalitiesRoll < 3 ? nil : Int(r.next() % 40), certainty: .reported,
            notes: note, sources: sources)
    }
}

/// The shared strings the generator draws from.
struct Pools {
    struct Province { var name: String; var code: String; var latitude: Double; var longitude: Double }

    static let subTypes: [SubEventType] = [.airDroneStrike, .shellingArtilleryMissileAttack, .armedClash, .attack,
                                           .remoteExplosiveLandmineIED, .abductionForcedDisappearance]
    let provinces: [Province] = [
        Province(name: "Aleppo", code: "SY.09", latitude: 36.2, longitude: 37.15),
        Province(name: "Daraa", code: "SY.08", latitude: 32.62, longitude: 36.1),
        Province(name: "Deir ez-Zor", code: "SY.07", latitude: 35.33, longitude: 40.14),
        Province(name: "Hama", code: "SY.10", latitude: 35.13, longitude: 36.75),
        Province(name: "Homs", code: "SY.11", latitude: 34.73, longitude: 36.71),
        Province(name: "Idlib", code: "SY.12", latitude: 35.93, longitude: 36.63),
        Province(name: "Rif Dimashq", code: "SY.13", latitude: 33.5, longitude: 36.5),
    ]
    let places: [String]
    let actors = ["Military Forces of Syria (2000-)", "Military Forces of Russia (2000-)", "Jaish al-Islam",
                  "Hayat Tahrir al-Sham", "Islamic State (Syria)", "Unidentified Armed Group (Syria)"]
    let days: [Day]
    let notes: [String]
    /// One-source lists, shared rather than made per incident.
    let sourceLists: [[IncidentSource]]

    init(seed: UInt64) {
        var r = SeededGenerator(seed: seed)
        let stems = ["Tal", "Kafr", "Ain", "Deir", "Jisr", "Maarat", "Khan", "Ras", "Beit", "Tell"]
        let ends = ["Nabi", "Zita", "Arous", "Hamra", "Shughur", "Numan", "Sheikhoun", "Baalbek", "Jinn", "Rifaat"]
        places = (0..<200).map { i in "\(stems[i % 10]) \(ends[(i / 10 + Int(r.next() % 10)) % 10])" }
        let start = try! Day(parsing: "2015-01-01")
        days = (0..<1500).map { start.adding(days: $0) }
        let verbs = ["struck", "shelled", "raided", "attacked", "bombarded"]
        notes = (0..<1000).map { i in
            "Government aircraft \(verbs[i % 5]) the town of \(stems[i % 10]) \(ends[(i / 7) % 10]) on \"Tuesday\", killing at least \(i % 40) people & wounding others, a monitoring group said <citing medics>."
        }
        sourceLists = (0..<500).map { i in
            [IncidentSource(docID: "wire-\(i)", title: "Strikes reported across northern Syria, day \(i)",
                           url: "https://example.org/wire/2016/\(i)/strikes", published: start.adding(days: i), start: 0, end: 180)]
        }
    }
}
