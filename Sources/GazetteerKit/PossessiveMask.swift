import GeoModel

/// Blanks out possessive endings so that the recogniser sees the bare name.
///
/// "Syria's" and "Kosovo’s" become "Syria  " and "Kosovo  ": two spaces for the two code
/// points of the ending, so every offset into the masked text is an offset into the original.
/// An ending that belongs to a name ("Cox's Bazar") is kept when `isName` says so.
public enum PossessiveMask {
    /// The text with each `'s` or `’s` that follows a letter and ends a word replaced by two spaces.
    /// - Parameters:
    ///   - text: the text to mask.
    ///   - isName: asked with the word before the ending, the ending and the next one or two
    ///     words ("Cox's Bazar"); true keeps the ending.
    /// - Complexity: O(n), plus one or two calls of `isName` per possessive.
    public static func masking(_ text: String, keeping isName: (String) -> Bool = { _ in false }) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "'" || $0 == "\u{2019}" }) else { return text }
        let scalars = [Unicode.Scalar](scalarsOf: text)
        var result = String.UnicodeScalarView()
        result.reserveCapacity(scalars.count)
        var i = 0
        while i < scalars.count {
            let scalar = scalars[i]
            if scalar == "'" || scalar == "\u{2019}", i > 0, scalars[i - 1].properties.isAlphabetic, i + 1 < scalars.count,
               scalars[i + 1] == "s", i + 2 == scalars.count || !scalars[i + 2].isWordScalar,
               !isPartOfName(scalars, apostrophe: i, isName) {
                result.append(" ")
                result.append(" ")
                i += 2
                continue
            }
            result.append(scalar)
            i += 1
        }
        return String(result)
    }

    /// True when the word before the apostrophe, the ending and the next capitalised words form a name.
    static func isPartOfName(_ scalars: [Unicode.Scalar], apostrophe: Int, _ isName: (String) -> Bool) -> Bool {
        var start = apostrophe
        while start > 0, scalars[start - 1].isWordScalar { start -= 1 }
        var end = apostrophe + 2
        for _ in 0..<2 {
            guard end + 1 < scalars.count, scalars[end] == " ", scalars[end + 1].properties.isUppercase else { return false }
            end += 1
            while end < scalars.count, scalars[end].isWordScalar { end += 1 }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            if isName(String(view)) { return true }
        }
        return false
    }
}
