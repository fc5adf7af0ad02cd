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
    ///
    /// Into an empty gazetteer, the built-in index is restored from its snapshot in the cache
    /// folder when one matches the installed files; otherwise the files are read, and the
    /// snapshot is written for the next run.
    /// - Throws: `GazetteerError` naming the file and line at fault.
    public mutating func addBuiltin() throws {
        func url(_ file: BuiltinFiles.File) throws -> URL {
            guard let url = BuiltinFiles.url(for: file) else { throw GazetteerError.missingBuiltinData(file.rawValue) }
            return url
        }
        let files = try [url(.admin1), url(.features), url(.places), url(.demonyms), url(.districts)]
        let isEmpty = places.isEmpty && fuzzyCountries == Gazetteer().fuzzyCountries
        let snapshot = isEmpty ? Self.builtinSnapshot(for: files) : nil
        var notice: String?
        if let snapshot, let data = try? Data(contentsOf: snapshot.url, options: .alwaysMapped) {
            do {
                if let restored = try data.withUnsafeBytes({ raw in
                    try Self.restore(snapshot: raw.bindMemory(to: UInt8.self), file: snapshot.url.path, stamp: snapshot.stamp)
                }) {
                    self = restored
                    sources = sources.map { "\($0) (restored from \(snapshot.url.path))" }
                    return
                }
            } catch {
                // A damaged snapshot is only a lost speed-up: the files are read and it is written anew.
                notice = "\(error); rebuilt it from the built-in files"
            }
        }
        try readBuiltinFiles(url)
        if let snapshot, !writeSnapshotAndReload(snapshot) {
            // Not expected: the bytes just written did not read back. The files are read again.
            self = Gazetteer()
            try readBuiltinFiles(url)
        }
        if let notice { notices.append(notice) }
    }

    /// Where the built-in snapshot lives and what it must match: a format version, then the
    /// size and modification time of the running executable (so that a rebuilt tool, whose name
    /// folding may differ, never reads an old index) and of each built-in file.
    private static func builtinSnapshot(for files: [URL]) -> (url: URL, stamp: [UInt64])? {
        var stamp: [UInt64] = [4]
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        for file in [executable] + files {
            guard let (size, modified) = try? GazetteerCache.stamp(of: file) else { return nil }
            stamp += [size, modified.bitPattern]
        }
        var hash: UInt64 = 14_695_981_039_346_656_037
        for b in files[2].standardizedFileURL.path.utf8 { hash = (hash ^ UInt64(b)) &* 1_099_511_628_211 }
        return (GazetteerCache.folder.appendingPathComponent("builtin-\(String(hash, radix: 16)).gzs"), stamp)
    }

    /// Writes the snapshot through a synced temporary file renamed into place under the cache
    /// folder's lock, then puts the gazetteer read back from its bytes in place of the one built
    /// from the files. A snapshot is only a speed-up: when the cache folder is not writable, the
    /// next run reads the text files again.
    ///
    /// The built gazetteer is dropped before the copy is made: it carries the slack of tables
    /// grown row by row and the scratch of indexing, so that keeping it made a first run after a
    /// build peak about 145 MiB above later runs (issue 19). Both runs now use the same copy.
    /// - Returns: false when the bytes did not read back (the gazetteer is then empty).
    private mutating func writeSnapshotAndReload(_ snapshot: (url: URL, stamp: [UInt64])) -> Bool {
        let bytes = self.snapshot(stamp: snapshot.stamp)
        try? GazetteerCache.install(bytes, at: snapshot.url)
        self = Gazetteer()
        guard let restored = try? bytes.withUnsafeBufferPointer({
            try Self.restore(snapshot: $0, file: snapshot.url.path, stamp: snapshot.stamp)
        }) else { return false }
        self = restored
        return true
    }

    /// Reads the built-in text files.
    private mutating func readBuiltinFiles(_ url: (BuiltinFiles.File) throws -> URL) throws {
        try GeoNamesReader.loadAdmin1Codes(try url(.admin1), into: &self, preferASCIIName: false)
        // About 2.9 names per place and 90 bytes per row in places.tsv.
        let placesURL = try url(.places)
        let size = (try? GazetteerCache.stamp(of: placesURL).size).map(Int.init) ?? 0
        reserveCapacity(places: size / 88, names: size / 30)
        // Features first: a hand-written row with a GeoNames id keeps its record when the dump adds the same place.
        let features = try GeoNamesReader.loadPlaces(try url(.features), layout: .features, into: &self)
        let places = try GeoNamesReader.loadPlaces(placesURL, layout: .compact, into: &self)
        let demonyms = try addDemonyms(from: try url(.demonyms))
        let districts = try GeoNamesReader.loadPlaces(try url(.districts), layout: .compact, into: &self)
        noteSource("built-in: \(places.places) places, \(districts.places) districts, \(features.places) named features, \(demonyms) demonyms")
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
