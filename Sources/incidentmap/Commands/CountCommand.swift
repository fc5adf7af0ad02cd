import Analysis
import ArgumentParser
import Foundation
import GeoModel
import IncidentFiles
import Layers
import Pipeline

/// `incidentmap count`: incidents and fatalities per group.
struct CountCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "count", abstract: "Count incidents and sum fatalities per group.")

    enum Format: String, ExpressibleByArgument { case table, csv, json }

    @Argument(help: "Incident files (JSON Lines or GeoJSON from this tool, ACLED-style CSV) or reports.")
    var sources: [String] = []

    @Option(help: "Group keys: province, district, country, actor, type, subtype, day, week, month (comma-separated).")
    var by: String

    @Option(help: "Output format.") var format: Format = .table

    @OptionGroup var analysis: AnalysisOptions
    @OptionGroup var geo: GeoOptions
    @OptionGroup var reading: ReportOptions
    @OptionGroup var store: DatabaseOptions

    func run() throws {
        try reportingErrors {
            let keys = try CountKey.parseList(by)
            try store.requireSomething(sources)
            let loader = IncidentLoader(geo: geo, reading: reading, options: analysis)
            var tally = IncidentTally(keys: keys)
            // `district` is the polygon holding the point: the polygons are read only for it.
            let districts = keys.contains(.district) ? DistrictAssigner(loading: loader.districtPolygons(in:)) : nil
            func add(_ incidents: [Incident], to tally: inout IncidentTally) throws {
                tally.add(incidents, districts: try districts?.districts(of: incidents))
            }
            let rows: [CountRow]
            if store.db == nil {
                // Files alone are counted batch by batch, so memory stays flat.
                try loader.forEachBatch(sources, fields: Self.fields(for: keys)) { try add($0, to: &tally) }
                rows = tally.rows
            } else if districts != nil {
                // The store has no district polygons: its incidents are counted here.
                try add(try loader.load(sources) + (try store.incidents()), to: &tally)
                rows = tally.rows
            } else {
                // The store counts its own rows (in SQL for PostGIS); the tally gives the totals,
                // where an incident with two actors counts once.
                let fromFiles = try loader.load(sources)
                tally.add(fromFiles + (try store.incidents()))
                rows = try store.count(fromFiles, by: keys, sourcesGiven: !sources.isEmpty)
            }
            let columns = keys.flatMap(\.columns)
            switch format {
            case .csv:
                let out = OutputBuffer.standardOutput()
                CountsWriter.writeCSV(rows, keys: keys, to: out)
                try out.flush()
            case .json:
                let out = OutputBuffer.standardOutput()
                CountsWriter.writeJSON(rows, keys: keys, to: out)
                try out.flush()
            case .table:
                CountsTable.print(rows, columns: columns, totals: (tally.totalIncidents, tally.totalFatalities))
            }
        }
    }
}

extension CountCommand {
    /// The incident fields a count by `keys` reads: actors for `actor`, the place id for
    /// `district` (where no district polygon holds the point); the sub-type, date, coordinate, country, provinces and fatalities always.
    static func fields(for keys: [CountKey]) -> ReadFields {
        var fields: ReadFields = []
        if keys.contains(.actor) { fields.insert(.actors) }
        if keys.contains(.district) { fields.insert(.places) }
        return fields
    }
}

/// A terminal table with a totals line.
enum CountsTable {
    /// - Parameter totals: incidents and fatalities counted once each: with `--by actor` an
    ///   incident between two actors sits in two rows, so the rows may add up to more.
    static func print(_ rows: [CountRow], columns: [String], totals: (incidents: Int, fatalities: Int)) {
        let header = columns + ["incidents", "fatalities"]
        var lines = rows.map { $0.values.map { $0 ?? "-" } + [String($0.incidents), String($0.fatalities)] }
        let total = ["total"] + Array(repeating: "", count: max(0, columns.count - 1))
            + [String(totals.incidents), String(totals.fatalities)]
        let widths = header.indices.map { i in ([header[i], total[i]] + lines.map { $0[i] }).map(\.count).max() ?? 0 }
        func format(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in
                i >= columns.count ? String(repeating: " ", count: widths[i] - cell.count) + cell
                    : cell + String(repeating: " ", count: widths[i] - cell.count)
            }.joined(separator: "  ")
        }
        StandardOutput.line(format(header))
        StandardOutput.line(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        lines.forEach { StandardOutput.line(format($0)) }
        StandardOutput.line(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        StandardOutput.line(format(total))
        lines.removeAll()
    }
}
