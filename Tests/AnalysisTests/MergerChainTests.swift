@testable import Analysis
import GeoEngine
import GeoModel
import TestSupport
import Testing

/// The accumulator's buckets, chained through one array, must merge exactly as a plain search
/// over every incident kept so far does: the first-seen incident of the same sub-type filed within
/// a day of the new one that `isSameEvent` accepts, with keys refreshed when an absorbed
/// duplicate changes the event.
@Suite struct MergerChainTests {
    /// Incidents crowded onto few types, days, places and actors, so that buckets hold long chains
    /// and duplicates change dates, precisions and actors as they merge.
    private func crowd(count: Int, seed: UInt64) throws -> [Incident] {
        var generator = SeededGenerator(seed: seed)
        let start = try Day(parsing: "2016-02-10")
        let types: [SubEventType] = [.airDroneStrike, .shellingArtilleryMissileAttack, .armedClash]
        let points = [(35.64, 36.67), (35.66, 36.68), (35.90, 36.60), (34.73, 36.71)]
        return try (0..<count).map { n in
            let point = points[Int.random(in: 0..<points.count, using: &generator)]
            let undated = Int.random(in: 0..<20, using: &generator) == 0
            return Incident(
                id: "i\(n)", eventDate: undated ? nil : start.adding(days: Int.random(in: 0..<6, using: &generator)),
                timePrecision: [.day, .week, .month][Int.random(in: 0..<3, using: &generator)],
                subEventType: types[Int.random(in: 0..<types.count, using: &generator)],
                actor1: [nil, "A", "B"][Int.random(in: 0..<3, using: &generator)], actor2: nil,
                location: "p", mention: "p", placeID: "p\(point.0)", coordinate: try Coordinate(latitude: point.0, longitude: point.1),
                geoPrecision: [.town, .nearTown, .province][Int.random(in: 0..<3, using: &generator)], admin1: nil,
                admin1Code: ["SY.11", "SY.12"][Int.random(in: 0..<2, using: &generator)], country: "SY",
                fatalities: Int.random(in: 0..<4, using: &generator) == 0 ? nil : Int.random(in: 0..<30, using: &generator),
                certainty: .reported, notes: "note \(n % 7)",
                sources: [IncidentSource(docID: "d\(n)", title: nil, url: nil, published: nil, start: 0, end: 1)])
        }
    }

    /// The merge done the slow way: every incident kept so far is a candidate.
    private func plainMerge(_ incidents: [Incident], merger: IncidentMerger) -> [Incident] {
        var merged: [Incident] = []
        var filed: [(type: SubEventType, day: Int?, key: IncidentMerger.Key)] = []
        var names = IncidentMerger.Names()
        for incident in incidents {
            let key = IncidentMerger.Key(incident, names: &names)
            let same = filed.indices.first { j in
                let near = switch (filed[j].day, key.day) {
                case let (a?, b?): abs(a - b) <= merger.maximumDays
                case (nil, nil): true
                default: false
                }
                return filed[j].type == key.type && near && merger.isSameEvent(filed[j].key, key, Geodesic())
            }
            if let j = same {
                if merger.absorb(incident, into: &merged[j]) { filed[j].key = IncidentMerger.Key(merged[j], names: &names) }
            } else {
                filed.append((key.type, key.day, key))
                merged.append(incident)
            }
        }
        return merged
    }

    @Test(arguments: [1, 2, 3])
    func chainedBucketsMergeAsAPlainSearchDoes(seed: UInt64) throws {
        let incidents = try crowd(count: 1_500, seed: seed)
        let merger = IncidentMerger()
        let expected = plainMerge(incidents, merger: merger)
        let merged = merger.merge(incidents)
        #expect(merged.count < incidents.count / 2)
        #expect(merged == expected)
    }
}
