/// Finds the next byte an escaper must look at, eight bytes at a time.
///
/// Text is mostly plain, so the escapers skip whole 8-byte words that hold none of the bytes
/// they care about, using the classic SWAR tests ("has a zero byte", "has a byte less than
/// n"; see Anderson's Bit Twiddling Hacks). A word's lowest flagged byte is always a true hit
/// (a false flag can only sit above a true one, where a borrow ran on), so the scan returns the
/// exact position of the first byte of interest, and no byte is missed.
///
/// Its tables are allocated once and never freed (scanners are static constants), so reading
/// them costs no reference counting.
struct ByteScan: @unchecked Sendable {
    /// What each byte value is to the escaper: 0 plain, anything else of interest.
    let kinds: UnsafePointer<UInt8>
    /// Bytes below this value are always of interest (the C0 controls).
    private let below: UInt8
    /// Each further byte value of interest, repeated in all eight lanes of a word.
    private let patterns: UnsafePointer<UInt64>
    private let patternCount: Int

    /// - Parameter kinds: 256 entries; every byte with a non-zero entry is of interest, and so is
    ///   every byte below `below` in whole words (the scan may stop at one whose kind is 0, such
    ///   as a tab in XML, which the caller then skips).
    init(kinds table: [UInt8], below: UInt8) {
        precondition(table.count == 256 && below <= 128)
        let values = (Int(below)..<256).filter { table[$0] != 0 }.map(UInt8.init)
        let kinds = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        kinds.initialize(from: table, count: 256)
        self.kinds = UnsafePointer(kinds)
        self.below = below
        let words = UnsafeMutablePointer<UInt64>.allocate(capacity: max(values.count, 1))
        for (i, value) in values.enumerated() { words[i] = UInt64(value) &* Self.ones }
        patterns = UnsafePointer(words)
        patternCount = values.count
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The index of the first byte of interest at or after `start`, or `bytes.count` if none.
    /// Inside whole words a byte below `below` counts as of interest even when its kind is 0.
    @inline(__always)
    func firstOfInterest(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return start }
        var i = start
        let n = bytes.count
        let lowPattern = UInt64(below) &* Self.ones
        while i + 8 <= n {
            // Little-endian: byte k of the text is bits 8k..8k+7 of the word.
            let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
            var hit = (word &- lowPattern) & ~word & Self.highs
            for p in 0..<patternCount {
                let x = word ^ patterns[p]
                hit |= (x &- Self.ones) & ~x & Self.highs
            }
            if hit != 0 { return i + hit.trailingZeroBitCount >> 3 }
            i += 8
        }
        while i < n, kinds[Int(base[i])] == 0 { i += 1 }
        return i
    }
}
