import Foundation
@testable import Layers
import Testing

@Suite struct OutputBufferTests {
    @Test func aFullDiskIsReportedNotSwallowed() throws {
        guard let handle = FileHandle(forWritingAtPath: "/dev/full") else {
            print("skipped: /dev/full is not available on this system")
            return
        }
        let out = OutputBuffer(handle: handle, capacity: 4096)
        for _ in 0..<10 { out.write(String(repeating: "x", count: 1000)) }
        #expect(throws: (any Error).self) { try out.flush() }
    }

    @Test func largeWritesPassThroughInOrder() throws {
        let out = OutputBuffer(capacity: 4096)
        out.write("a")
        out.write(String(repeating: "b", count: 10_000))
        out.write("c")
        let text = out.text()
        #expect(text.count == 10_002 && text.hasPrefix("ab") && text.hasSuffix("bc"))
    }

    @Test func atomicFileLeavesTheOldFileWhenWritingFails() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("layers-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("incidents.geojson")
        try AtomicFile.write(to: target) { $0.write("old") }
        struct Broken: Error {}
        #expect(throws: Broken.self) {
            try AtomicFile.write(to: target) { out in
                out.write(String(repeating: "new", count: 1_000_000))
                throw Broken()
            }
        }
        #expect(try String(contentsOf: target, encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["incidents.geojson"])
    }
}
