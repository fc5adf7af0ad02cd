@testable import Geocoding
import TestSupport
import Testing

/// A small map answers as a dictionary does whether it keeps a list or a table.
@Suite struct SmallMapTests {
    @Test(arguments: [4, 200])
    func answersAsADictionary(expectedCount: Int) {
        var random = SeededGenerator(seed: UInt64(expectedCount))
        var map = SmallMap<String, Int>(expectedCount: expectedCount)
        var reference: [String: Int] = [:]
        for step in 0..<500 {
            let key = "k\(Int.random(in: 0..<(expectedCount * 2), using: &random))"
            if Bool.random(using: &random) {
                map[key] = step
                reference[key] = step
            }
            #expect(map[key] == reference[key], "step \(step), key \(key)")
        }
    }
}
