import Foundation

/// `../shared/data` beside the repository, read at run time when present.
enum SharedData {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The file under `../shared/data`, or nil (with a printed reason) when it is absent.
    static func file(_ relative: String) -> URL? {
        let url = root.deletingLastPathComponent().appendingPathComponent("shared/data").appendingPathComponent(relative)
        guard FileManager.default.fileExists(atPath: url.path) else {
            print("skipped: \(url.path) is not present")
            return nil
        }
        return url
    }
}
