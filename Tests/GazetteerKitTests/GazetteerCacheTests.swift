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

    @Test func aTruncatedCacheIsAnErrorNamingIt() throws {
        let dump = try helper.write(helper.row("1", "Ar Rastan") + "\n")
        var gazetteer = Gazetteer()
        try GeoNamesReader.load(dump: dump, into: &gazetteer, useCache: false)
        let folder = cacheFolder()
        let file = try GazetteerCache.write(gazetteer, for: dump, in: folder)
        let bytes = try Data(contentsOf: file)
        try bytes.prefix(bytes.count - 10).write(to: file)
        var broken = Gazetteer()
        #expect {
            try GazetteerCache.load(for: dump, into: &broken, in: folder)
        } throws: { error in
            guard case let GazetteerError.unreadable(path, reason) = error else { return false }
            return path == file.path && reason.contains("truncated")
        }
    }
}
