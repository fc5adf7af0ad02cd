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
