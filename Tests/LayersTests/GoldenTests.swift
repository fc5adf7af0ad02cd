import Foundation
import GeoModel
@testable import Layers
import Testing

/// Each writer on the fixed fixtures, byte for byte against `Golden/`.
@Suite struct GoldenTests {
    @Test func geojson() throws {
        try GoldenFile.check(try LayerFixtures.render { try GeoJSONWriter.write(LayerFixtures.incidents, to: $0) }, named: "incidents.geojson")
    }

    @Test func kml() throws {
        try GoldenFile.check(LayerFixtures.render { KMLWriter.write(LayerFixtures.incidents, to: $0) }, named: "incidents.kml")
    }

    @Test func csv() throws {
        try GoldenFile.check(LayerFixtures.render { CSVWriter.write(LayerFixtures.incidents, to: $0) }, named: "incidents.csv")
    }

    @Test func provinces() throws {
        let layer = ProvinceLayer(provinces: LayerFixtures.provinces, incidents: LayerFixtures.incidents)
        try GoldenFile.check(try LayerFixtures.render { try layer.write(to: $0) }, named: "provinces.geojson")
    }

    @Test func counts() throws {
        let layer = ProvinceLayer(provinces: LayerFixtures.provinces, incidents: LayerFixtures.incidents)
        try GoldenFile.check(LayerFixtures.render { CountsWriter.writeCSV(layer, to: $0) }, named: "counts.csv")
    }

    @Test func html() throws {
        let layer = ProvinceLayer(provinces: LayerFixtures.provinces, incidents: LayerFixtures.incidents)
        try GoldenFile.check(try LayerFixtures.render { try MapPage.write(incidents: LayerFixtures.incidents, provinces: layer, to: $0) },
                             named: "map.html")
    }
}
