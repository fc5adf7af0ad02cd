import Foundation
import GazetteerKit
import Testing

@Suite struct GazetteerCacheTests {
    let helper = GeoNamesReaderTests()

    func cacheFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("gzc-\(UUID().uuidString)")
    }

    @Test func aCacheRoundTripsPlacesNamesAndProvinces() throws {
        let dump = try helper.write(helper.row("1", "Ar Rastan") + "\n" + helper.row("2", "Talbisah", lat: "34.84", admin1: "11") + "\n")
        try Data("SY.11\tHoms\tHoms\t169575\n".utf8).write(to: dump.deletingLastPathComponent().appendingPathComponent("admin1CodesASCII.txt"))
        var original = Gazetteer()
        try GeoNamesReader.load(dump: dump, into: &original, useCache: false)
        let folder = cacheFolder()
        let file = try GazetteerCache.write(original, for: dump, in: folder)
        #expect(FileManager.default.fileExists(atPath: file.path))

        var cached = Gazetteer()
        let count = try GazetteerCache.load(for: dump, into: &cached, in: folder)
        #expect(count == 2)
        #expect(cached.places == original.places)
        #expect(cached.nameCount == original.nameCount)
        #expect(cached.lookup("Alt Two").map(\.place.id).sorted() == ["geonames:1", "geonames:2"])
        #expect(cached.lookup("Talbisah").first?.place.admin1 == "Homs")
    }

    @Test func aStaleCacheIsIgnored() throws {
        let dump = try helper.write(helper.row("1", "Ar Rastan") + "\n")
        var gazetteer = Gazetteer()
        try GeoNamesReader.load(dump: dump, into: &gazetteer, useCache: false)
        let folder = cacheFolder()
        try GazetteerCache.write(gazetteer, for: dump, in: folder)
        try Data((helper.row("1", "Ar Rastan") + "\n" + helper.row("5", "Hama") + "\n").utf8).write(to: dump)
        var fresh = Gazetteer()
        #expect(try GazetteerCache.load(for: dump, into: &fresh, in: folder) == nil)
    }

    /// A truncated cache is detected by the length in its header, removed, and said once:
    /// the caller reads the dump instead of failing.
    @Test func aTruncatedCacheIsDroppedAndSaid() throws {
        let dump = try helper.write(helper.row("1", "Ar Rastan") + "\n")
        var gazetteer = Gazetteer()
        try GeoNamesReader.load(dump: dump, into: &gazetteer, useCache: false)
        let folder = cacheFolder()
        let file = try GazetteerCache.write(gazetteer, for: dump, in: folder)
        let bytes = try Data(contentsOf: file)
        try bytes.prefix(bytes.count - 10).write(to: file)
        var broken = Gazetteer()
        #expect(try GazetteerCache.load(for: dump, into: &broken, in: folder) == nil)
        #expect(broken.places.isEmpty)
        #expect(broken.notices.count == 1)
        #expect(broken.notices.first?.hasPrefix("\(file.path): corrupt cache:") == true, "\(broken.notices)")
        #expect(!FileManager.default.fileExists(atPath: file.path))
    }

    /// Writing the same cache twice replaces it (it used to fail and delete it), leaves no
    /// temporary file, and the cache then reports the places it stores.
    @Test func aCacheWrittenTwiceIsWholeAndCounted() throws {
        let row = helper.row("1", "Ar Rastan") + "\n"
        let dump = try helper.write(row + row + row + helper.row("2", "Hama") + "\n")
        var gazetteer = Gazetteer()
        let report = try GeoNamesReader.load(dump: dump, into: &gazetteer, useCache: false)
        #expect(report.places == 4 && gazetteer.places.count == 2)
        let folder = cacheFolder()
        #expect(GazetteerCache.storedPlaces(for: dump, in: folder) == nil)
        let file = try GazetteerCache.write(gazetteer, for: dump, in: folder)
        try GazetteerCache.write(gazetteer, for: dump, in: folder)
        #expect(GazetteerCache.storedPlaces(for: dump, in: folder) == 2)
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0 != ".lock" }
        #expect(left == [file.lastPathComponent])
        var cached = Gazetteer()
        #expect(try GazetteerCache.load(for: dump, into: &cached, in: folder) == 2)
        try Data((row + helper.row("5", "Homs") + "\n").utf8).write(to: dump)
        #expect(GazetteerCache.storedPlaces(for: dump, in: folder) == nil)
    }
}
