import BuiltinData
import Foundation
import GeoModel

extension Gazetteer {
    /// Loads the gazetteer shipped with incidentmap (see `gazetteer/README.md`).
    /// - Throws: `GazetteerError` when the installation lacks its data files or one is malformed.
    public static func builtin() throws -> Gazetteer {
        var gazetteer = Gazetteer()
        try gazetteer.addBuiltin()
        return gazetteer
    }

    /// Adds the built-in places, division names, named features and demonyms.
    /// - Throws: `GazetteerError` naming the file and line at fault.
    public mutating func addBuiltin() throws {
        func url(_ file: BuiltinFiles.File) throws -> URL {
            guard let url = BuiltinFiles.url(for: file) else { throw GazetteerError.missingBuiltinData(file.rawValue) }
            return url
        }
        try GeoNamesReader.loadAdmin1Codes(try url(.admin1), into: &self, preferASCIIName: false)
        // Features first: a hand-written row with a GeoNames id keeps its record when the dump adds the same place.
        let features = try GeoNamesReader.loadPlaces(try url(.features), layout: .features, into: &self)
        let places = try GeoNamesReader.loadPlaces(try url(.places), layout: .compact, into: &self)
        let demonyms = try addDemonyms(from: try url(.demonyms))
        noteSource("built-in: \(places.places) places, \(features.places) named features, \(demonyms) demonyms")
    }

    /// Adds each line's demonyms (`SY<TAB>Syrian|Syrians`) as alternate names of that country.
    /// - Returns: the number of names added.
    /// - Throws: `GazetteerError.malformedRow` for a line without two columns or a country the gazetteer lacks.
    @discardableResult
    public mutating func addDemonyms(from url: URL) throws -> Int {
        var added = 0
        try LineStream(url: url).forEachLine { file, line, bytes in
            guard let fields = RowFields(bytes) else { return }
            guard fields.count == 2, !fields.isEmpty(0), !fields.isEmpty(1) else {
                throw GazetteerError.malformedRow(file: file, line: line, reason: "expected a country code and names, found \(fields.count) column(s)")
            }
            guard let country = country(code: fields.string(0)) else {
                throw GazetteerError.malformedRow(file: file, line: line, reason: "no country \(fields.string(0)) in the gazetteer")
            }
            let names = fields.string(1).split(separator: "|").map(String.init)
            add(country, alternateNames: names)
            added += names.count
        }
        return added
    }
}
