import Foundation
import Testing
import TestSupport

/// `incidentmap gazetteer download|remove` against a real HTTP server on 127.0.0.1, started
/// here (Python's `http.server`), serving a zipped country dump: `../shared/data/geonames/SY.txt`
/// when present, else a small dump written here.
@Suite(.serialized) struct GazetteerDownloadTests {
    /// One cache folder for the suite, so that the built-in snapshot is written once.
    static let cache: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("incidentmap-download-cache-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()
    var environment: [String: String] { ["INCIDENTMAP_CACHE": Self.cache.path] }
    var downloads: URL { Self.cache.appendingPathComponent("downloads") }

    /// A written dump: two villages with names no built-in place has.
    static let smallDump = [
        ["990000001", "Tall Qasriyat Ghazala", "Tall Qasriyat Ghazala", "", "35.91", "38.77", "P", "PPL", "SY", "", "04"],
        ["990000002", "Khirbat Umm Zarazir", "Khirbat Umm Zarazir", "", "36.12", "38.95", "P", "PPL", "SY", "", "04"],
    ].map { $0.joined(separator: "\t") + String(repeating: "\t", count: 7) + "Asia/Damascus\t2024-01-01" }  // 19 columns

    /// Starts `python3 -m http.server` on a free port serving `folder`; stop it with `terminate()`.
    static func serve(_ folder: URL) throws -> (Process, Int) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-u", "-m", "http.server", "0", "--bind", "127.0.0.1", "--directory", folder.path]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        // "Serving HTTP on 127.0.0.1 port 40123 (http://127.0.0.1:40123/) ..."
        var line = Data()
        while !line.contains(0x0A) {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line += chunk
        }
        let text = String(decoding: line, as: UTF8.self)
        guard let port = text.split(separator: " ").firstIndex(of: "port").flatMap({ Int(text.split(separator: " ")[$0 + 1]) }) else {
            stop(process)
            throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "no port in: \(text)"])
        }
        return (process, port)
    }

    /// Stops a server for good: SIGKILL, since a test runner may start children with SIGTERM ignored.
    static func stop(_ process: Process) {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// A folder holding `SY.zip` (with `SY.txt` inside) and the name and id of a village only it has.
    func makeServedFolder() throws -> (folder: URL, village: String, id: String) {
        let folder = try CLI.temporaryFolder()
        let dump = folder.appendingPathComponent("SY.txt")
        var village = ("Tall Qasriyat Ghazala", "990000001")
        if let shared = CLI.shared?.appendingPathComponent("data/geonames/SY.txt"), FileManager.default.fileExists(atPath: shared.path) {
            try FileManager.default.copyItem(at: shared, to: dump)
            village = try Self.villageOnlyInDump(dump)
        } else {
            try Data((Self.smallDump.joined(separator: "\n") + "\n").utf8).write(to: dump)
        }
        let zip = try Self.python(["-c", "import zipfile,sys; z=zipfile.ZipFile(sys.argv[1],'w',zipfile.ZIP_DEFLATED); z.write(sys.argv[2],'SY.txt'); z.close()",
                                   folder.appendingPathComponent("SY.zip").path, dump.path])
        #expect(zip == 0)
        try FileManager.default.removeItem(at: dump)
        return (folder, village.0, village.1)
    }

    /// A populated place of the dump, unpopulated in GeoNames, whose name the built-in gazetteer lacks.
    static func villageOnlyInDump(_ dump: URL) throws -> (String, String) {
        let text = try String(contentsOf: dump, encoding: .utf8)
        var picks: [(String, String)] = []
        for line in text.split(separator: "\n") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count > 14, f[6] == "P", f[14] == "0", f[1].count >= 8, !f[1].contains(" "), f[1].allSatisfy(\.isLetter) else { continue }
            picks.append((String(f[1]), String(f[0])))
            if picks.count == 40 { break }
        }
        let lookup = try CLI.run(["geocode"] + picks.map(\.0) + ["--format", "json", "--country", "SY"],
                                 environment: ["INCIDENTMAP_CACHE": cache.path])
        let lines = lookup.stdout.split(separator: "\n")
        for (pick, line) in zip(picks, lines) where line.contains("\"place\":null") { return pick }
        throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "every candidate village is built in"])
    }

    @discardableResult
    static func python(_ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// The visible state of the downloads folder: file names and the record.
    func cacheState() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: downloads.path)) ?? []
        let record = (try? String(contentsOf: downloads.appendingPathComponent("downloads.json"), encoding: .utf8)) ?? ""
        return names.filter { !$0.hasPrefix(".") }.sorted() + [record]
    }

    func reset() {
        try? FileManager.default.removeItem(at: downloads)
    }

    @Test func aDownloadedDumpIsUsedWithoutGazetteerAndRemovedAgain() throws {
        reset()
        let (folder, village, id) = try makeServedFolder()
        let (server, port) = try Self.serve(folder)
        defer { Self.stop(server) }

        let before = try CLI.run(["geocode", village, "--format", "json", "--country", "SY"], environment: environment)
        #expect(before.stdout.contains("\"place\":null"), "\(before.stdout)")
        // An event in that village ends the run with the hint to download Syria's dump, once.
        let report = Data("Syrian army helicopters bombed the \(village) area of Raqqa province on Monday.\n".utf8)
        let hinted = try CLI.run(["extract", "-"], input: report, environment: environment)
        #expect(hinted.status == 0, "\(hinted.stderr)")
        let hint = hinted.stderr.split(separator: "\n").filter { $0.contains("gazetteer download") }
        #expect(hint.count == 1, "\(hinted.stderr)")
        #expect(hint.first?.contains("`incidentmap gazetteer download SY`") == true, "\(hinted.stderr)")
        #expect(hint.first?.contains(village) == true, "\(hinted.stderr)")

        let download = try CLI.run(["gazetteer", "download", "sy", "--source", "http://127.0.0.1:\(port)/"], environment: environment)
        #expect(download.status == 0, "\(download.stderr)")
        #expect(download.stdout.hasPrefix("SY: "), "\(download.stdout)")
        #expect(FileManager.default.fileExists(atPath: downloads.appendingPathComponent("SY.zip").path))

        let after = try CLI.run(["geocode", village, "--format", "json", "--country", "SY"], environment: environment)
        #expect(after.stdout.contains("\"place_id\":\"geonames:\(id)\""), "\(after.stdout)")
        // With the dump installed the village is found, and no hint is given for its country.
        let found = try CLI.run(["extract", "-"], input: Data("Syrian army helicopters bombed \(village) on Monday.\n".utf8),
                                environment: environment)
        #expect(found.stdout.contains("\"place_id\":\"geonames:\(id)\""), "\(found.stdout)")
        let again = try CLI.run(["extract", "-"], input: report, environment: environment)
        #expect(again.status == 0 && !again.stderr.contains("gazetteer download"), "\(again.stderr)")

        let info = try CLI.run(["gazetteer", "info"], environment: environment)
        let line = info.stdout.split(separator: "\n").first { $0.hasPrefix("downloaded: SY") }
        #expect(line?.contains("http://127.0.0.1:\(port)/SY.zip") == true, "\(info.stdout)")
        #expect(line.map { $0.split(separator: "\t")[1].hasSuffix(" places") } == true)

        let remove = try CLI.run(["gazetteer", "remove", "SY"], environment: environment)
        #expect(remove.status == 0, "\(remove.stderr)")
        // Only the (now empty) record is left: no dump, no cache of it.
        #expect(cacheState().dropLast() == ["downloads.json"], "\(cacheState())")
        #expect(cacheState().last?.contains("SY") == false, "\(cacheState())")
        let gone = try CLI.run(["geocode", village, "--format", "json", "--country", "SY"], environment: environment)
        #expect(gone.stdout.contains("\"place\":null"), "\(gone.stdout)")
    }

    /// Runs a download that must fail with one line naming `expected`, leaving the cache as it was.
    func expectFailure(_ arguments: [String], naming expected: [String], environment extra: [String: String] = [:]) throws {
        let state = cacheState()
        let result = try CLI.run(["gazetteer", "download"] + arguments, environment: environment.merging(extra) { $1 })
        #expect(result.status != 0)
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        for text in expected { #expect(result.stderr.contains(text), "\(result.stderr)") }
        #expect(cacheState() == state)
    }

    @Test func aMissingCountryOnTheServerNamesTheCountry() throws {
        reset()
        let (folder, _, _) = try makeServedFolder()
        let (server, port) = try Self.serve(folder)
        defer { Self.stop(server) }
        try expectFailure(["YE", "--source", "http://127.0.0.1:\(port)/"], naming: ["YE", "404"])
    }

    @Test func noServerNamesTheURL() throws {
        reset()
        // Port 9 (discard) has no listener here: the connection is refused.
        try expectFailure(["SY", "--source", "http://127.0.0.1:9/mirror/"], naming: ["http://127.0.0.1:9/mirror/SY.zip"])
    }

    @Test(arguments: ["garbage", "truncated"])
    func aBrokenZipIsRefused(kind: String) throws {
        reset()
        let (folder, _, _) = try makeServedFolder()
        let zip = folder.appendingPathComponent("SY.zip")
        let bytes = try Data(contentsOf: zip)
        let broken = kind == "garbage" ? Data("this is not a zip archive\n".utf8) : bytes.prefix(bytes.count / 2)
        try broken.write(to: zip)
        let (server, port) = try Self.serve(folder)
        defer { Self.stop(server) }
        try expectFailure(["SY", "--source", "http://127.0.0.1:\(port)/"], naming: ["http://127.0.0.1:\(port)/SY.zip"])
    }

    @Test func anUnknownCountryCodeIsRefused() throws {
        reset()
        try expectFailure(["QQ", "--source", "http://127.0.0.1:9/"], naming: ["QQ", "country code"])
        try expectFailure(["Syria", "--source", "http://127.0.0.1:9/"], naming: ["Syria"])
    }

    @Test func anUnwritableCacheFolderIsNamed() throws {
        reset()
        let file = try CLI.temporaryFolder().appendingPathComponent("plain-file")
        try Data("x".utf8).write(to: file)
        let (folder, _, _) = try makeServedFolder()
        let (server, port) = try Self.serve(folder)
        defer { Self.stop(server) }
        try expectFailure(["SY", "--source", "http://127.0.0.1:\(port)/"], naming: [file.path],
                          environment: ["INCIDENTMAP_CACHE": file.appendingPathComponent("cache").path])
    }

    @Test func aSecondDownloadAtTheSameTimeIsRefused() throws {
        reset()
        try FileManager.default.createDirectory(at: downloads, withIntermediateDirectories: true)
        // Another process holds the lock until its stdin closes.
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        holder.arguments = ["python3", "-u", "-c", "import fcntl,sys; f=open(sys.argv[1],'w'); fcntl.flock(f, fcntl.LOCK_EX); print('held'); sys.stdin.read()",
                            downloads.appendingPathComponent(".lock").path]
        let out = Pipe(), input = Pipe()
        holder.standardOutput = out
        holder.standardInput = input
        try holder.run()
        defer { try? input.fileHandleForWriting.close(); holder.waitUntilExit() }
        #expect(String(decoding: out.fileHandleForReading.availableData, as: UTF8.self).hasPrefix("held"))
        try expectFailure(["SY", "--source", "http://127.0.0.1:9/"], naming: ["running"])
    }
}
