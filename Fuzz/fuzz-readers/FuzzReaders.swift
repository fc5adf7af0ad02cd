import Analysis
import IncidentFiles
import Extraction
import Foundation
import GazetteerKit

/// One fuzz target for every reader of outside input: reports (`.txt`, `.jsonl`), GeoNames
/// dumps, GeoJSON and KML region files, and CSV and JSON Lines incident files. `FUZZ_TARGET`
/// names the reader (see `FuzzReaders.targets`). A reader may throw on bad input, never trap.
///
/// Built with `-sanitize=fuzzer,address -DFUZZING` (`make fuzz`), `main` runs libFuzzer's
/// driver; built plainly, it replays corpus files given as arguments, so that CI can run the
/// seed corpus through every reader without the sanitizers.
enum FuzzReaders {
    /// Each target's file extension, which picks the reader.
    static let targets = ["report-txt": "txt", "report-jsonl": "jsonl", "geonames": "txt", "geojson": "geojson",
                          "kml": "kml", "incidents-csv": "csv", "incidents-jsonl": "jsonl"]

    /// The file each input is written to: the readers take paths.
    static let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("incidentmap-fuzz-\(getpid())")

    /// Runs `target`'s reader over `bytes`; an error thrown is a clean rejection.
    static func run(_ target: String, _ bytes: [UInt8]) {
        guard let ext = targets[target] else {
            FileHandle.standardError.write(Data("FUZZ_TARGET must be one of \(targets.keys.sorted().joined(separator: ", "))\n".utf8))
            exit(2)
        }
        try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let url = scratch.appendingPathComponent(target == "geonames" ? "XX.\(ext)" : "input.\(ext)")
        guard (try? Data(bytes).write(to: url)) != nil else { return }
        switch target {
        case "report-txt", "report-jsonl":
            _ = try? ReportReader().read(url.path)
            _ = try? ReportReader(lenient: true).read(url.path)
        case "geonames":
            var gazetteer = Gazetteer()
            _ = try? GeoNamesReader.load(dump: url, into: &gazetteer, policy: .skip, useCache: false)
        case "geojson", "kml":
            _ = try? RegionReader.regions(from: url)
            _ = try? RegionReader.regions(from: url, makeValid: true)
        default:
            _ = try? IncidentFileReader.read(url.path)
            // Small blocks, skipping bad records: records cut at every block edge.
            var options = ReadOptions()
            options.blockSize = 1 << 12
            options.maxRecordBytes = 1 << 16
            options.lenient = true
            _ = try? IncidentFileReader.read(url.path, options: options)
        }
    }

    static var target: String { ProcessInfo.processInfo.environment["FUZZ_TARGET"] ?? "" }
}

#if FUZZING
/// libFuzzer's driver, which parses its flags from the arguments and calls `callback` per input.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// The entry libFuzzer's runtime expects to find; `main` hands the same work to its driver.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzReaders.run(FuzzReaders.target, data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}
#endif

@main
struct FuzzMain {
    /// With `-DFUZZING`, hands control to libFuzzer; otherwise replays each file (or every file
    /// of each folder) given as an argument through `FUZZ_TARGET`.
    static func main() {
        #if FUZZING
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runFuzzerDriver(&argc, &argv, fuzzOneInput))
        #else
        var count = 0
        for path in CommandLine.arguments.dropFirst() {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
            let files = isFolder.boolValue
                ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().map { path + "/" + $0 } : [path]
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                FuzzReaders.run(FuzzReaders.target, [UInt8](data))
                count += 1
            }
        }
        print("\(FuzzReaders.target): \(count) inputs replayed, none trapped")
        #endif
    }
}
