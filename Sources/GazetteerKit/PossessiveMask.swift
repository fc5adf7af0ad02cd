/// Blanks out possessive endings so that the recogniser sees the bare name.
///
/// "Syria's" and "Kosovo’s" become "Syria  " and "Kosovo  ": two spaces for the two code
/// points of the ending, so every offset into the masked text is an offset into the original.
public enum PossessiveMask {
    /// The text with each `'s` or `’s` that follows a letter and ends a word replaced by two spaces.
    /// - Complexity: O(n).
    public static func masking(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard scalars.contains(where: { $0 == "'" || $0 == "\u{2019}" }) else { return text }
        var result = String.UnicodeScalarView()
        var previous: Unicode.Scalar = " "
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if scalar == "'" || scalar == "\u{2019}", previous.properties.isAlphabetic, next < scalars.endIndex,
               scalars[next] == "s" {
                let after = scalars.index(after: next)
                if after == scalars.endIndex || !TextTokenizer.isWordScalar(scalars[after]) {
                    result.append(" ")
                    result.append(" ")
                    previous = " "
                    index = after
                    continue
                }
            }
            result.append(scalar)
            previous = scalar
            index = next
        }
        return String(result)
    }
}
