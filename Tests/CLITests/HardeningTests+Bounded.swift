import Foundation
import Testing
import TestSupport

/// Inputs that could run without end are cut short.
extension HardeningTests {
    @Test func aBinaryStreamOnStandardInputGivesOneLine() throws {
        let result = try CLI.run(["extract", "-"], input: Data([0x53, 0x68, 0x65, 0x6C, 0x6C, 0x00, 0x00, 0x00]))
        expectOneLineError(result, naming: "<stdin>", "NUL byte at byte 5")
    }
}
