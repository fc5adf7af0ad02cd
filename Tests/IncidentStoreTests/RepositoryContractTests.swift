import Analysis
import GeoEngine
import GeoModel
import IncidentStore
import Testing
import TestSupport

/// The contract of `IncidentRepository`, run against SQLite and PostGIS alike.
@Suite struct RepositoryContractTests {
    @Test(arguments: StoreBackend.allCases)
    func ingestingTheSampleCorpusTwiceChangesNothing(_ backend: StoreBackend) async throws {
        guard let store = try await TestStores.empty(backend) else { return }
        let reports = try SampleCorpus.reports()
        let ingestor = ReportIngestor(pipeline: try SampleCorpus.pipeline(), repository: store)

        let first = try await ingestor.ingest(reports)
        let afterFirst = try await store.incidents(matching: .everything)
        let statisticsAfterFirst = try await store.statistics()
        let second = try await ingestor.ingest(reports)
        let afterSecond = try await store.incidents(matching: .everything)

        #expect(first.reportsStored == reports.count)
        #expect(first.incidentsAdded == afterFirst.count)
        #expect(second.reportsStored == 0)
        #expect(second.reportsSkipped == reports.count)
        #expect(second.incidentsAdded == 0 && second.incidentsMerged == 0)
        #expect(afterSecond.map(\.id) == afterFirst.map(\.id))
        #expect(afterSecond == afterFirst)
        #expect(try await store.statistics() == statisticsAfterFirst)
        #expect(statisticsAfterFirst.reports == reports.count)
        try await store.close()
    }

    @Test(arguments: StoreBackend.allCases)
    func storedSampleCorpusEqualsTheFiles(_ backend: StoreBackend) async throws {
        guard let store = try await TestStores.empty(backend) else { return }
        let reports = try SampleCorpus.reports()
        let pipeline = try SampleCorpus.pipeline()
        let expected = try pipeline.incidents(from: reports)
        _ = try await ReportIngestor(pipeline: pipeline, repository: store).ingest(reports)

        let stored = try await store.incidents(matching: .everything)
        #expect(stored.count == expected.count)
        #expect(stored == expected)
        let keys: [CountKey] = [.province, .week]
        #expect(try await store.count(by: keys) == IncidentCounter.count(expected, by: keys))
        try await store.close()
    }

    @Test(arguments: StoreBackend.allCases)
    func groupedCountsEqualTheSwiftCounter(_ backend: StoreBackend) async throws {
        guard let store = try await TestStores.empty(backend) else { return }
        _ = try await store.ingest(SyntheticIncidents.batch(reports: 120, seed: 7))
        _ = try await store.ingest(SyntheticIncidents.batch(reports: 60, seed: 8, firstIndex: 1000))
        let all = try await store.incidents(matching: .everything)
        #expect(all.count > 150)
        let keySets: [[CountKey]] = [[.province, .week], [.actor], [.country, .month], [.type, .subtype, .day], [.actor, .province]]
        for keys in keySets {
            let counted = try await store.count(by: keys)
            #expect(counted == IncidentCounter.count(all, by: keys), "keys \(keys)")
            #expect(counted.reduce(0) { $0 + $1.incidents } >= all.count)
        }
        try await store.close()
    }

    /// `admin2` is stored and read back, and the store's own count by district (without
    /// polygons) agrees with the Swift counter's fallback: the stored district, its id only for
    /// an incident placed at a built-in district.
    @Test(arguments: StoreBackend.allCases)
    func districtsAreStoredAndCounted(_ backend: StoreBackend) async throws {
        guard let store = try await TestStores.empty(backend) else { return }
        var batch = try SyntheticIncidents.batch(reports: 40, seed: 21)
        for i in batch.incidents.indices where i % 3 != 0 {
            batch.incidents[i].admin2 = i % 3 == 1 ? "Upper Valley" : "Lower Valley"
            if i % 2 == 0 { batch.incidents[i].placeID = "gb:\(i % 3)" }
        }
        _ = try await store.ingest(batch)
        let all = try await store.incidents(matching: .everything)
        #expect(Set(all.compactMap(\.admin2)) == ["Upper Valley", "Lower Valley"])
        #expect(all.contains { $0.admin2 == nil })
        let counted = try await store.count(by: [.district])
        #expect(counted == IncidentCounter.count(all, by: [.district]))
        #expect(counted.contains { $0.values.count == 2 && $0.values[1]?.hasPrefix("gb:") == true })
        try await store.close()
    }

    @Test(arguments: StoreBackend.allCases)
    func queriesFindEveryIncidentTheExactFiltersKeep(_ backend: StoreBackend) async throws {
        guard let store = try await TestStores.empty(backend) else { return }
        _ = try await store.ingest(SyntheticIncidents.batch(reports: 200, seed: 11))
        let all = try await store.incidents(matching: .everything)
        var random = SeededGenerator(seed: 99)
        var matched = 0
        for round in 0..<16 {
            var filter = IncidentFilter()
            switch round % 4 {
            case 0:
                filter.near = try Coordinate(latitude: .random(in: 33...36.5, using: &random), longitude: .random(in: 36...41, using: &random))
                filter.radiusKm = .random(in: 5...150, using: &random)
            case 1:
                let west = Double.random(in: 35.5...40, using: &random), south = Double.random(in: 32.5...36, using: &random)
                filter.bbox = try BoundingBox(west: west, south: south, east: west + .random(in: 0.2...2, using: &random),
                                              north: south + .random(in: 0.2...2, using: &random))
            case 2:
                filter.from = try Day(year: 2016, month: 12, day: 15).adding(days: .random(in: 0...20, using: &random))
                filter.to = filter.from!.adding(days: .random(in: 0...10, using: &random))
            default:
                filter.near = try Coordinate(latitude: 35, longitude: 38)
                filter.radiusKm = .random(in: 50...300, using: &random)
                filter.from = try Day(year: 2016, month: 12, day: 25)
            }
            let query = StoreQuery(bbox: filter.bbox, circle: filter.near.map { .init(center: $0, radiusKm: filter.radiusKm!) },
                                   from: filter.from, to: filter.to)
            let expected = all.filter(filter.accepts)
            let found = try await store.incidents(matching: query)
            #expect(found.filter(filter.accepts) == expected, "round \(round)")
            matched += expected.count
        }
        #expect(matched > 0)

        // A triangle over the middle of the country, and a polygon with a hole.
        let triangle = try Polygon(exterior: [Coordinate(latitude: 33, longitude: 36), Coordinate(latitude: 36.5, longitude: 37),
                                              Coordinate(latitude: 34, longitude: 41)])
        let holed = try Polygon(exterior: [Coordinate(latitude: 34, longitude: 37), Coordinate(latitude: 34, longitude: 40),
                                           Coordinate(latitude: 36, longitude: 40), Coordinate(latitude: 36, longitude: 37)],
                                holes: [[Coordinate(latitude: 34.5, longitude: 37.5), Coordinate(latitude: 34.5, longitude: 39.5),
                                         Coordinate(latitude: 35.5, longitude: 39.5), Coordinate(latitude: 35.5, longitude: 37.5)]])
        for geometry in [Geometry.polygon(triangle), .multiPolygon([holed])] {
            let regions = [Region(name: "test area", code: nil, country: "SY", geometry: geometry)]
            let index = try PolygonIndex(regions: regions)
            let expected = try all.filter { try index.regionIndex(containing: $0.coordinate) != nil }
            let found = try await store.incidents(matching: StoreQuery(within: regions))
            #expect(try found.filter { try index.regionIndex(containing: $0.coordinate) != nil } == expected)
            #expect(!expected.isEmpty && expected.count < all.count)
        }
        try await store.close()
    }

    @Test(arguments: StoreBackend.allCases)
    func anIncidentReportedAgainBecomesANewSource(_ backend: StoreBackend) async throws {
        guard let store = try await TestStores.empty(backend) else { return }
        let day = try Day(year: 2016, month: 2, day: 1)
        func report(_ id: String, _ latitude: Double, _ date: Day, fatalities: Int) throws -> IngestBatch {
            let report = Report(id: id, date: date, title: id, url: nil, source: nil, text: "Report \(id)", origin: id)
            let incident = Incident(
                id: "SY-\(id)", eventDate: date, timePrecision: .day, subEventType: .airDroneStrike, actor1: "Air force",
                actor2: nil, location: "Town", mention: "Town", placeID: "test:\(id)",
                coordinate: try Coordinate(latitude: latitude, longitude: 37), geoPrecision: .town, admin1: "Hama",
                admin1Code: "SY.05", country: "SY", fatalities: fatalities, certainty: .reported, notes: "Strike \(id).",
                sources: [IncidentSource(docID: id, title: id, url: nil, published: date, start: 0, end: 8)])
            return IngestBatch(reports: [KeyedReport(report)], incidents: [incident])
        }

        let a = try await store.ingest(report("A", 35.0, day, fatalities: 5))
        let b = try await store.ingest(report("B", 35.018, day.adding(days: 1), fatalities: 3)) // about 2 km north, a day later
        let c = try await store.ingest(report("C", 35.3, day, fatalities: 1)) // about 33 km away
        let d = try await store.ingest(report("D", 35.0, day.adding(days: 3), fatalities: 2)) // three days later

        #expect([a.incidentsAdded, b.incidentsAdded, c.incidentsAdded, d.incidentsAdded] == [1, 0, 1, 1])
        #expect(b.incidentsMerged == 1)
        let all = try await store.incidents(matching: .everything)
        #expect(all.count == 3)
        let merged = try #require(all.first { $0.sources.count == 2 })
        #expect(merged.sources.map(\.docID) == ["A", "B"])
        #expect(merged.fatalities == 3)
        #expect(merged.coordinate.latitude == 35.0)
        #expect(try await store.statistics() == StoreStatistics(reports: 4, incidents: 3, sources: 4))
        try await store.close()
    }

    @Test(arguments: StoreBackend.allCases)
    func aBatchHoldingAStoredReportIsRefusedWhole(_ backend: StoreBackend) async throws {
        guard let store = try await TestStores.empty(backend) else { return }
        let batch = try SyntheticIncidents.batch(reports: 5, seed: 3)
        _ = try await store.ingest(batch)
        let before = try await store.statistics()
        let mixed = IngestBatch(reports: batch.reports + (try SyntheticIncidents.batch(reports: 2, seed: 4, firstIndex: 50).reports),
                                incidents: batch.incidents)
        await #expect(throws: StoreError.self) { try await store.ingest(mixed) }
        #expect(try await store.statistics() == before)
        #expect(try await store.storedReportKeys(among: mixed.reports.map(\.key)) == Set(batch.reports.map(\.key)))
        try await store.close()
    }
}
