import Foundation
import TestSupport

/// The shared runner of the built `incidentmap` binary.
typealias StoreCLI = CLI

extension CLI {
    /// Starts the binary without waiting, its output discarded: for tests that kill it.
    static func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = root
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }
}
