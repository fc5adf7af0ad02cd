import Foundation

/// Runs the built `incidentmap` binary, as argument-parser's example tests do.
public enum CLI {
    /// The repository root, found from this file's path (Sources/TestSupport/CLI.swift).
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared` beside the repository, when present.
    public static var shared: URL? {
        let url = root.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: url.appendingPathComponent("data").path) ? url : nil
    }

    /// The binary: `INCIDENTMAP_BIN`, or the debug build beside the tests.
    public static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["INCIDENTMAP_BIN"] { return URL(fileURLWithPath: path) }
        let testBundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let beside = testBundle.appendingPathComponent("incidentmap")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return root.appendingPathComponent(".build/debug/incidentmap")
    }

    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// Runs the binary with `arguments` in `directory`, feeding `input` to stdin.
    /// - Parameters:
    ///   - standardOutput: where stdout goes instead of the result (`/dev/full`, say).
    ///   - environment: variables set for this run on top of (or overriding) the test's own.
    public static func run(_ arguments: [String], in directory: URL? = nil, input: Data? = nil,
                           standardOutput: FileHandle? = nil, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        process.currentDirectoryURL = directory ?? root
        // stderr goes to a file so that neither stream can fill up and block the child.
        let errFile = FileManager.default.temporaryDirectory.appendingPathComponent("incidentmap-stderr-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: errFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errFile) }
        let errHandle = try FileHandle(forWritingTo: errFile)
        let out = Pipe(), inPipe = Pipe()
        if let standardOutput {
            process.standardOutput = standardOutput
            try out.fileHandleForWriting.close()
        } else {
            process.standardOutput = out
        }
        process.standardError = errHandle
        process.standardInput = inPipe
        try process.run()
        if let input { inPipe.fileHandleForWriting.write(input) }
        try inPipe.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try errHandle.close()
        let errData = (try? Data(contentsOf: errFile)) ?? Data()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A fresh temporary folder.
    public static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("incidentmap-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
