import Foundation
import GeoModel

/// Reads GeoNames-format files into a `Gazetteer`: country dumps and `allCountries.txt`
/// (19 columns), `admin1CodesASCII.txt`, and the built-in compact format (10 columns).
public enum GeoNamesReader {
    /// The layout of a file of places.
    public enum Layout: Sendable {
        /// GeoNames' 19-column dump format.
        case dump
        /// The built-in 10-column format documented in `gazetteer/README.md`.
        case compact
    }

    /// Adds every place of a GeoNames dump, and an `admin1CodesASCII.txt` found beside it.
    /// - Throws: `GazetteerError` naming the file and line of the first malformed row.
    public static func load(dump url: URL, into gazetteer: inout Gazetteer) throws {
        let admin1 = url.deletingLastPathComponent().appendingPathComponent("admin1CodesASCII.txt")
        if FileManager.default.fileExists(atPath: admin1.path) {
            try loadAdmin1Codes(admin1, into: &gazetteer)
        }
        let count = try loadPlaces(url, layout: .dump, into: &gazetteer)
        gazetteer.noteSource("\(url.path): \(count) places")
    }

    /// Adds the divisions of an `admin1CodesASCII.txt` (`SY.11<TAB>Homs<TAB>Homs<TAB>169575`).
    /// - Throws: `GazetteerError` for a row without a code and a name.
    public static func loadAdmin1Codes(_ url: URL, into gazetteer: inout Gazetteer) throws {
        try forEachRow(of: url) { line, fields in
            guard fields.count >= 2, !fields[0].isEmpty, !fields[1].isEmpty else {
                throw GazetteerError.malformedRow(file: url.path, line: line,
                                                  reason: "expected a code and a name, found \(fields.count) column(s)")
            }
            let asciiName = fields.count > 2 && !fields[2].isEmpty ? fields[2] : fields[1]
            gazetteer.setAdmin1Name(asciiName, forCode: fields[0])
        }
    }

    /// Adds the places of one file.
    /// - Returns: the number of places added.
    /// - Throws: `GazetteerError.malformedRow` with the line number of a short row, a
    ///   non-numeric or out-of-range coordinate; `GazetteerError.unreadable` when the file
    ///   cannot be read.
    @discardableResult
    public static func loadPlaces(_ url: URL, layout: Layout, into gazetteer: inout Gazetteer) throws -> Int {
        var count = 0
        try forEachRow(of: url) { line, fields in
            let (place, alternates) = try parse(fields, layout: layout, file: url.path, line: line, admin1Names: gazetteer.admin1Names)
            gazetteer.add(place, alternateNames: alternates)
            count += 1
        }
        return count
    }

    /// Parses one row into a place and its alternate names.
    static func parse(_ f: [String], layout: Layout, file: String, line: Int,
                      admin1Names: [String: String]) throws -> (Place, [String]) {
        let expected = layout == .dump ? 19 : 10
        guard f.count == expected else {
            throw GazetteerError.malformedRow(file: file, line: line, reason: "expected \(expected) tab-separated columns, found \(f.count)")
        }
        let (latText, lonText) = layout == .dump ? (f[4], f[5]) : (f[2], f[3])
        guard let latitude = Double(latText), let longitude = Double(lonText) else {
            throw GazetteerError.malformedRow(file: file, line: line, reason: "coordinate is not a number: '\(latText)', '\(lonText)'")
        }
        let coordinate: Coordinate
        do { coordinate = try Coordinate(latitude: latitude, longitude: longitude) } catch {
            throw GazetteerError.malformedRow(file: file, line: line, reason: "\(error)")
        }
        switch layout {
        case .dump:
            guard !f[0].isEmpty, !f[1].isEmpty else {
                throw GazetteerError.malformedRow(file: file, line: line, reason: "missing geonameid or name")
            }
            let admin1Code = f[10].isEmpty ? nil : "\(f[8]).\(f[10])"
            let place = Place(id: "geonames:\(f[0])", name: f[1], coordinate: coordinate, featureClass: f[6],
                              featureCode: f[7], country: f[8], admin1Code: admin1Code,
                              admin1: admin1Code.flatMap { admin1Names[$0] }, population: Int(f[14]) ?? 0)
            var alternates = f[3].isEmpty ? [] : f[3].split(separator: ",").map(String.init)
            if f[2] != f[1] { alternates.append(f[2]) }
            return (place, alternates)
        case .compact:
            guard !f[0].isEmpty, !f[1].isEmpty else {
                throw GazetteerError.malformedRow(file: file, line: line, reason: "missing place id or name")
            }
            let admin1Code = f[7].isEmpty ? nil : f[7]
            let place = Place(id: f[0], name: f[1], coordinate: coordinate, featureClass: f[4], featureCode: f[5],
                              country: f[6], admin1Code: admin1Code, admin1: admin1Code.flatMap { admin1Names[$0] },
                              population: Int(f[8]) ?? 0)
            let alternates = f[9].isEmpty ? [] : f[9].split(separator: "|").map(String.init)
            return (place, alternates)
        }
    }

    /// Calls `body` with the 1-based line number and tab-separated fields of every row that is
    /// neither blank nor a `#` comment.
    /// - Throws: `GazetteerError.unreadable` when the file cannot be read or is not UTF-8.
    static func forEachRow(of url: URL, _ body: (Int, [String]) throws -> Void) throws {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw GazetteerError.unreadable(file: url.path, reason: "cannot read: \(error.localizedDescription)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw GazetteerError.unreadable(file: url.path, reason: "not valid UTF-8")
        }
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let row = line.hasSuffix("\r") ? line.dropLast() : line
            if row.isEmpty || row.hasPrefix("#") { continue }
            try body(lineNumber, row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init))
        }
    }
}
