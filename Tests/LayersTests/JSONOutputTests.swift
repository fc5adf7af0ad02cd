import Analysis
import Foundation
import GeoModel
import Layers
import Testing

/// JSON Lines and count JSON keep SPEC.md's field order, so output is identical run to run.
@Suite struct JSONOutputTests {
    @Test func jsonLinesKeepSpecOrderAndRoundTrip() throws {
        let text = LayerFixtures.render { JSONLinesWriter.write(LayerFixtures.incidents, to: $0) }
        let lines = text.split(separator: "\n")
        #expect(lines.count == LayerFixtures.incidents.count)
        let first = String(lines[0])
        let order = ["\"id\":", "\"event_date\":", "\"time_precision\":", "\"event_type\":", "\"sub_event_type\":", "\"actor1\":",
                     "\"location\":", "\"latitude\":", "\"longitude\":", "\"geo_precision\":", "\"admin1_code\":", "\"fatalities\":",
                     "\"certainty\":", "\"notes\":", "\"sources\":"]
        let positions = order.map { first.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil }, "every field is present")
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted(), "fields in SPEC order")
        let decoded = try lines.map { try JSONDecoder().decode(Incident.self, from: Data($0.utf8)) }
        #expect(decoded.map(\.id) == LayerFixtures.incidents.map(\.id))
        #expect(decoded.map(\.sources) == LayerFixtures.incidents.map(\.sources))
        #expect(text == LayerFixtures.render { JSONLinesWriter.write(LayerFixtures.incidents, to: $0) })
    }

    @Test func countJSONHasKeyColumnsThenTotals() throws {
        let rows = IncidentCounter.count(LayerFixtures.incidents, by: [.province, .week])
        let text = LayerFixtures.render { CountsWriter.writeJSON(rows, keys: [.province, .week], to: $0) }
        let objects = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [[String: Any]]
        #expect(objects.count == rows.count)
        #expect(objects.map { $0["incidents"] as? Int } == rows.map(\.incidents))
        #expect(objects.map { $0["admin1_code"] as? String } == rows.map { $0.values[1] })
        let firstLine = text.split(separator: "\n")[1]
        let keys = ["\"admin1\"", "\"admin1_code\"", "\"week\"", "\"incidents\"", "\"fatalities\""]
        let positions = keys.compactMap { firstLine.range(of: $0)?.lowerBound }
        #expect(positions.count == keys.count && positions == positions.sorted())
        #expect(LayerFixtures.render { CountsWriter.writeJSON([], keys: [.month], to: $0) } == "[]\n")
    }
}
