import GeoModel

/// A layer written batch by batch as incidents are read, so that `query` and `export` hold one
/// batch at a time, not every incident: GeoJSON, CSV and JSON Lines stream. KML (one Folder per
/// province), the province layers and the page need every incident before they can write, so
/// they are not streamed.
public struct LayerStream {
    private enum Writer {
        case geojson(GeoJSONWriter.Stream)
        case csv
        case jsonl
    }

    private var writer: Writer
    private let out: OutputBuffer
    /// Incidents written so far.
    public private(set) var count = 0

    /// True when `layer` can be written batch by batch.
    public static func streams(_ layer: LayerFormat) -> Bool {
        layer == .geojson || layer == .csv
    }

    /// Starts `layer` on `out` (its header), or nil when the layer does not stream.
    public init?(_ layer: LayerFormat, to out: OutputBuffer) {
        switch layer {
        case .geojson: writer = .geojson(GeoJSONWriter.Stream(to: out))
        case .csv:
            CSVWriter.writeHeader(to: out)
            writer = .csv
        default: return nil
        }
        self.out = out
    }

    /// JSON Lines on `out`, one record a line.
    public init(jsonLinesTo out: OutputBuffer) {
        writer = .jsonl
        self.out = out
    }

    /// Writes a batch.
    public mutating func add(_ incidents: [Incident]) {
        count += incidents.count
        switch writer {
        case var .geojson(stream):
            stream.add(incidents)
            writer = .geojson(stream)
        case .csv: CSVWriter.writeRows(incidents, to: out)
        case .jsonl: JSONLinesWriter.write(incidents, to: out)
        }
    }

    /// Ends the layer (the GeoJSON's `bbox` and closing) and flushes.
    /// - Throws: the write error, if the output could not be written.
    public func finish() throws {
        if case let .geojson(stream) = writer { try stream.finish() } else { try out.flush() }
    }
}
