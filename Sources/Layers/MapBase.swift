import GeoModel

/// What `map.html` needs besides the incidents and provinces: the country outlines under
/// the choropleth and the Leaflet files to inline. Without Leaflet the page is the static SVG map.
public struct MapBase: Sendable {
    /// Country outlines (the built-in `countries.geojson`), drawn under the provinces.
    public var countries: [Region]
    /// Leaflet and its marker clustering; nil writes the static SVG page instead.
    public var leaflet: LeafletAssets?

    public init(countries: [Region] = [], leaflet: LeafletAssets? = nil) {
        self.countries = countries
        self.leaflet = leaflet
    }

    /// Writes `map.html`: the Leaflet page when the files are at hand, else the SVG page.
    /// - Throws: `GeoEngineError.proj` when the SVG page cannot project a position.
    public func writePage(incidents: [Incident], provinces: ProvinceLayer, to out: OutputBuffer) throws {
        if let leaflet {
            try LeafletPage.write(incidents: incidents, provinces: provinces, countries: countries, assets: leaflet, to: out)
        } else {
            try MapPage.write(incidents: incidents, provinces: provinces, to: out)
        }
    }
}
