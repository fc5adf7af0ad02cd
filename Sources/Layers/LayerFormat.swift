import Foundation
import GeoModel

/// One layer of `map`, as `export --format` names it.
public enum LayerFormat: String, CaseIterable, Sendable {
    case geojson, kml, csv, provinces, counts, html

    /// The file name `map` gives this layer.
    public var fileName: String {
        switch self {
        case .geojson: "incidents.geojson"
        case .kml: "incidents.kml"
        case .csv: "incidents.csv"
        case .provinces: "provinces.geojson"
        case .counts: "counts.csv"
        case .html: "map.html"
        }
    }

    /// Whether this layer counts incidents per province, and so needs the province polygons.
    public var needsProvinces: Bool {
        switch self {
        case .provinces, .counts, .html: true
        case .geojson, .kml, .csv: false
        }
    }

    /// Writes this layer of `incidents` to `out`; the province layers count them in `provinces`.
    /// - Throws: the write error, or `GeoEngineError` when PROJ cannot project the map.
    /// - Parameter base: the country outlines and Leaflet files for `html`.
    public func write(incidents: [Incident], provinces: [Region], base: MapBase = MapBase(), to out: OutputBuffer) throws {
        switch self {
        case .geojson: try GeoJSONWriter.write(incidents, to: out)
        case .kml: KMLWriter.write(incidents, to: out)
        case .csv: CSVWriter.write(incidents, to: out)
        case .provinces: try ProvinceLayer(provinces: provinces, incidents: incidents).write(to: out)
        case .counts: CountsWriter.writeCSV(ProvinceLayer(provinces: provinces, incidents: incidents), to: out)
        case .html: try base.writePage(incidents: incidents, provinces: ProvinceLayer(provinces: provinces, incidents: incidents), to: out)
        }
        try out.flush()
    }
}
