import GeoModel

extension OutputBuffer {
    /// Appends a decimal integer.
    func write(integer value: Int) {
        let start = reserve(21)
        var n = 0
        var magnitude = value.magnitude
        if value < 0 { start[0] = UInt8(ascii: "-"); n = 1 }
        var digits = 1
        var probe = magnitude
        while probe >= 10 { probe /= 10; digits += 1 }
        var i = n + digits - 1
        repeat {
            start[i] = UInt8(truncatingIfNeeded: magnitude % 10) &+ 48
            magnitude /= 10
            i -= 1
        } while magnitude > 0
        commit(n + digits)
    }

    /// Appends a coordinate rounded half away from zero to 6 decimals, without trailing zeros:
    /// the same digits as `Coordinate.round(value, 6)` printed in full.
    func write(coordinate value: Double) {
        let micro = Int((value * 1_000_000).rounded())
        let negative = micro < 0
        let whole = micro.magnitude / 1_000_000
        var fraction = micro.magnitude % 1_000_000
        if negative { write(byte: UInt8(ascii: "-")) }
        write(integer: Int(whole))
        guard fraction > 0 else { return }
        var places = 6
        while fraction % 10 == 0 { fraction /= 10; places -= 1 }
        let start = reserve(7)
        start[0] = UInt8(ascii: ".")
        for i in stride(from: places, through: 1, by: -1) {
            start[i] = UInt8(truncatingIfNeeded: fraction % 10) &+ 48
            fraction /= 10
        }
        commit(places + 1)
    }

    /// Appends `YYYY-MM-DD`.
    func write(day: Day) {
        let start = reserve(10)
        func put(_ value: Int, at offset: Int, width: Int) {
            var v = value
            for i in stride(from: offset + width - 1, through: offset, by: -1) {
                start[i] = UInt8(truncatingIfNeeded: v % 10) &+ 48
                v /= 10
            }
        }
        put(day.year, at: 0, width: 4)
        start[4] = UInt8(ascii: "-")
        put(day.month, at: 5, width: 2)
        start[7] = UInt8(ascii: "-")
        put(day.day, at: 8, width: 2)
        commit(10)
    }

    /// Appends a static ASCII or UTF-8 literal.
    @inline(__always)
    func write(literal: StaticString) {
        write(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// Calls `body` with the UTF-8 bytes of `text`, without copying a native string.
    @inline(__always)
    static func withBytes<R>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = text
        return copy.withUTF8(body)
    }
}
