import IncidentFiles
import Foundation
import GeoModel
import Testing

/// Reading the provinces of some countries from a world file written one feature a line.
@Suite struct RegionReaderCountryTests {
    static func feature(_ name: String, _ code: String, _ country: String, x: Double) -> String {
        #"{"type":"Feature","properties":{"name":"\#(name)","admin1_code":"\#(code)","country":"\#(country)"},"#
            + #""geometry":{"type":"Polygon","coordinates":[[[\#(x),0],[\#(x + 1),0],[\#(x + 1),1],[\#(x),0]]]}}"#
    }

    static let lines = [
        feature("Alpha", "AA.01", "AA", x: 0), feature("Beta", "AA.02", "AA", x: 2),
        feature("Gamma", "BB.01", "BB", x: 4), feature("Delta", "CC.01", "CC", x: 6),
    ]

    func write(_ text: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("world-\(UUID().uuidString).geojson")
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test func onlyTheAskedCountriesAreRead() throws {
        let url = try write(#"{"type":"FeatureCollection","bbox":[0,0,7,1],"features":["# + "\n" + Self.lines.joined(separator: ",\n") + "\n]}\n")
        #expect(try RegionFileReader.regions(fromGeoJSON: url, countries: ["AA", "CC"]).map(\.code) == ["AA.01", "AA.02", "CC.01"])
        #expect(try RegionFileReader.regions(fromGeoJSON: url, countries: ["BB"]).map(\.name) == ["Gamma"])
        #expect(try RegionFileReader.regions(fromGeoJSON: url, countries: ["ZZ"]).isEmpty)
        #expect(try RegionFileReader.regions(fromGeoJSON: url, countries: []).isEmpty)
    }

    @Test func aFileOnOneLineIsReadWholeThenFiltered() throws {
        let url = try write(#"{"type":"FeatureCollection","features":["# + Self.lines.joined(separator: ",") + "]}")
        #expect(try RegionFileReader.regions(fromGeoJSON: url, countries: ["BB", "CC"]).map(\.code) == ["BB.01", "CC.01"])
    }

    @Test func aBrokenLineOfAnAskedCountryNamesTheFile() throws {
        let broken = String(Self.lines[2].prefix(90))
        let url = try write(#"{"type":"FeatureCollection","features":["# + "\n" + (Self.lines[..<2] + [broken]).joined(separator: ",\n") + "\n]}\n")
        #expect(try RegionFileReader.regions(fromGeoJSON: url, countries: ["AA"]).count == 2)
        #expect(throws: IncidentFileError.self) { try RegionFileReader.regions(fromGeoJSON: url, countries: ["BB"]) }
        do {
            _ = try RegionFileReader.regions(fromGeoJSON: url, countries: ["BB"])
        } catch {
            #expect("\(error)".contains(url.path))
        }
    }
}
