import Foundation
import GeoModel
import Layers
import Pipeline

/// Writes place mention records to standard output as they come, in JSON Lines, GeoJSON or CSV.
///
/// Nothing is held back but the running bounding box: `begin()`, then `write(_:)` for each
/// batch, then `finish()`. The GeoJSON `bbox` member is written after `features`, which
/// RFC 7946 allows, so that features need not be kept in memory.
final class PlacesOutput {
    /// CSV columns, the same fields and order as the JSON record.
    static let csvHeader = PlaceMentionRecord.CodingKeys.allCases.map(\.rawValue)

    private let format: PlacesFormat
    private let out: OutputBuffer
    private let encoder: JSONEncoder
    private var featureCount = 0
    private var box: (west: Double, south: Double, east: Double, north: Double)?

    init(format: PlacesFormat, out: OutputBuffer = .standardOutput()) {
        self.format = format
        self.out = out
        encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    }

    /// Writes what comes before the first record.
    func begin() {
        switch format {
        case .jsonl: break
        case .geojson: out.write("{\"type\":\"FeatureCollection\",\"features\":[")
        case .csv: out.write(Self.csvHeader.joined(separator: ",") + "\r\n")
        }
    }

    /// Writes a batch of records.
    /// - Throws: when a record cannot be encoded.
    func write(_ records: [PlaceMentionRecord]) throws {
        for record in records {
            switch format {
            case .jsonl:
                out.write(try encoder.encode(record).map { $0 })
                out.write("\n")
            case .geojson: try writeFeature(record)
            case .csv: out.write(csvRow(record))
            }
        }
    }

    /// Writes what comes after the last record and flushes.
    /// - Throws: when standard output cannot be written.
    func finish() throws {
        if format == .geojson {
            out.write(featureCount == 0 ? "]" : "\n]")
            if let box {
                let edges = [box.west, box.south, box.east, box.north].map(FieldValue.format).joined(separator: ",")
                out.write(",\"bbox\":[\(edges)]")
            }
            out.write("}\n")
        }
        try out.flush()
    }

    private func writeFeature(_ record: PlaceMentionRecord) throws {
        let c = record.place.coordinate.rounded(toDecimals: 6)
        out.write(featureCount == 0 ? "\n" : ",\n")
        featureCount += 1
        out.write("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[")
        out.write("\(FieldValue.format(c.longitude)),\(FieldValue.format(c.latitude))]},\"properties\":")
        out.write(try encoder.encode(record).map { $0 })
        out.write("}")
        if let b = box {
            box = (min(b.west, c.longitude), min(b.south, c.latitude), max(b.east, c.longitude), max(b.north, c.latitude))
        } else {
            box = (c.longitude, c.latitude, c.longitude, c.latitude)
        }
    }

    private func csvRow(_ r: PlaceMentionRecord) -> String {
        let c = r.place.coordinate.rounded(toDecimals: 6)
        let cells = [
            CSVWriter.cell(r.docID), CSVWriter.cell(r.mention), String(r.span.start), String(r.span.end),
            r.kind.rawValue, CSVWriter.cell(r.place.name), CSVWriter.cell(r.place.id), CSVWriter.cell(r.place.featureCode), r.placeType.rawValue,
            FieldValue.format(c.latitude), FieldValue.format(c.longitude), CSVWriter.cell(r.place.admin1 ?? ""),
            CSVWriter.cell(r.place.admin1Code ?? ""), CSVWriter.cell(r.place.country), String(r.geoPrecision.rawValue),
            FieldValue.format(r.confidence), r.role.rawValue,
        ]
        return cells.joined(separator: ",") + "\r\n"
    }
}
