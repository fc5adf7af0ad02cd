import Analysis
import ArgumentParser
import Dispatch
import GeoModel
import IncidentStore

/// `--db`, shared by `query`, `count` and `map`: read the incidents stored by `ingest` as well
/// as (or instead of) files.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: "Also read the incidents stored by 'ingest': a SQLite file or a postgres:// URL.")
    var db: String?

    /// Checks that there is something to read.
    /// - Throws: `ValidationError` when neither SOURCE nor `--db` is given.
    func requireSomething(_ sources: [String]) throws {
        if sources.isEmpty && db == nil { throw ValidationError("give at least one SOURCE, or --db") }
    }

    /// The stored incidents that may pass `filter` and `within` (none without `--db`); the caller
    /// still applies the exact filters, as it does to incidents read from files.
    func incidents(matching filter: IncidentFilter = IncidentFilter(), within: [Region]? = nil) throws -> [Incident] {
        guard let db else { return [] }
        let location = try StoreLocation(parsing: db)
        let query = StoreQuery(bbox: filter.bbox,
                               circle: filter.near.flatMap { center in filter.radiusKm.map { StoreQuery.Circle(center: center, radiusKm: $0) } },
                               within: within, from: filter.from, to: filter.to)
        return try waitFor { try await location.withRepository { try await $0.incidents(matching: query) } }
    }

    /// The reports the store does not hold yet, by content key (all of them without `--db`).
    func unstored(_ reports: [Report]) throws -> [Report] {
        guard let db, !reports.isEmpty else { return reports }
        let location = try StoreLocation(parsing: db)
        let keys = reports.map(ReportKey.init(of:))
        let stored = try waitFor { try await location.withRepository { try await $0.storedReportKeys(among: keys) } }
        return zip(reports, keys).filter { !stored.contains($0.1) }.map(\.0)
    }

    /// Every stored incident, with how many reports and incidents the store holds and where it is;
    /// nil without `--db`.
    func everything() throws -> (incidents: [Incident], statistics: StoreStatistics, location: StoreLocation)? {
        guard let db else { return nil }
        let location = try StoreLocation(parsing: db)
        let (incidents, statistics) = try waitFor {
            try await location.withRepository { (try await $0.incidents(matching: .everything), try await $0.statistics()) }
        }
        return (incidents, statistics, location)
    }

    /// The counts of `incidents` read from files plus the stored ones. With only `--db`, the
    /// store counts (in SQL, for PostGIS).
    func count(_ incidents: [Incident], by keys: [CountKey], sourcesGiven: Bool) throws -> [CountRow] {
        guard let db else { return IncidentCounter.count(incidents, by: keys) }
        if sourcesGiven { return IncidentCounter.count(incidents + (try self.incidents()), by: keys) }
        let location = try StoreLocation(parsing: db)
        return try waitFor { try await location.withRepository { try await $0.count(by: keys) } }
    }
}

extension StoreLocation {
    /// Opens the store (a missing SQLite file is an error unless `creating`), runs `body` and closes
    /// the store again, also when `body` throws.
    func withRepository<T: Sendable>(creating: Bool = false, _ body: (any IncidentRepository) async throws -> T) async throws -> T {
        let repository = try await open(creating: creating)
        do {
            let result = try await body(repository)
            try await repository.close()
            return result
        } catch {
            try? await repository.close()
            throw error
        }
    }
}

/// Runs async work from a synchronous command and waits for its result. The commands run on the
/// main thread, outside Swift's task pool, so blocking here starves nothing.
func waitFor<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) throws -> T {
    let outcome = AsyncOutcome<T>()
    let done = DispatchSemaphore(value: 0)
    Task {
        do { outcome.result = .success(try await work()) } catch { outcome.result = .failure(error) }
        done.signal()
    }
    done.wait()
    return try outcome.result!.get()
}

/// The result of `waitFor`'s task: written once by the task before it signals, read once after the wait.
private final class AsyncOutcome<T: Sendable>: @unchecked Sendable {
    var result: Result<T, any Error>?
}
