@testable import Pipeline
import TestSupport
import Testing

/// Placing incidents in sorted order in place gives what indexing by the order gives.
@Suite struct PermuteTests {
    @Test(arguments: [0, 1, 2, 7, 100])
    func placesEveryElementWhereTheOrderSays(count: Int) {
        var generator = SeededGenerator(seed: UInt64(count))
        for _ in 0..<20 {
            let original = (0..<count).map { "item \($0)" }
            let order = Array(original.indices).shuffled(using: &generator)
            var permuted = original
            permuted.permute(to: order)
            #expect(permuted == order.map { original[$0] })
        }
    }
}

/// Removing elements by sorted offsets keeps the others in their order.
@Suite struct RemoveAtSortedOffsetsTests {
    @Test(arguments: [0, 1, 2, 9, 60])
    func keepsExactlyTheOthersInOrder(count: Int) {
        var generator = SeededGenerator(seed: UInt64(count) + 99)
        for _ in 0..<20 {
            let original = (0..<count).map { "item \($0)" }
            let offsets = original.indices.filter { _ in Bool.random(using: &generator) }
            var pruned = original
            pruned.remove(atSortedOffsets: offsets)
            #expect(pruned == original.indices.filter { !offsets.contains($0) }.map { original[$0] })
        }
    }
}
