import Foundation
import GeoModel
@testable import Layers
import Testing

/// GeoJSON and CSV written batch by batch are byte for byte the layers written from one array.
@Suite struct LayerStreamTests {
    /// The fixtures in batches of one, then the rest, then an empty batch.
    func streamed(_ layer: LayerFormat) throws -> String {
        let incidents = LayerFixtures.incidents
        return try LayerFixtures.render { out in
            var stream = try #require(LayerStream(layer, to: out))
            stream.add(Array(incidents.prefix(1)))
            stream.add(Array(incidents.dropFirst()))
            stream.add([])
            #expect(stream.count == incidents.count)
            try stream.finish()
        }
    }

    @Test func geoJSONInBatchesIsTheWholeLayer() throws {
        let whole = try LayerFixtures.render { try GeoJSONWriter.write(LayerFixtures.incidents, to: $0) }
        #expect(try streamed(.geojson) == whole)
        #expect(whole.contains("\"bbox\":["))
    }

    @Test func csvInBatchesIsTheWholeLayer() throws {
        let whole = LayerFixtures.render { CSVWriter.write(LayerFixtures.incidents, to: $0) }
        #expect(try streamed(.csv) == whole)
        #expect(whole.components(separatedBy: "\r\n").count > LayerFixtures.incidents.count)
    }

    @Test func anEmptyStreamIsAnEmptyCollection() throws {
        let text = try LayerFixtures.render { out in
            let stream = try #require(LayerStream(.geojson, to: out))
            try stream.finish()
        }
        let json = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
        #expect((json["features"] as? [Any])?.isEmpty == true)
        #expect(json["bbox"] == nil)
    }

    /// KML (a Folder per province), the province layers and the page need every incident first.
    @Test(arguments: [LayerFormat.kml, .provinces, .counts, .html])
    func layersThatNeedEveryIncidentDoNotStream(layer: LayerFormat) {
        #expect(!LayerStream.streams(layer))
        #expect(LayerStream(layer, to: OutputBuffer()) == nil)
    }
}
