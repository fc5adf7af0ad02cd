/// Finds the next byte that an escaper must look at, eight bytes at a time.
///
/// Text is mostly plain, so the escapers skip whole 8-byte words that hold none of the bytes
/// they care about, using the classic SWAR tests ("has a zero byte", "has a byte less than
/// n"; see Anderson's Bit Twiddling Hacks). Both tests are exact, so no byte is missed.
struct ByteScan {
    /// Bytes below this value are always of interest (the C0 controls).
    let below: UInt8
    /// Each further byte value of interest, repeated in all eight lanes of a word. Allocated
    /// once and never freed (scanners are static constants), so reading costs no reference counting.
    private let patterns: UnsafePointer<UInt64>
    private let patternCount: Int

    init(below: UInt8, values: [UInt8]) {
        precondition(below <= 128)
        self.below = below
        let words = UnsafeMutablePointer<UInt64>.allocate(capacity: values.count)
        for (i, value) in values.enumerated() { words[i] = UInt64(value) &* Self.ones }
        patterns = UnsafePointer(words)
        patternCount = values.count
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The index of the first word, from `start`, that may hold a byte of interest, rounded
    /// down to where that word starts; `count` or the last partial word's start when none does.
    @inline(__always)
    func skipPlain(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return start }
        var i = start
        let n = bytes.count
        let lowPattern = UInt64(below) &* Self.ones
        while i + 8 <= n {
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            var hit = (word &- lowPattern) & ~word & Self.highs
            for p in 0..<patternCount {
                let x = word ^ patterns[p]
                hit |= (x &- Self.ones) & ~x & Self.highs
            }
            if hit != 0 { return i }
            i += 8
        }
        return i
    }
}
