import Foundation
import GeoModel
@testable import Layers
import Testing

@Suite struct MapPageTests {
    func page() throws -> String {
        let layer = ProvinceLayer(provinces: LayerFixtures.provinces, incidents: LayerFixtures.incidents)
        return try LayerFixtures.render { try MapPage.write(incidents: LayerFixtures.incidents, provinces: layer, to: $0) }
    }

    func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    @Test func drawsOnePathPerProvinceAndOneMarkerPerIncident() throws {
        let html = try page()
        #expect(count("<path class=\"province\"", in: html) == LayerFixtures.provinces.count)
        #expect(count("<circle class=\"incident\"", in: html) == LayerFixtures.incidents.count)
        #expect(html.contains("<title>Homs: 2 incidents, 12 fatalities</title>"))
    }

    @Test func reportTextStaysText() throws {
        let html = try page()
        #expect(count("<script", in: html) == 2)
        #expect(!html.contains("alert('x')</script>"))
        #expect(html.contains("\\u003c/script\\u003e"))
        #expect(html.contains("Tell &lt;b&gt; &amp; ]]&gt; Town"))
        #expect(!html.contains("javascript:alert"))
    }

    @Test func requestsNothingFromTheNetwork() throws {
        let html = try page()
        #expect(!html.contains(" src="))
        #expect(!html.contains("<link"))
        #expect(!html.contains("url("))
        #expect(html.contains("default-src 'none'"))
    }

    @Test func popupDataParsesAndMatchesTheMarkers() throws {
        let html = try page()
        let start = html.range(of: "<script id=\"incident-data\" type=\"application/json\">")!.upperBound
        let end = html.range(of: "</script>", range: start..<html.endIndex)!.lowerBound
        let data = try JSONSerialization.jsonObject(with: Data(html[start..<end].utf8)) as! [[String: Any]]
        #expect(data.count == LayerFixtures.incidents.count)
        #expect(data[1]["notes"] as? String == LayerFixtures.incidents[1].notes)
        let sources = data[0]["sources"] as! [[String: Any]]
        #expect(sources.first?["url"] as? String == "https://example.org/a?x=1&y=2")
    }

    @Test(arguments: [(0.0, "0.0"), (12.345, "12.3"), (12.35, "12.4"), (-0.04, "0.0"), (-3.26, "-3.3"), (899.96, "900.0")])
    func svgNumbersHaveOneDecimal(value: Double, expected: String) {
        #expect(MapPage.svgNumber(value) == expected)
    }
}
