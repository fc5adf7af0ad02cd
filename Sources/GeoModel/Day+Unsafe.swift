/// `Day`'s text, written straight into a new string's storage.
extension Day {
    /// `YYYY-MM-DD`.
    public var description: String {
        String(unsafeUninitializedCapacity: 10) { buffer in
            Self.write(year, digits: 4, to: buffer, at: 0)
            buffer[4] = 0x2D
            Self.write(month, digits: 2, to: buffer, at: 5)
            buffer[7] = 0x2D
            Self.write(day, digits: 2, to: buffer, at: 8)
            return 10
        }
    }

    /// Writes a non-negative number below 10^digits with leading zeros.
    private static func write(_ value: Int, digits: Int, to buffer: UnsafeMutableBufferPointer<UInt8>, at start: Int) {
        var rest = value
        for k in stride(from: start + digits - 1, through: start, by: -1) {
            buffer[k] = 0x30 + UInt8(rest % 10)
            rest /= 10
        }
    }
}
