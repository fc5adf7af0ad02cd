import Analysis

/// Writes count rows as CSV: the key columns, then `incidents` and `fatalities`.
public enum CountsWriter {
    /// Writes `rows` with the columns of `keys` (SPEC.md, `count --format csv`).
    public static func writeCSV(_ rows: [CountRow], keys: [CountKey], to out: OutputBuffer) {
        out.write((keys.flatMap(\.columns) + ["incidents", "fatalities"]).joined(separator: ",") + "\r\n")
        for row in rows {
            for value in row.values {
                out.write(csvCell: value ?? "")
                out.write(byte: UInt8(ascii: ","))
            }
            out.write(integer: row.incidents)
            out.write(byte: UInt8(ascii: ","))
            out.write(integer: row.fatalities)
            out.write(literal: "\r\n")
        }
    }

    /// Writes `rows` as a JSON array of objects: the columns of `keys` in order, then
    /// `incidents` and `fatalities` (SPEC.md, `count --format json`).
    public static func writeJSON(_ rows: [CountRow], keys: [CountKey], to out: OutputBuffer) {
        let columns = keys.flatMap(\.columns)
        out.write(byte: UInt8(ascii: "["))
        for (index, row) in rows.enumerated() {
            out.write(literal: index == 0 ? "\n  {" : ",\n  {")
            for (column, value) in zip(columns, row.values) {
                out.write(jsonString: column)
                out.write(byte: UInt8(ascii: ":"))
                out.write(jsonString: value)
                out.write(literal: ", ")
            }
            out.write(literal: "\"incidents\":")
            out.write(integer: row.incidents)
            out.write(literal: ", \"fatalities\":")
            out.write(integer: row.fatalities)
            out.write(byte: UInt8(ascii: "}"))
        }
        out.write(literal: rows.isEmpty ? "]\n" : "\n]\n")
    }

    /// Writes `counts.csv`: every province of the layer, those without incidents included.
    public static func writeCSV(_ layer: ProvinceLayer, to out: OutputBuffer) {
        let rows = layer.entries.map { CountRow(values: [$0.region.name, $0.region.code], incidents: $0.incidents, fatalities: $0.fatalities) }
        writeCSV(rows, keys: [.province], to: out)
    }
}
