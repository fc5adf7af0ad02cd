import Analysis
import Foundation
import GeoEngine
import GeoModel
import IncidentFiles
import Testing

@Suite struct RegionReaderTests {
    func write(_ text: String, as name: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("analysis-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    static let kml = """
    <?xml version="1.0" encoding="UTF-8"?>
    <kml xmlns="http://www.opengis.net/kml/2.2"><Document>
      <Placemark><name>Frame</name>
        <ExtendedData><Data name="admin1_code"><value>ZZ.01</value></Data></ExtendedData>
        <Polygon><outerBoundaryIs><LinearRing><coordinates>0,0,0 10,0,0 10,10,0 0,10,0 0,0,0</coordinates></LinearRing></outerBoundaryIs>
          <innerBoundaryIs><LinearRing><coordinates>2,2 4,2 4,4 2,4 2,2</coordinates></LinearRing></innerBoundaryIs>
        </Polygon>
      </Placemark>
      <Placemark><name>Islands</name><MultiGeometry>
        <Polygon><outerBoundaryIs><LinearRing><coordinates>20,0 21,0 21,1 20,0</coordinates></LinearRing></outerBoundaryIs></Polygon>
        <Polygon><outerBoundaryIs><LinearRing><coordinates>30,0 31,0 31,1 30,0</coordinates></LinearRing></outerBoundaryIs></Polygon>
      </MultiGeometry></Placemark>
      <Placemark><name>A point</name><Point><coordinates>5,5</coordinates></Point></Placemark>
    </Document></kml>
    """

    @Test func kmlPolygonsWithHolesAndMultiGeometries() throws {
        let regions = try RegionReader.regions(from: write(Self.kml, as: "area.kml"))
        #expect(regions.map(\.name) == ["Frame", "Islands"])
        #expect(regions[0].code == "ZZ.01")
        #expect(regions[0].geometry.polygons.first?.holes.count == 1)
        #expect(regions[1].geometry.polygons.count == 2)
        let index = try PolygonIndex(regions: regions)
        #expect(try index.regionIndex(containing: Coordinate(latitude: 5, longitude: 5)) == 0)
        #expect(try index.regionIndex(containing: Coordinate(latitude: 3, longitude: 3)) == nil)
        #expect(try index.regionIndex(containing: Coordinate(latitude: 0.2, longitude: 30.5)) == 1)
    }

    @Test func brokenKMLNamesTheFileAndLine() throws {
        let url = try write("<kml>\n<Placemark><Polygon>\n<outerBoundaryIs></Placemark>\n</kml>", as: "bad.kml")
        #expect { try RegionReader.regions(from: url) } throws: { error in
            guard case let IncidentFileError.notKML(file, line, _) = error else { return false }
            return file == url.path && line >= 3
        }
        let badPosition = try write(Self.kml.replacingOccurrences(of: "10,10,0", with: "10,200,0"), as: "lat.kml")
        #expect { try RegionReader.regions(from: badPosition) } throws: { error in
            "\(error)".contains("latitude 200") && "\(error)".contains(badPosition.path)
        }
    }

    @Test func emptyFeatureCollectionIsAnError() throws {
        let url = try write(#"{"type":"FeatureCollection","features":[]}"#, as: "empty.geojson")
        #expect(throws: IncidentFileError.emptyFeatureCollection(file: url.path)) { try RegionReader.regions(from: url) }
    }

    @Test func latitudeOf200IsAnError() throws {
        let url = try write(#"{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[36,35],[37,35],[37,200],[36,35]]]}}"#,
                            as: "far.geojson")
        #expect { try RegionReader.regions(from: url) } throws: { error in
            guard case let IncidentFileError.notGeoJSON(file, reason) = error else { return false }
            return file == url.path && reason.contains("latitude 200")
        }
    }

    @Test func selfIntersectingAreaNamesTheFileUnlessRepaired() throws {
        let url = try write(#"{"type":"Feature","properties":{"name":"bowtie"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[10,10],[10,0],[0,10],[0,0]]]}}"#,
                            as: "bowtie.geojson")
        #expect { try AreaFilter(url.path, provinces: { [] }, makeValid: false) } throws: { error in
            guard case let AnalysisError.invalidArea(file, name, reason) = error else { return false }
            return file == url.path && name == "bowtie" && reason.contains("Self-intersection")
        }
        let area = try AreaFilter(url.path, provinces: { [] }, makeValid: true)
        #expect(try area.contains(ProvinceAssignerTests.incident(5, 1, code: nil)))
        #expect(try !area.contains(ProvinceAssignerTests.incident(8, 5, code: nil)))
    }

    @Test func unknownProvinceIsAnError() throws {
        #expect(throws: AnalysisError.unknownProvince("Narnia")) {
            try AreaFilter("Narnia", provinces: { ProvinceAssignerTests.provinces }, makeValid: false)
        }
        let byCode = try AreaFilter("xx.02", provinces: { ProvinceAssignerTests.provinces }, makeValid: false)
        #expect(try byCode.contains(ProvinceAssignerTests.incident(34.5, 37.5, code: nil)))
        #expect(try !byCode.contains(ProvinceAssignerTests.incident(34.5, 36.5, code: nil)))
        let byName = try AreaFilter(" west", provinces: { ProvinceAssignerTests.provinces }, makeValid: false)
        #expect(try byName.contains(ProvinceAssignerTests.incident(34.5, 36.5, code: nil)))
        #expect(try !byName.contains(ProvinceAssignerTests.incident(34.5, 37.5, code: nil)))
    }
}
