import GeoModel

/// Which Unicode scalars belong inside a word of running text.
enum WordScalars {
    /// Letters, digits, combining marks and the Arabic ʿayn and hamza letters.
    @inline(__always)
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        // ASCII, most of any text, without a trip to the Unicode tables.
        if s.value < 0x80 { return (s.value | 0x20) >= 0x61 && (s.value | 0x20) <= 0x7A || s.isASCIIDigit }
        return s.properties.isAlphabetic || s.properties.generalCategory == .nonspacingMark || s == "\u{02BF}" || s == "\u{02BE}"
    }
}
