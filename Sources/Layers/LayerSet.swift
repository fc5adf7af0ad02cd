import Analysis
import Foundation
import GeoModel

/// Writes every layer of `map --out DIR` as one set: all of them or none.
///
/// The layers are written into a temporary folder beside `DIR`, synced, and only then renamed
/// into place one by one. Should a rename fail, the files already moved are put back, so `DIR`
/// holds either the whole old set or the whole new one; the temporary folder is always removed.
public enum LayerSet {
    /// The file names, in the order they are written: the layers, then the CSV's companions.
    public static let fileNames = LayerFormat.allCases.map(\.fileName) + companionNames

    /// Beside `incidents.csv`: its OGR column types and its coordinate system (WGS 84).
    public static let companionNames = ["incidents.csvt", "incidents.prj"]

    /// - Returns: the files written.
    /// - Throws: `LayersError` naming the file that failed and why (a full disk, a folder in
    ///   the way), or `GeoEngineError` when PROJ cannot project the map.
    @discardableResult
    public static func write(incidents: [Incident], provinces: [Region], base: MapBase = MapBase(), to folder: URL) throws -> [URL] {
        try write(incidents: incidents, provinces: provinces, base: base, to: folder) {
            try AtomicFile.open($0, flags: O_WRONLY | O_CREAT | O_TRUNC, reportedAs: $0.path)
        }
    }

    /// `write(incidents:provinces:to:)` with the files opened by `opening`: the seam through
    /// which tests hand a layer a device that fails its writes.
    static func write(incidents: [Incident], provinces: [Region], base: MapBase = MapBase(), to folder: URL,
                      opening: (URL) throws -> FileHandle) throws -> [URL] {
        let folder = folder.standardizedFileURL
        try AtomicFile.makeFolder(folder)
        let targets = fileNames.map { folder.appendingPathComponent($0) }
        for target in targets {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: target.path, isDirectory: &isFolder), isFolder.boolValue {
                throw LayersError.cannotReplace(file: target.path, reason: "a folder has that name")
            }
        }
        let staging = try makeStaging(for: folder)
        defer { try? FileManager.default.removeItem(at: staging) }

        let layer = ProvinceLayer(provinces: provinces, incidents: incidents)
        for (format, target) in zip(LayerFormat.allCases, targets) {
            try AtomicFile.write(to: staging.appendingPathComponent(format.fileName), reportedAs: target.path, { out in
                switch format {
                case .geojson: try GeoJSONWriter.write(incidents, to: out)
                case .kml: KMLWriter.write(incidents, to: out)
                case .csv: CSVWriter.write(incidents, to: out)
                case .provinces: try layer.write(to: out)
                case .counts: CountsWriter.writeCSV(layer, to: out)
                case .html: try base.writePage(incidents: incidents, provinces: layer, to: out)
                }
            }, opening: opening)
        }
        for (name, text) in zip(companionNames, [CSVWriter.columnTypes, CSVWriter.projection]) {
            try AtomicFile.write(to: staging.appendingPathComponent(name), reportedAs: folder.appendingPathComponent(name).path,
                                 { $0.write(text) }, opening: opening)
        }
        try move(fileNames, from: staging, into: folder)
        return targets
    }

    /// A new temporary folder beside `folder` or, when its parent is not writable, inside it.
    /// - Throws: `LayersError.cannotReplace` naming `folder` when neither can be made.
    private static func makeStaging(for folder: URL) throws -> URL {
        let name = "layers-\(ProcessInfo.processInfo.processIdentifier).tmp"
        var failure: (any Error)?
        for staging in [folder.deletingLastPathComponent().appendingPathComponent(".\(folder.lastPathComponent).\(name)"),
                        folder.appendingPathComponent(".\(name)")] {
            try? FileManager.default.removeItem(at: staging)
            do {
                try AtomicFile.makeFolder(staging.appendingPathComponent("old"))
                return staging
            } catch {
                failure = failure ?? error
            }
        }
        throw failure!
    }

    /// Renames each new file from `staging` over its old one in `folder`, keeping the old ones
    /// in `staging/old` until all are in place, and putting them back when a rename fails.
    private static func move(_ names: [String], from staging: URL, into folder: URL) throws {
        var moved: [(name: String, hadOld: Bool)] = []
        do {
            for name in names {
                let target = folder.appendingPathComponent(name)
                let old = staging.appendingPathComponent("old").appendingPathComponent(name)
                let hadOld = FileManager.default.fileExists(atPath: target.path)
                if hadOld { try AtomicFile.rename(target, to: old) }
                do { try AtomicFile.rename(staging.appendingPathComponent(name), to: target) } catch {
                    if hadOld { try? AtomicFile.rename(old, to: target) }
                    throw error
                }
                moved.append((name, hadOld))
            }
        } catch {
            for (name, hadOld) in moved.reversed() {
                let target = folder.appendingPathComponent(name)
                unlink(target.path)
                if hadOld { try? AtomicFile.rename(staging.appendingPathComponent("old").appendingPathComponent(name), to: target) }
            }
            throw error
        }
    }
}
