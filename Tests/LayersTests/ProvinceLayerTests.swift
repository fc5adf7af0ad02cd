import Foundation
import GeoModel
@testable import Layers
import Testing

@Suite struct ProvinceLayerTests {
    func features() throws -> (json: [String: Any], features: [[String: Any]]) {
        let layer = ProvinceLayer(provinces: LayerFixtures.provinces, incidents: LayerFixtures.incidents)
        let text = try LayerFixtures.render { try layer.write(to: $0) }
        let json = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
        return (json, json["features"] as! [[String: Any]])
    }

    /// Twice the signed area of a GeoJSON ring.
    func area(_ ring: [[Double]]) -> Double {
        zip(ring, ring.dropFirst()).reduce(0) { $0 + $1.0[0] * $1.1[1] - $1.1[0] * $1.0[1] }
    }

    @Test func ringsAreCounterClockwiseOutsideAndClockwiseForHoles() throws {
        for feature in try features().features {
            let geometry = feature["geometry"] as! [String: Any]
            let polygons: [[[[Double]]]] = geometry["type"] as? String == "Polygon"
                ? [geometry["coordinates"] as! [[[Double]]]] : geometry["coordinates"] as! [[[[Double]]]]
            for rings in polygons {
                #expect(area(rings[0]) > 0)
                for hole in rings.dropFirst() { #expect(area(hole) < 0) }
                #expect(rings.allSatisfy { $0.first == $0.last })
            }
        }
    }

    @Test func countsEveryProvinceIncludingEmptyOnes() throws {
        let features = try features().features.map { $0["properties"] as! [String: Any] }
        #expect(features.map { $0["name"] as? String } == ["Homs", "Hama", "Tartus"])
        #expect(features.map { $0["incidents"] as? Int } == [2, 1, 0])
        #expect(features.map { $0["fatalities"] as? Int } == [12, 3, 0])
        #expect(features[0]["explosions_remote_violence"] as? Int == 2)
        #expect(features[1]["battles"] as? Int == 1)
        #expect(features[2]["fill"] as? String == ProvinceLayer.noneColor)
        #expect(features[0]["fill"] as? String != features[1]["fill"] as? String)
    }

    @Test func legendIsInTheTopLevelProperties() throws {
        let json = try features().json
        let legend = (json["properties"] as! [String: Any])["legend"] as! [String: Any]
        let classes = legend["classes"] as! [[String: Any]]
        #expect(classes.map { $0["min"] as? Int } == [0, 1, 2])
        #expect(classes.map { $0["max"] as? Int } == [0, 1, 2])
        #expect((json["bbox"] as? [Double]) == [35.5, 34, 37, 36])
    }

    @Test(arguments: [1, 2, 5, 6, 7, 13, 100, 1001])
    func legendClassesCoverOneToTheMaximumAndMatchTheFill(maximum: Int) throws {
        let region = LayerFixtures.provinces[0]
        var incidents: [Incident] = []
        for _ in 0..<maximum { incidents.append(LayerFixtures.incidents[0]) }
        let layer = ProvinceLayer(provinces: [region], incidents: incidents)
        let classes = layer.legend.dropFirst()
        #expect(classes.first?.minimum == 1)
        #expect(classes.last?.maximum == maximum)
        for (a, b) in zip(classes, classes.dropFirst()) { #expect(b.minimum == a.maximum + 1) }
        for item in classes {
            #expect(layer.fill(for: item.minimum) == item.fill)
            #expect(layer.fill(for: item.maximum) == item.fill)
        }
        #expect(Set(classes.map(\.fill)).count == classes.count)
    }
}
