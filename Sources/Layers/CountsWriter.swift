import Analysis

/// Writes count rows as CSV: the key columns, then `incidents` and `fatalities`.
public enum CountsWriter {
    public static func writeCSV(_ rows: [CountRow], keys: [CountKey], to out: OutputBuffer) {
        out.write((keys.flatMap(\.columns) + ["incidents", "fatalities"]).joined(separator: ",") + "\r\n")
        for row in rows {
            let cells = row.values.map { CSVWriter.cell($0 ?? "") } + [String(row.incidents), String(row.fatalities)]
            out.write(cells.joined(separator: ",") + "\r\n")
        }
    }
}
