/// Which Unicode scalars belong inside a word of running text.
enum WordScalars {
    /// Letters, digits, combining marks and the Arabic ʿayn and hamza letters.
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || ("0"..."9").contains(s) || s.properties.generalCategory == .nonspacingMark
            || s == "\u{02BF}" || s == "\u{02BE}"
    }
}
