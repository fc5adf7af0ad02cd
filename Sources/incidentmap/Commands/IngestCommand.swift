import ArgumentParser
import Extraction
import Foundation
import IncidentStore
import Pipeline

/// `incidentmap ingest`: store reports and their incidents, adding only what is new.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Store reports and their incidents in a database, adding only what is new.",
        discussion: """
            Each report is keyed by the SHA-256 of its content: a report already stored is skipped. An incident \
            that describes a stored incident is merged into it as a new source. Reports are stored in batches of \
            --batch-size, one transaction each.
            """
    )

    @Argument(help: "Report files or folders (*.txt, *.jsonl), or - for stdin.")
    var inputs: [String]

    @Option(name: .customLong("db"), help: "A SQLite file, or a postgres://user@host:port/database URL.")
    var db = StoreLocation.defaultPath

    @Option(name: .customLong("batch-size"), help: "Reports per transaction.")
    var batchSize = ReportIngestor.defaultBatchSize

    @OptionGroup var geo: GeoOptions
    @OptionGroup var reading: ReportOptions

    func validate() throws {
        guard batchSize >= 1 else { throw ValidationError("--batch-size must be at least 1, not \(batchSize)") }
    }

    func run() throws {
        try reportingErrors {
            let location = try StoreLocation(parsing: db)
            let reports = try ReportReader(lenient: reading.lenient).read(inputs)
            let pipeline = try IncidentPipeline(resources: geo.loadResources(), focus: geo.focusCountries,
                                                includeStrategic: reading.includeStrategic)
            let batchSize = self.batchSize
            let (summary, statistics) = try waitFor {
                try await location.withRepository(creating: true) { repository in
                    let ingestor = ReportIngestor(repository: repository, batchSize: batchSize) { try pipeline.incidents(from: $0) }
                    let summary = try await ingestor.ingest(reports) { total in
                        printError("ingest: \(total.reportsStored + total.reportsSkipped) of \(reports.count) reports done")
                    }
                    return (summary, try await repository.statistics())
                }
            }
            StandardOutput.line("reports read: \(reports.count)")
            StandardOutput.line("reports stored: \(summary.reportsStored)")
            StandardOutput.line("reports already stored: \(summary.reportsSkipped)")
            StandardOutput.line("incidents added: \(summary.incidentsAdded)")
            StandardOutput.line("incidents merged into stored ones: \(summary.incidentsMerged)")
            StandardOutput.line("store \(location): \(statistics)")
        }
    }
}
