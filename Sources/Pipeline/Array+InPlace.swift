/// Rearranging an array in place, each element moved at most once and none copied.
extension Array {
    /// Rearranges the elements in place so that position k holds what was at `order[k]`, swapping
    /// along the permutation's cycles: each element moves once and none is copied.
    /// - Precondition: `order` is a permutation of the indices.
    mutating func permute(to order: [Int]) {
        var placed = [Bool](repeating: false, count: count)
        withUnsafeMutableBufferPointer { elements in
            guard let base = elements.baseAddress else { return }
            for start in elements.indices where !placed[start] {
                // The cycle through `start`: each position takes its element from the next, and the
                // last takes the one that was at `start`. Elements are moved, never copied.
                let first = (base + start).move()
                var position = start
                placed[position] = true
                while order[position] != start {
                    let source = order[position]
                    (base + position).moveInitialize(from: base + source, count: 1)
                    position = source
                    placed[position] = true
                }
                (base + position).initialize(to: first)
            }
        }
    }

    /// Removes the elements at the given offsets, which must be sorted and distinct, moving each
    /// kept element at most once.
    mutating func remove(atSortedOffsets offsets: [Int]) {
        guard let first = offsets.first else { return }
        var kept = first
        var next = 0
        for index in first..<count {
            if next < offsets.count, offsets[next] == index { next += 1; continue }
            swapAt(kept, index)
            kept += 1
        }
        removeSubrange(kept...)
    }
}
