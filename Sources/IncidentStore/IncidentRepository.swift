import Analysis
import GeoModel

/// Where incidents live between runs: reports keyed by content, incidents with their sources.
///
/// Two backends sit behind it, an embedded SQLite database (`SQLiteIncidentRepository`) and a
/// shared PostgreSQL/PostGIS one (`PostGISIncidentRepository`); both pass one test suite.
/// Reads push what they can down to the database and return a superset of the exact answer,
/// sorted like the pipeline's output; callers finish with `IncidentFilter` and `PolygonIndex`,
/// so that files and databases give the same results.
public protocol IncidentRepository: Sendable {
    /// The keys among `keys` whose reports are already stored.
    func storedReportKeys(among keys: [ReportKey]) async throws -> Set<ReportKey>

    /// Stores a batch of reports and their incidents in one transaction, merging incidents that
    /// describe a stored incident into it as new sources.
    /// - Throws: `StoreError.concurrentIngest` when another writer stored one of the reports first.
    func ingest(_ batch: IngestBatch) async throws -> IngestSummary

    /// The stored incidents that may pass `query`: every one that does, and perhaps a few more.
    /// Sorted by event date, then id.
    func incidents(matching query: StoreQuery) async throws -> [Incident]

    /// Incidents and fatalities per group over every stored incident, as `IncidentCounter` counts them.
    func count(by keys: [CountKey]) async throws -> [CountRow]

    /// How many reports, incidents and sources are stored.
    func statistics() async throws -> StoreStatistics

    /// Releases the connection. The repository is unusable afterwards.
    func close() async throws
}

/// Sizes of a store.
public struct StoreStatistics: Sendable, Hashable, CustomStringConvertible {
    public var reports: Int
    public var incidents: Int
    public var sources: Int

    public init(reports: Int, incidents: Int, sources: Int) {
        self.reports = reports
        self.incidents = incidents
        self.sources = sources
    }

    public var description: String { "\(reports) reports, \(incidents) incidents, \(sources) sources" }
}
