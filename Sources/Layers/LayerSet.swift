import Analysis
import Foundation
import GeoModel

/// Writes every layer of `map --out DIR`, each through a temporary file and a rename.
public enum LayerSet {
    /// The file names, in the order they are written.
    public static let fileNames = ["incidents.geojson", "incidents.kml", "incidents.csv", "provinces.geojson", "counts.csv", "map.html"]

    /// - Returns: the files written.
    /// - Throws: file system errors, or `GeoEngineError` when PROJ cannot project the map.
    @discardableResult
    public static func write(incidents: [Incident], provinces: [Region], to folder: URL) throws -> [URL] {
        let layer = ProvinceLayer(provinces: provinces, incidents: incidents)
        let url = { (name: String) in folder.appendingPathComponent(name) }
        try AtomicFile.write(to: url("incidents.geojson")) { try GeoJSONWriter.write(incidents, to: $0) }
        try AtomicFile.write(to: url("incidents.kml")) { KMLWriter.write(incidents, to: $0) }
        try AtomicFile.write(to: url("incidents.csv")) { CSVWriter.write(incidents, to: $0) }
        try AtomicFile.write(to: url("provinces.geojson")) { try layer.write(to: $0) }
        try AtomicFile.write(to: url("counts.csv")) { CountsWriter.writeCSV(layer, to: $0) }
        try AtomicFile.write(to: url("map.html")) { try MapPage.write(incidents: incidents, provinces: layer, to: $0) }
        return fileNames.map(url)
    }
}
