import IncidentFiles
import BuiltinData
import Foundation
import Layers

extension MapBase {
    /// The built-in country outlines and Debian's Leaflet, for `map.html`. When Leaflet is not
    /// installed it says so in one line on stderr, and the page is the static SVG map.
    /// - Throws: `IncidentFileError` when the built-in country outlines cannot be read.
    static func loadForCLI() throws -> MapBase {
        let leaflet = LeafletAssets.installed()
        if leaflet == nil {
            printError("map.html: Leaflet not found in \(LeafletAssets.debianFolder.path) (apt-get install \(LeafletAssets.packages)); writing the static SVG map instead")
        }
        let countries = try BuiltinFiles.url(for: .countries).map { try RegionFileReader.regions(fromGeoJSON: $0) } ?? []
        return MapBase(countries: countries, leaflet: leaflet)
    }
}
