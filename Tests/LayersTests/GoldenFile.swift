import Foundation
import Testing

/// Compares output with a golden file in `Golden/`. With `INCIDENTMAP_RECORD=1` it rewrites
/// the file instead and fails the test, so that a recording run can never pass by accident.
enum GoldenFile {
    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = LayerFixtures.folder.appendingPathComponent("Golden").appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["INCIDENTMAP_RECORD"] == "1" {
            try Data(actual.utf8).write(to: url)
            Issue.record("recorded \(name); run again without INCIDENTMAP_RECORD to check it", sourceLocation: sourceLocation)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no golden file \(name); run with INCIDENTMAP_RECORD=1 to record it", sourceLocation: sourceLocation)
            return
        }
        if actual != expected {
            let a = Array(actual.utf8), e = Array(expected.utf8)
            let at = (0..<min(a.count, e.count)).first { a[$0] != e[$0] } ?? min(a.count, e.count)
            let context = String(decoding: a[max(0, at - 60)..<min(a.count, at + 60)], as: UTF8.self)
            Issue.record("\(name) differs from its golden file at byte \(at): …\(context)…", sourceLocation: sourceLocation)
        }
    }
}
