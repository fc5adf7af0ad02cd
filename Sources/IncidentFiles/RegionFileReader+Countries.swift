import Foundation
import GeoModel

extension RegionFileReader {
    /// The polygon regions of some countries only, from a GeoJSON file written one feature a
    /// line with a `country` property (as the built-in `provinces.geojson` is): only the lines
    /// of those countries are decoded, so that a world file costs little when a run needs two
    /// countries. A file of another layout is decoded whole and then filtered.
    /// - Parameter countries: ISO 3166-1 alpha-2 codes.
    /// - Returns: the regions whose country is in `countries`; none when no line matches.
    /// - Throws: `IncidentFileError` naming the file, as `regions(fromGeoJSON:)` does.
    /// - Parameter codeKeys: the properties that may hold a region's code, in order of preference.
    public static func regions(fromGeoJSON url: URL, countries: Set<String>, codeKeys: [String] = RegionFileReader.codeKeys) throws -> [Region] {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw IncidentFileError.notGeoJSON(file: url.path, reason: "cannot read the file")
        }
        let marker = Array(#""country":""#.utf8)
        var selected: [UInt8] = Array(#"{"type":"FeatureCollection","features":["#.utf8)
        var matched = 0, tagged = 0
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                if let country = Self.country(in: bytes[start..<end], marker: marker) {
                    tagged += 1
                    if countries.contains(country) {
                        var line = bytes[start..<end]
                        while let last = line.last, last == UInt8(ascii: ",") || last == 0x0D || last == 0x20 { line = line.dropLast() }
                        if matched > 0 { selected.append(UInt8(ascii: ",")) }
                        selected += line
                        matched += 1
                    }
                }
                start = end + 1
            }
        }
        guard tagged > 1 else {
            return try regions(fromGeoJSON: data, file: url.path, codeKeys: codeKeys).filter { $0.country.map(countries.contains) ?? false }
        }
        guard matched > 0 else { return [] }
        selected += Array("]}".utf8)
        return try regions(fromGeoJSON: Data(selected), file: url.path, codeKeys: codeKeys)
    }

    /// The two letters after the first `"country":"` of a feature line, or nil.
    private static func country(in line: Slice<UnsafeBufferPointer<UInt8>>, marker: [UInt8]) -> String? {
        guard line.count > marker.count + 2, line.first == UInt8(ascii: "{") else { return nil }
        var i = line.startIndex
        let last = line.endIndex - marker.count - 2
        while i < last {
            if line[i] == marker[0], line[i..<(i + marker.count)].elementsEqual(marker) {
                let code = line[(i + marker.count)..<(i + marker.count + 2)]
                return String(decoding: code, as: UTF8.self)
            }
            i += 1
        }
        return nil
    }
}
