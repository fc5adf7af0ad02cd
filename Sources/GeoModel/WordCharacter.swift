/// What a word character is, for every stage that splits text into words: the recognizer and
/// the name normaliser (GazetteerKit), the geocoder's word index and the event coder's tokens.
extension Unicode.Scalar {
    /// True for a scalar that belongs inside a word: a letter, a digit, a combining mark, or one
    /// of the modifier letters ʿ ʾ ʻ ʼ, which transliterations of Arabic write for ʿayn and hamza.
    /// Apostrophes are not: each stage decides where they join two words.
    @inlinable public var isWordScalar: Bool {
        // ASCII, most of any text, without a trip to the Unicode tables.
        if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A || isASCIIDigit }
        if value == 0x02BF || value == 0x02BE || value == 0x02BB || value == 0x02BC { return true }
        return properties.isAlphabetic || properties.generalCategory == .nonspacingMark || properties.generalCategory == .decimalNumber
    }
}
