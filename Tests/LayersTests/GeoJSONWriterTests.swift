import Foundation
import GeoModel
@testable import Layers
import Testing

@Suite struct GeoJSONWriterTests {
    func document(_ incidents: [Incident]) throws -> (text: String, json: [String: Any]) {
        let text = try LayerFixtures.render { try GeoJSONWriter.write(incidents, to: $0) }
        let json = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
        return (text, json)
    }

    @Test func isAFeatureCollectionWithBboxAndNoCRS() throws {
        let (_, json) = try document(LayerFixtures.incidents)
        #expect(json["type"] as? String == "FeatureCollection")
        #expect(json["crs"] == nil)
        #expect(json["bbox"] as? [Double] == [-10.123457, 0, 36.7308449.rounded6, 35.37])
        #expect((json["features"] as? [Any])?.count == LayerFixtures.incidents.count)
    }

    @Test func emptyCollectionHasNoBbox() throws {
        let (_, json) = try document([])
        #expect(json["bbox"] == nil)
        #expect((json["features"] as? [Any])?.isEmpty == true)
    }

    @Test func pointsAreLonLatAndPropertiesRoundTripToTheRecord() throws {
        let (_, json) = try document(LayerFixtures.incidents)
        let features = json["features"] as! [[String: Any]]
        for (feature, incident) in zip(features, LayerFixtures.incidents) {
            let geometry = feature["geometry"] as! [String: Any]
            let position = geometry["coordinates"] as! [Double]
            #expect(position == [incident.coordinate.longitude.rounded6, incident.coordinate.latitude.rounded6])
            #expect(feature["id"] as? String == incident.id)
            let properties = try JSONSerialization.data(withJSONObject: feature["properties"]!)
            let decoded = try JSONDecoder().decode(Incident.self, from: properties)
            var expected = incident
            expected.coordinate = incident.coordinate.rounded(toDecimals: 6)
            #expect(decoded == expected)
            let style = feature["properties"] as! [String: Any]
            #expect(style["marker-color"] as? String == EventStyle.color(for: incident.eventType))
            #expect(style["marker-symbol"] as? String == EventStyle.markerSymbol(for: incident.subEventType))
            #expect(style["title"] as? String == EventStyle.title(of: incident))
            #expect((style["description"] as? String)?.hasPrefix(incident.notes) == true)
        }
    }

    @Test func propertiesFollowTheRecordOrderThenStyle() throws {
        let (text, _) = try document([LayerFixtures.incidents[0]])
        let keys = IncidentField.ordered.map { "\"\($0.rawValue)\":" } + ["\"marker-color\":", "\"marker-symbol\":", "\"title\":", "\"description\":"]
        var cursor = text.range(of: "\"properties\":")!.upperBound
        var missing: [String] = []
        for key in keys {
            if let found = text.range(of: key, range: cursor..<text.endIndex) { cursor = found.upperBound } else { missing.append(key) }
        }
        #expect(missing.isEmpty, "keys out of order or absent: \(missing)")
    }

    @Test func escapesControlCharactersAndLineSeparators() throws {
        let (text, _) = try document([LayerFixtures.incidents[1]])
        #expect(text.contains("\\u0007"))
        #expect(text.contains("\\u2028"))
        #expect(text.contains("\\t") && text.contains("\\n"))
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test func noNumberHasMoreThanSixDecimals() throws {
        let (text, _) = try document(LayerFixtures.incidents)
        let long = try Regex(#"[0-9]\.[0-9]{7,}"#)
        #expect(text.firstMatch(of: long) == nil)
    }

    @Test func streamsALazySequence() throws {
        let template = LayerFixtures.incidents[0]
        let many = (0..<5000).lazy.map { i -> Incident in
            var copy = template
            copy.id = "SY-\(i)"
            return copy
        }
        let text = try LayerFixtures.render { try GeoJSONWriter.write(many, to: $0) }
        let json = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
        let features = json["features"] as! [[String: Any]]
        #expect(features.count == 5000)
        #expect(features.last?["id"] as? String == "SY-4999")
    }
}

extension Double {
    /// Rounded half away from zero to 6 decimals, as the writers round.
    var rounded6: Double { Coordinate.round(self, 6) }
}
