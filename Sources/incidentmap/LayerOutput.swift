import ArgumentParser
import Foundation
import GeoModel
import Layers

/// Writes incidents as one layer of `map`: the one output path `export --format` and
/// `query --format` share.
enum LayerOutput {
    /// Writes `layer` of `incidents` to the file `path` (through a temporary file and a
    /// rename), or to standard output when `path` is nil.
    /// - Parameter provinces: the province polygons, asked for only by the layers that count
    ///   incidents per province (`provinces`, `counts`, `html`), so the others never load them.
    /// - Throws: file system errors, the province loader's error, or `GeoEngineError` when PROJ
    ///   cannot project the map.
    static func write(_ incidents: [Incident], as layer: LayerFormat, to path: String?,
                      provinces: () throws -> [Region]) throws {
        let regions = layer.needsProvinces ? try provinces() : []
        let base = layer == .html ? try MapBase.loadForCLI() : MapBase()
        if let path {
            try AtomicFile.write(to: URL(fileURLWithPath: path)) { try layer.write(incidents: incidents, provinces: regions, base: base, to: $0) }
            printError("exported \(incidents.count) incidents to \(path)")
        } else {
            try layer.write(incidents: incidents, provinces: regions, base: base, to: .standardOutput())
        }
    }
}

extension LayerOutput {
    /// Writes `layer` batch by batch: `body` is called with a stream to add each batch to, as
    /// the sources are read, so that memory stays flat in the number of incidents. A file is
    /// still written under a temporary name and renamed when `body` ends without an error.
    /// - Returns: the incidents written.
    /// - Throws: file system errors and the errors of `body`.
    @discardableResult
    static func stream(_ layer: LayerFormat, to path: String?, _ body: (inout LayerStream) throws -> Void) throws -> Int {
        func run(_ out: OutputBuffer) throws -> Int {
            guard var stream = LayerStream(layer, to: out) else { preconditionFailure("\(layer) does not stream") }
            try body(&stream)
            try stream.finish()
            return stream.count
        }
        guard let path else { return try run(.standardOutput()) }
        var written = 0
        try AtomicFile.write(to: URL(fileURLWithPath: path)) { written = try run($0) }
        printError("exported \(written) incidents to \(path)")
        return written
    }
}

/// What `query --format` prints: JSON Lines, or any single layer `export` writes.
enum QueryFormat: String, ExpressibleByArgument, CaseIterable {
    case jsonl, geojson, kml, csv, provinces, counts, html

    /// The layer this format names; nil for JSON Lines, which is not a layer of `map`.
    var layer: LayerFormat? { LayerFormat(rawValue: rawValue) }
}
