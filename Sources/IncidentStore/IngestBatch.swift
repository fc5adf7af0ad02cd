import GeoModel

/// Reports to store together, in one transaction, with the incidents extracted from them.
public struct IngestBatch: Sendable {
    /// The reports, none of them stored yet, with distinct keys.
    public var reports: [KeyedReport]
    /// Their incidents, already merged across the batch (as `IncidentPipeline.incidents(from:)` gives them).
    public var incidents: [Incident]

    public init(reports: [KeyedReport], incidents: [Incident]) {
        self.reports = reports
        self.incidents = incidents
    }
}

/// A report with its content key.
public struct KeyedReport: Sendable, Hashable {
    public var key: ReportKey
    public var report: Report

    public init(_ report: Report) {
        self.report = report
        key = ReportKey(of: report)
    }
}

/// What one ingest did.
public struct IngestSummary: Sendable, Hashable {
    /// Reports stored.
    public var reportsStored = 0
    /// Reports skipped because their content was already stored.
    public var reportsSkipped = 0
    /// Incidents added as new.
    public var incidentsAdded = 0
    /// Incidents merged into a stored incident as a new source.
    public var incidentsMerged = 0

    public init() {}

    /// Adds another summary's numbers to this one.
    public mutating func add(_ other: IngestSummary) {
        reportsStored += other.reportsStored
        reportsSkipped += other.reportsSkipped
        incidentsAdded += other.incidentsAdded
        incidentsMerged += other.incidentsMerged
    }
}
