import Foundation
import GeoModel
import GRDB
import IncidentStore
import Testing

/// Kills `incidentmap ingest` with SIGKILL in the middle of a run and checks what it left.
@Suite struct CrashSafetyTests {
    static let reportCount = 120
    static let batchSize = 10

    /// The sample reports again and again, each copy with its own title and later dates, so that
    /// every line is a distinct report.
    static func writeReports(to url: URL) throws {
        struct Line: Encodable { var id: String, date: String?, title: String, text: String }
        let samples = try SampleCorpus.reports()
        let encoder = JSONEncoder()
        var data = Data()
        for index in 0..<reportCount {
            let sample = samples[index % samples.count]
            let round = index / samples.count
            let line = Line(id: "\(sample.id)-copy\(round)", date: sample.date?.adding(days: 14 * round).description,
                            title: "\(sample.title ?? sample.id) (copy \(round))", text: sample.text)
            data.append(try encoder.encode(line))
            data.append(UInt8(ascii: "\n"))
        }
        try data.write(to: url)
    }

    /// Reports stored so far, read through a separate read-only connection; 0 while the file is
    /// not there yet or is still being created (this is a poll, so a failed read just means "not yet").
    static func storedReports(_ path: String) -> Int {
        var configuration = Configuration()
        configuration.readonly = true
        guard let queue = try? DatabaseQueue(path: path, configuration: configuration) else { return 0 }
        return (try? queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM reports") }) .flatMap { $0 } ?? 0
    }

    /// Checks that every stored report has exactly the sources it contributed and that no
    /// incident is left without a source.
    static func expectWholeReports(_ path: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.read { db in
            let partial = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM reports r
                WHERE r.source_count != (SELECT count(*) FROM incident_sources s WHERE s.report_key = r.key)
                """)
            let orphans = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM incidents i WHERE NOT EXISTS (SELECT 1 FROM incident_sources s WHERE s.incident_key = i.key)
                """)
            let strays = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM incident_sources s WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.key = s.report_key)
                """)
            #expect(partial == 0, "reports with missing or extra sources", sourceLocation: sourceLocation)
            #expect(orphans == 0, "incidents without a source", sourceLocation: sourceLocation)
            #expect(strays == 0, "sources without a report", sourceLocation: sourceLocation)
        }
        try queue.close()
    }

    @Test func aKilledIngestLeavesWholeBatchesAndASecondRunFinishesWithoutDuplicates() async throws {
        let folder = try TestStores.temporaryFolder()
        let input = folder.appendingPathComponent("reports.jsonl")
        let path = folder.appendingPathComponent("store.sqlite").path
        try Self.writeReports(to: input)
        let arguments = ["ingest", input.path, "--db", path, "--batch-size", String(Self.batchSize)]

        // A blocking poll on purpose: nothing may come between the first commit and the kill.
        let process = try StoreCLI.start(arguments)
        while process.isRunning && Self.storedReports(path) == 0 { usleep(50_000) }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let wasKilled = process.terminationReason == .uncaughtSignal
        if !wasKilled { print("note: ingest finished before SIGKILL reached it; checking the finished store instead") }

        let afterKill = try SQLiteIncidentRepository(path: path)
        #expect(try await afterKill.integrityCheck() == "ok")
        let partial = try await afterKill.statistics()
        try await afterKill.close()
        try Self.expectWholeReports(path)
        #expect(partial.reports % Self.batchSize == 0, "a batch was stored in part: \(partial.reports) reports")
        if wasKilled { #expect(partial.reports > 0 && partial.reports < Self.reportCount) }

        let resumed = try StoreCLI.run(arguments)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains("reports already stored: \(partial.reports)\n"))
        #expect(resumed.stdout.contains("reports stored: \(Self.reportCount - partial.reports)\n"))
        try Self.expectWholeReports(path)

        // The interrupted-then-resumed store holds exactly what one clean run stores.
        let store = try SQLiteIncidentRepository(path: path)
        let clean = try SQLiteIncidentRepository(path: folder.appendingPathComponent("clean.sqlite").path)
        let reports = try ReportReaderForTests.read(input)
        _ = try await ReportIngestor(pipeline: try SampleCorpus.pipeline(), repository: clean, batchSize: Self.batchSize).ingest(reports)
        #expect(try await store.statistics() == clean.statistics())
        #expect(try await store.statistics().reports == Self.reportCount)
        let stored = try await store.incidents(matching: .everything)
        #expect(stored == (try await clean.incidents(matching: .everything)))
        #expect(Set(stored.map(\.id)).count == stored.count, "an incident was stored twice")
        try await store.close()
        try await clean.close()
    }
}

import Extraction

/// Reads the generated reports the way `ingest` does.
enum ReportReaderForTests {
    static func read(_ url: URL) throws -> [Report] { try ReportReader().read([url.path]) }
}
