import GeoEngine
import GeoModel

/// Assigns incidents to the province polygon that holds them.
///
/// Not thread safe (it owns a GEOS context through its index): one per task.
public final class ProvinceAssigner {
    public let index: PolygonIndex

    /// - Throws: `GeoEngineError` when a province polygon is invalid.
    public init(provinces: [Region]) throws {
        index = try PolygonIndex(regions: provinces)
    }

    /// The province holding `coordinate`, or nil outside every polygon (never a guess).
    public func province(of coordinate: Coordinate) throws -> Region? {
        try index.region(containing: coordinate)
    }

    /// Fills `admin1` and `admin1_code` from the polygons for incidents that lack them.
    public func fillMissingProvinces(_ incidents: inout [Incident]) throws {
        for i in incidents.indices where incidents[i].admin1Code == nil {
            if let region = try province(of: incidents[i].coordinate) {
                incidents[i].admin1 = region.name
                incidents[i].admin1Code = region.code
            }
        }
    }
}
