/// What each byte value is to an escaper (0 plain, anything else of interest), and the search
/// for the next byte of interest, one byte at a time.
///
/// Measured (callgrind, `export` of 20,000 generated incidents): this plain loop runs fewer
/// instructions than the word-at-a-time (SWAR) scan it replaced (KML writer 391 M against 472 M,
/// whole export: GeoJSON 1.056 G against 1.074 G, KML 1.226 G against 1.307 G, CSV level).
struct ByteScan: Sendable {
    /// 256 entries, one per byte value: 0 for a byte copied as it is.
    let kinds: [UInt8]

    init(kinds table: [UInt8]) {
        precondition(table.count == 256)
        kinds = table
    }

    /// The index of the first byte of interest at or after `start`, or `bytes.count` if none.
    func firstOfInterest(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        while i < bytes.count, kinds[Int(bytes[i])] == 0 { i += 1 }
        return i
    }
}
