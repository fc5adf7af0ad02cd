import BuiltinData
import Foundation
import GeoModel

extension Gazetteer {
    /// Loads the gazetteer shipped with incidentmap (see `gazetteer/README.md`).
    /// - Throws: `GazetteerError` when the installation lacks its data files.
    public static func builtin() throws -> Gazetteer {
        var gazetteer = Gazetteer()
        try gazetteer.addBuiltin()
        return gazetteer
    }

    /// Adds the built-in places and division names.
    public mutating func addBuiltin() throws {
        guard let admin1 = BuiltinFiles.url(for: .admin1) else { throw GazetteerError.missingBuiltinData("admin1.tsv") }
        guard let places = BuiltinFiles.url(for: .places) else { throw GazetteerError.missingBuiltinData("places.tsv") }
        try GeoNamesReader.forEachRow(of: admin1) { line, fields in
            guard fields.count >= 2 else {
                throw GazetteerError.malformedRow(file: admin1.path, line: line, reason: "expected code and name")
            }
            setAdmin1Name(fields[1], forCode: fields[0])
        }
        let count = try GeoNamesReader.loadPlaces(places, layout: .compact, into: &self)
        noteSource("built-in: \(count) places")
    }
}
