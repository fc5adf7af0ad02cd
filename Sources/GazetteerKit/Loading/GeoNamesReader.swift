import Foundation
import GeoModel

/// Reads GeoNames-format files into a `Gazetteer`: country dumps, `allCountries.txt` and
/// `citiesNNN.txt` (19 columns), zipped or not, `admin1CodesASCII.txt`, and the built-in
/// compact format (10 columns).
///
/// Files are streamed line by line (see `LineStream`), so memory stays bounded by the
/// gazetteer being built, not by the file.
public enum GeoNamesReader {
    /// The layout of a file of places.
    public enum Layout: Sendable {
        /// GeoNames' 19-column dump format.
        case dump
        /// The built-in 10-column format documented in `gazetteer/README.md`.
        case compact
        /// The compact format plus an 11th column noting the source of the coordinate (`features.tsv`).
        case features

        var columns: Int {
            switch self {
            case .dump: 19
            case .compact: 10
            case .features: 11
            }
        }
    }

    /// What to do with a malformed row.
    public enum Policy: Sendable {
        /// Stop at the first one and throw (`--strict`).
        case stop
        /// Skip it and list it in the `LoadReport`.
        case skip
    }

    /// What a load did.
    public struct LoadReport: Sendable {
        /// Places read.
        public var places = 0
        /// Every row skipped, with its file, line and reason.
        public var skipped: [GazetteerError] = []
    }

    /// Adds every place of a GeoNames dump, and an `admin1CodesASCII.txt` found beside it.
    /// - Parameter policy: `.stop` (the default) throws at the first malformed row.
    /// - Returns: the counts and skipped rows.
    /// - Throws: `GazetteerError` naming the file and line of the first malformed row (with
    ///   `.stop`), or an unreadable file or broken archive.
    /// - Parameter useCache: read the binary cache written by `gazetteer import` when it matches the dump.
    @discardableResult
    public static func load(dump url: URL, into gazetteer: inout Gazetteer, policy: Policy = .stop,
                            useCache: Bool = true) throws -> LoadReport {
        var report = LoadReport()
        if useCache, let cached = try GazetteerCache.load(for: url, into: &gazetteer) {
            report.places = cached
            gazetteer.noteSource("\(url.path): \(cached) places (from the cache \(GazetteerCache.url(for: url).path))")
            return report
        }
        let folder = url.deletingLastPathComponent()
        for name in ["admin1CodesASCII.txt", "admin1CodesASCII.zip"] {
            let admin1 = folder.appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: admin1.path) {
                report.skipped += try loadAdmin1Codes(admin1, into: &gazetteer, policy: policy)
                break
            }
        }
        let places = try loadPlaces(url, layout: .dump, into: &gazetteer, policy: policy)
        report.places = places.places
        report.skipped += places.skipped
        gazetteer.noteSource("\(url.path): \(report.places) places" + (report.skipped.isEmpty ? "" : ", \(report.skipped.count) rows skipped"))
        return report
    }

    /// Adds the divisions of an `admin1CodesASCII.txt` (`SY.11<TAB>Homs<TAB>Homs<TAB>169575`).
    /// - Parameter preferASCIIName: take the third column (GeoNames' ASCII name) when present;
    ///   false for the built-in `admin1.tsv`, whose third column is the country.
    /// - Returns: rows skipped under `.skip`.
    /// - Throws: `GazetteerError` for a row without a code and a name (under `.stop`).
    @discardableResult
    public static func loadAdmin1Codes(_ url: URL, into gazetteer: inout Gazetteer, policy: Policy = .stop,
                                       preferASCIIName: Bool = true) throws -> [GazetteerError] {
        var skipped: [GazetteerError] = []
        try LineStream(url: url).forEachLine { file, line, bytes in
            guard let fields = RowFields(bytes) else { return }
            guard fields.count >= 2, !fields.isEmpty(0), !fields.isEmpty(1) else {
                let error = GazetteerError.malformedRow(file: file, line: line,
                                                        reason: "expected a code and a name, found \(fields.count) column(s)")
                if policy == .stop { throw error }
                skipped.append(error)
                return
            }
            let name = preferASCIIName && fields.count > 2 && !fields.isEmpty(2) ? fields.string(2) : fields.string(1)
            gazetteer.setAdmin1Name(name, forCode: fields.string(0))
        }
        return skipped
    }

    /// Adds the places of one file.
    /// - Returns: the number of places added and the rows skipped.
    /// - Throws: `GazetteerError.malformedRow` with the line number of a row with the wrong
    ///   column count, a non-numeric or out-of-range coordinate (under `.stop`);
    ///   `GazetteerError.unreadable` when the file or archive cannot be read.
    @discardableResult
    public static func loadPlaces(_ url: URL, layout: Layout, into gazetteer: inout Gazetteer,
                                  policy: Policy = .stop) throws -> LoadReport {
        var report = LoadReport()
        var admin1Cache: [String: String] = [:]
        try LineStream(url: url).forEachLine { file, line, bytes in
            guard let fields = RowFields(bytes) else { return }
            do {
                let (place, alternates) = try parse(fields, layout: layout, admin1Names: gazetteer.admin1Names, codeCache: &admin1Cache)
                gazetteer.add(place, alternateNames: alternates)
                report.places += 1
            } catch let reason as RowProblem {
                let error = GazetteerError.malformedRow(file: file, line: line, reason: reason.message)
                if policy == .stop { throw error }
                report.skipped.append(error)
            }
        }
        return report
    }

    /// Why one row was rejected; the caller adds the file and line.
    struct RowProblem: Error {
        var message: String
    }

    /// Parses one row into a place and its alternate names.
    static func parse(_ f: RowFields, layout: Layout, admin1Names: [String: String],
                      codeCache: inout [String: String]) throws -> (Place, [String]) {
        guard f.count == layout.columns else {
            throw RowProblem(message: "expected \(layout.columns) tab-separated columns, found \(f.count)")
        }
        let (latIndex, lonIndex) = layout == .dump ? (4, 5) : (2, 3)
        guard let latitude = f.double(latIndex), let longitude = f.double(lonIndex) else {
            throw RowProblem(message: "coordinate is not a number: '\(f.string(latIndex))', '\(f.string(lonIndex))'")
        }
        let coordinate: Coordinate
        do { coordinate = try Coordinate(latitude: latitude, longitude: longitude) } catch {
            throw RowProblem(message: "\(error)")
        }
        switch layout {
        case .dump:
            guard !f.isEmpty(0), !f.isEmpty(1) else { throw RowProblem(message: "missing geonameid or name") }
            let country = f.string(8)
            let admin1Code: String? = f.isEmpty(10) ? nil : interned("\(country).\(f.string(10))", &codeCache)
            let place = Place(id: "geonames:" + f.string(0), name: f.string(1), coordinate: coordinate,
                              featureClass: interned(f.string(6), &codeCache), featureCode: interned(f.string(7), &codeCache),
                              country: interned(country, &codeCache), admin1Code: admin1Code,
                              admin1: admin1Code.flatMap { admin1Names[$0] }, population: f.int(14) ?? 0)
            var alternates = f.isEmpty(3) ? [] : f.string(3).split(separator: ",").map(String.init).filter(isUsefulAlternate)
            if !f.isEmpty(2), !f.equal(1, 2) { alternates.append(f.string(2)) }
            return (place, alternates)
        case .compact, .features:
            guard !f.isEmpty(0), !f.isEmpty(1) else { throw RowProblem(message: "missing place id or name") }
            let admin1Code: String? = f.isEmpty(7) ? nil : interned(f.string(7), &codeCache)
            let place = Place(id: f.string(0), name: f.string(1), coordinate: coordinate,
                              featureClass: interned(f.string(4), &codeCache), featureCode: interned(f.string(5), &codeCache),
                              country: interned(f.string(6), &codeCache), admin1Code: admin1Code,
                              admin1: admin1Code.flatMap { admin1Names[$0] }, population: f.int(8) ?? 0)
            let alternates = f.isEmpty(9) ? [] : f.string(9).split(separator: "|").map(String.init)
            return (place, alternates)
        }
    }

    /// Shares one copy of the short codes repeated on every row.
    private static func interned(_ text: String, _ cache: inout [String: String]) -> String {
        if let existing = cache[text] { return existing }
        cache[text] = text
        return text
    }

    /// Keeps alternate names that can appear in Latin-script text; drops codes such as `KAC` or `OSKL`.
    static func isUsefulAlternate(_ name: String) -> Bool {
        let scalars = name.unicodeScalars
        guard scalars.contains(where: { $0.properties.isAlphabetic }) else { return false }
        if scalars.count <= 4, scalars.allSatisfy({ ("A"..."Z").contains($0) || ("0"..."9").contains($0) }) { return false }
        if scalars.contains(where: { ("0"..."9").contains($0) }) { return false }
        return scalars.contains { $0.value < 0x0250 && $0.properties.isAlphabetic }
    }
}

/// The tab-separated fields of one line, as ranges into its bytes.
struct RowFields {
    let bytes: UnsafeBufferPointer<UInt8>
    private var bounds: [Range<Int>] = []

    /// Nil for a blank line or a `#` comment.
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard !bytes.isEmpty, bytes[0] != 0x23 else { return nil }
        self.bytes = bytes
        bounds.reserveCapacity(19)
        var start = 0
        for i in 0..<bytes.count where bytes[i] == 0x09 {
            bounds.append(start..<i)
            start = i + 1
        }
        bounds.append(start..<bytes.count)
    }

    var count: Int { bounds.count }

    func isEmpty(_ i: Int) -> Bool { bounds[i].isEmpty }

    func string(_ i: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[bounds[i]]), as: UTF8.self)
    }

    func equal(_ i: Int, _ j: Int) -> Bool {
        bounds[i].count == bounds[j].count && zip(bounds[i], bounds[j]).allSatisfy { bytes[$0] == bytes[$1] }
    }

    func int(_ i: Int) -> Int? {
        var value = 0
        guard !bounds[i].isEmpty else { return nil }
        for k in bounds[i] {
            let b = bytes[k]
            guard b >= 0x30, b <= 0x39 else { return Int(string(i)) }
            value = value &* 10 &+ Int(b - 0x30)
        }
        return value
    }

    /// A plain decimal (`-34.84072`) parsed in place; anything else goes through `Double(String)`.
    func double(_ i: Int) -> Double? {
        let range = bounds[i]
        guard !range.isEmpty else { return nil }
        var k = range.lowerBound
        var negative = false
        if bytes[k] == 0x2D { negative = true; k += 1 } else if bytes[k] == 0x2B { k += 1 }
        var mantissa: UInt64 = 0
        var digits = 0
        var scale = 0
        var seenPoint = false
        while k < range.upperBound {
            let b = bytes[k]
            if b >= 0x30, b <= 0x39 {
                guard digits < 17 else { return Double(string(i)).flatMap { $0.isFinite ? $0 : nil } }
                mantissa = mantissa * 10 + UInt64(b - 0x30)
                digits += 1
                if seenPoint { scale += 1 }
            } else if b == 0x2E, !seenPoint {
                seenPoint = true
            } else {
                return Double(string(i)).flatMap { $0.isFinite ? $0 : nil }
            }
            k += 1
        }
        guard digits > 0 else { return nil }
        let powers: [Double] = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17]
        let value = Double(mantissa) / powers[scale]
        return negative ? -value : value
    }
}
