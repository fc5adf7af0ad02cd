import Foundation

/// The data files of the built-in gazetteer, shipped beside the executable as resources.
public enum BuiltinFiles {
    public enum File: String, CaseIterable, Sendable {
        case places = "places.tsv"
        case districts = "districts.tsv"
        case admin1 = "admin1.tsv"
        case provinces = "provinces.geojson"
        /// District polygons of conflict-zone countries, read only for `count --by district`.
        case districtPolygons = "districts.geojson"
        case countries = "countries.geojson"
        case features = "features.tsv"
        case demonyms = "demonyms.tsv"
        case commonWords = "common-words.txt"
    }

    /// The file's location, or nil when the installation lacks it. `INCIDENTMAP_DATA`, when
    /// set, names a folder that is searched first.
    public static func url(for file: File) -> URL? {
        if let folder = ProcessInfo.processInfo.environment["INCIDENTMAP_DATA"] {
            let url = URL(fileURLWithPath: folder).appendingPathComponent(file.rawValue)
            if FileManager.default.fileExists(atPath: url.path) { return url }
        }
        let name = (file.rawValue as NSString).deletingPathExtension
        let ext = (file.rawValue as NSString).pathExtension
        return Bundle.module.url(forResource: name, withExtension: ext)
    }
}
