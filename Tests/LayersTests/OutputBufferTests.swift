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

@Suite struct AtomicFileSpecialTargetTests {
    @Test func aFIFOIsWrittenIntoNotReplaced() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("layers-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("pipe")
        guard mkfifo(fifo.path, 0o600) == 0 else {
            print("skipped: cannot make a FIFO here")
            return
        }
        final class Box: @unchecked Sendable { var data = Data() }
        let box = Box()
        let reader = Thread {
            if let handle = FileHandle(forReadingAtPath: fifo.path) { box.data = handle.readDataToEndOfFile() }
        }
        reader.start()
        try AtomicFile.write(to: fifo) { $0.write("through the pipe") }
        while !reader.isFinished { usleep(1000) }
        #expect(String(decoding: box.data, as: UTF8.self) == "through the pipe")
        let type = try FileManager.default.attributesOfItem(atPath: fifo.path)[.type] as? FileAttributeType
        #expect(type != .typeRegular && type != nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["pipe"])
    }
}
