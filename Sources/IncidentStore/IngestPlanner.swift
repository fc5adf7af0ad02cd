import Analysis
import GeoModel

/// A stored incident and the store's own key for its row.
public struct StoredIncident: Sendable, Hashable {
    public var rowKey: Int64
    public var incident: Incident

    public init(rowKey: Int64, incident: Incident) {
        self.rowKey = rowKey
        self.incident = incident
    }
}

/// What a batch changes in a store: the rows to insert and update. Both backends write it as it is.
struct IngestPlan: Sendable {
    /// A source row: the source, its position in its incident's list and the report it came from.
    struct SourceRow: Sendable {
        var source: IncidentSource
        var ordinal: Int
        var report: ReportKey
    }

    struct Insert: Sendable {
        var incident: Incident
        var sources: [SourceRow]
    }

    struct Update: Sendable {
        var rowKey: Int64
        var incident: Incident
        /// Only the sources the batch adds.
        var newSources: [SourceRow]
    }

    var reports: [(report: KeyedReport, sourceCount: Int)] = []
    var inserts: [Insert] = []
    var updates: [Update] = []
    var summary = IngestSummary()
}

/// Decides, for each incident of a batch, whether it is new or the same event as a stored one.
/// The decision is `IncidentMerger`'s; the stores only narrow the candidates with their indexes.
enum IngestPlanner {
    /// The plan for `batch`, given for each of its incidents (by index) the stored incidents that
    /// passed the store's prefilter (`MergeWindow`).
    /// - Throws: `StoreError.database` when a source names a report outside the batch.
    static func plan(_ batch: IngestBatch, candidates: [[StoredIncident]], location: String,
                     merger: IncidentMerger = IncidentMerger()) throws -> IngestPlan {
        let reportByDocID = Dictionary(batch.reports.map { ($0.report.id, $0.key) }, uniquingKeysWith: { first, _ in first })
        var sourceCounts: [ReportKey: Int] = [:]
        func rows(_ sources: ArraySlice<IncidentSource>) throws -> [IngestPlan.SourceRow] {
            try sources.indices.map { index in
                let source = sources[index]
                guard let report = reportByDocID[source.docID] else {
                    throw StoreError.database(location: location, reason: "a source names report '\(source.docID)', which is not in the batch")
                }
                sourceCounts[report, default: 0] += 1
                return IngestPlan.SourceRow(source: source, ordinal: index, report: report)
            }
        }

        var plan = IngestPlan()
        var touched: [Int64: (incident: Incident, storedSources: Int)] = [:]
        var touchOrder: [Int64] = []
        for (index, incident) in batch.incidents.enumerated() {
            var mergedInto: Int64?
            for candidate in candidates[index].sorted(by: { $0.rowKey < $1.rowKey }) {
                let stored = touched[candidate.rowKey]?.incident ?? candidate.incident
                let merged = merger.merge([stored, incident])
                guard merged.count == 1 else { continue }
                if touched[candidate.rowKey] == nil { touchOrder.append(candidate.rowKey) }
                touched[candidate.rowKey] = (merged[0], touched[candidate.rowKey]?.storedSources ?? candidate.incident.sources.count)
                mergedInto = candidate.rowKey
                break
            }
            if mergedInto != nil {
                plan.summary.incidentsMerged += 1
            } else {
                plan.inserts.append(.init(incident: incident, sources: try rows(incident.sources[...])))
                plan.summary.incidentsAdded += 1
            }
        }
        for rowKey in touchOrder {
            guard let (incident, storedSources) = touched[rowKey] else { continue }
            plan.updates.append(.init(rowKey: rowKey, incident: incident, newSources: try rows(incident.sources[storedSources...])))
        }
        plan.reports = batch.reports.map { ($0, sourceCounts[$0.key] ?? 0) }
        plan.summary.reportsStored = batch.reports.count
        return plan
    }
}

/// Which stored incidents could be the same event as a new one, as a store's index sees it:
/// the same sub-type, dates at most `IncidentMerger.maximumDays` apart (or both unknown), and
/// either inside a box around its place or, for a province-level incident, the same province.
struct MergeWindow: Sendable {
    var subEventType: SubEventType
    /// Nil when the event date is unknown: then only undated incidents qualify.
    var days: ClosedRange<Day>?
    /// Set for a province-level incident, which is matched by province code instead of distance.
    var provinceCode: String?
    /// A box holding every point within `IncidentMerger.maximumKm` (plus 1 % and a metre): the
    /// merger makes the exact decision among the incidents inside it.
    var box: SearchBox

    init(_ incident: Incident, merger: IncidentMerger = IncidentMerger()) {
        subEventType = incident.subEventType
        days = incident.eventDate.map { $0.adding(days: -merger.maximumDays)...$0.adding(days: merger.maximumDays) }
        provinceCode = incident.geoPrecision == .province ? (incident.admin1Code ?? "") : nil
        box = StoreQuery.Circle(center: incident.coordinate, radiusKm: merger.maximumKm * 1.01 + 0.001).enclosingBox
    }
}

/// Stores whose benchmark can be filled fast: a batch written as all-new incidents, without the
/// merge lookup. Only for `bench-store` (in the Benchmarks package, hence SPI rather than
/// `package` access), which fills a store to a million incidents to time its queries; ingest
/// throughput is always measured through `IncidentRepository.ingest`.
@_spi(Benchmarking)
public protocol BenchmarkFilling: IncidentRepository {
    /// Writes `batch` in one transaction as if no stored incident matched any of its incidents.
    func fillWithoutMerging(_ batch: IngestBatch) async throws

    /// Tidies up after a bulk fill as the database would soon do by itself (PostgreSQL's
    /// `VACUUM ANALYZE`), so that the queries timed next measure the queries.
    func refreshStatistics() async throws
}
