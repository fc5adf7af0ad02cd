import Foundation

/// The GeoNames country dumps that `incidentmap gazetteer download` installed in the cache
/// folder, which every later run adds to the built-in gazetteer.
///
/// Each dump is kept as `downloads/CC.zip` beside its binary cache, and recorded in
/// `downloads/downloads.json`.
public struct DownloadedDumps: Sendable, Equatable {
    /// One installed dump.
    public struct Entry: Sendable, Equatable, Codable {
        /// ISO 3166-1 alpha-2, upper case.
        public var country: String
        /// The URL it was fetched from.
        public var source: String
        /// When it was fetched, ISO 8601 in UTC.
        public var downloaded: String
        /// Places read from it.
        public var places: Int

        public init(country: String, source: String, downloaded: String, places: Int) {
            self.country = country
            self.source = source
            self.downloaded = downloaded
            self.places = places
        }
    }

    /// The installed dumps, sorted by country.
    public private(set) var entries: [Entry]
    /// The folder that holds them.
    public let folder: URL

    /// The folder downloads live in, inside `GazetteerCache.folder`.
    public static var defaultFolder: URL { GazetteerCache.folder.appendingPathComponent("downloads") }

    /// The record file.
    public var recordURL: URL { folder.appendingPathComponent("downloads.json") }

    /// The dump of `country` in the folder.
    public func dumpURL(for country: String) -> URL { folder.appendingPathComponent("\(country).zip") }

    /// Reads the record; an absent record is an empty one.
    /// - Throws: `GazetteerError.unreadable` for a record that is not valid JSON of this shape.
    public init(folder: URL = DownloadedDumps.defaultFolder) throws {
        self.folder = folder
        let record = folder.appendingPathComponent("downloads.json")
        guard let data = FileManager.default.contents(atPath: record.path) else {
            entries = []
            return
        }
        do {
            entries = try JSONDecoder().decode([Entry].self, from: data)
        } catch {
            throw GazetteerError.unreadable(file: record.path, reason: "not a download record (\(error))")
        }
    }

    /// Replaces or adds `entry`.
    public mutating func record(_ entry: Entry) {
        entries.removeAll { $0.country == entry.country }
        entries.append(entry)
        entries.sort { $0.country < $1.country }
    }

    /// Removes the entry of `country`.
    /// - Returns: false when there was none.
    @discardableResult
    public mutating func forget(_ country: String) -> Bool {
        let before = entries.count
        entries.removeAll { $0.country == country }
        return entries.count != before
    }

    /// Writes the record through a temporary file renamed into place.
    /// - Throws: `GazetteerError.unreadable` when the folder is not writable.
    public func save() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let temporary = folder.appendingPathComponent(".downloads.json.tmp-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try encoder.encode(entries).write(to: temporary)
            guard rename(temporary.path, recordURL.path) == 0 else {
                throw GazetteerError.unreadable(file: recordURL.path, reason: "cannot replace the record: \(String(cString: strerror(errno)))")
            }
        } catch let error as GazetteerError {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw GazetteerError.unreadable(file: recordURL.path, reason: "cannot write the record: \(error.localizedDescription)")
        }
    }

    /// Adds every recorded dump to `gazetteer`, from its binary cache when it is current.
    /// - Returns: the number of places added.
    /// - Throws: `GazetteerError` naming a recorded dump that is missing or unreadable.
    @discardableResult
    public func add(to gazetteer: inout Gazetteer) throws -> Int {
        var added = 0
        for entry in entries {
            let dump = dumpURL(for: entry.country)
            guard FileManager.default.fileExists(atPath: dump.path) else {
                throw GazetteerError.unreadable(file: dump.path, reason: "downloaded dump is missing; run `incidentmap gazetteer remove \(entry.country)`")
            }
            added += try GeoNamesReader.load(dump: dump, into: &gazetteer).places
        }
        return added
    }
}
