import Pipeline

/// One geoparser over the full built-in gazetteer, loaded once for every test of the target.
enum SharedGeoparser {
    static let geoparser: Result<Geoparser, any Error> = Result { try Geoparser(resources: try GeoResources.load()) }

    static func get() throws -> Geoparser { try geoparser.get() }
}
