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
        write(year: day.year, month: day.month, day: day.day)
    }

    /// Appends `YYYY-MM-DD` from its parts (a year of 1 to 9999, as `Day` holds).
    func write(year: Int, month: Int, day: Int) {
        let start = reserve(10)
        let y = UInt(truncatingIfNeeded: year)
        start[0] = UInt8(truncatingIfNeeded: y / 1000 % 10) &+ 48
        start[1] = UInt8(truncatingIfNeeded: y / 100 % 10) &+ 48
        start[2] = UInt8(truncatingIfNeeded: y / 10 % 10) &+ 48
        start[3] = UInt8(truncatingIfNeeded: y % 10) &+ 48
        start[4] = UInt8(ascii: "-")
        start[5] = UInt8(truncatingIfNeeded: month / 10 % 10) &+ 48
        start[6] = UInt8(truncatingIfNeeded: month % 10) &+ 48
        start[7] = UInt8(ascii: "-")
        start[8] = UInt8(truncatingIfNeeded: day / 10 % 10) &+ 48
        start[9] = UInt8(truncatingIfNeeded: day % 10) &+ 48
        commit(10)
    }

    /// Appends a static ASCII or UTF-8 literal.
    func write(literal: StaticString) {
        write(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// Calls `body` with this buffer and the UTF-8 bytes of `text`, without copying a native
    /// string.
    ///
    /// `body` gets the buffer as an argument instead of capturing it: a class reference
    /// captured by the closure is retained and released around every call, which for the
    /// writers' many short strings cost a fifth of their time. `self` is alive for the whole
    /// call, so lending it unretained is safe.
    func withBytes(of text: String, _ body: (OutputBuffer, UnsafeBufferPointer<UInt8>) -> Void) {
        let this = Unmanaged.passUnretained(self)
        Self.withBytes(of: text) { bytes in this._withUnsafeGuaranteedRef { body($0, bytes) } }
    }

    /// Calls `body` with the UTF-8 bytes of `text`, without copying a native string.
    static func withBytes<R>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = text
        return copy.withUTF8(body)
    }
}
