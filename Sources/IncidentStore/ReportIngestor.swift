import GeoModel

/// Feeds reports into a store: skips those already stored, extracts the rest batch by batch and
/// stores each batch in one transaction.
///
/// The store does not know how incidents are extracted: the caller passes the extraction (in the
/// CLI, `IncidentPipeline.incidents(from:)`), so that the database layer does not import the
/// extraction stack.
public struct ReportIngestor: Sendable {
    /// Reports to incidents, merged across the reports given (as `IncidentPipeline.incidents(from:)` does).
    public typealias Extraction = @Sendable ([Report]) throws -> [Incident]

    public let extract: Extraction
    public let repository: any IncidentRepository
    /// Reports per transaction. A killed ingest keeps every batch it committed and nothing of the next.
    public var batchSize: Int

    public static let defaultBatchSize = 500

    public init(repository: any IncidentRepository, batchSize: Int = defaultBatchSize, extract: @escaping Extraction) {
        self.extract = extract
        self.repository = repository
        self.batchSize = max(1, batchSize)
    }

    /// Stores `reports`, calling `progress` after each committed batch with the running totals.
    /// - Throws: `StoreError`, or what `extract` throws (`GeoEngineError` when the province polygons are invalid).
    public func ingest(_ reports: [Report], progress: (IngestSummary) -> Void = { _ in }) async throws -> IngestSummary {
        // The same content twice in one run counts once.
        var seen: Set<ReportKey> = []
        let keyed = reports.map(KeyedReport.init).filter { seen.insert($0.key).inserted }
        var total = IngestSummary()
        total.reportsSkipped = reports.count - keyed.count
        for start in stride(from: 0, to: keyed.count, by: batchSize) {
            let slice = Array(keyed[start..<min(start + batchSize, keyed.count)])
            let stored = try await repository.storedReportKeys(among: slice.map(\.key))
            let fresh = slice.filter { !stored.contains($0.key) }
            total.reportsSkipped += slice.count - fresh.count
            guard !fresh.isEmpty else { continue }
            let incidents = try extract(fresh.map(\.report))
            total.add(try await repository.ingest(IngestBatch(reports: fresh, incidents: incidents)))
            progress(total)
        }
        return total
    }
}
