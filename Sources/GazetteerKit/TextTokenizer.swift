import GeoModel

/// A word of running text with its code point span.
public struct Token: Sendable, Hashable {
    public var text: Substring
    public var span: TextSpan
    /// True when the word starts with an uppercase letter.
    public var isCapitalized: Bool
}

/// Splits text into words: runs of letters, digits and in-word apostrophes. Hyphens and
/// other punctuation separate words. Offsets are Unicode code points.
public enum TextTokenizer {
    public static func tokens(of text: String) -> [Token] {
        var tokens: [Token] = []
        let scalars = Array(text.unicodeScalars)
        var i = 0
        var stringIndex = text.unicodeScalars.startIndex
        var indices: [String.UnicodeScalarView.Index] = []
        indices.reserveCapacity(scalars.count + 1)
        while stringIndex != text.unicodeScalars.endIndex {
            indices.append(stringIndex)
            stringIndex = text.unicodeScalars.index(after: stringIndex)
        }
        indices.append(text.unicodeScalars.endIndex)
        while i < scalars.count {
            guard isWordScalar(scalars[i]) else { i += 1; continue }
            let start = i
            while i < scalars.count {
                if isWordScalar(scalars[i]) { i += 1; continue }
                // An apostrophe between letters stays inside the word (Za'faranah, A'zaz).
                if isApostrophe(scalars[i]), i + 1 < scalars.count, isWordScalar(scalars[i + 1]), i > start {
                    i += 1; continue
                }
                break
            }
            let word = text.unicodeScalars[indices[start]..<indices[i]]
            let first = scalars[start]
            tokens.append(Token(text: Substring(word), span: TextSpan(start: start, end: i),
                                isCapitalized: first.properties.isUppercase))
        }
        return tokens
    }

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || ("0"..."9").contains(s) || s.properties.generalCategory == .nonspacingMark
            || s == "\u{02BF}" || s == "\u{02BE}"
    }

    static func isApostrophe(_ s: Unicode.Scalar) -> Bool {
        s == "'" || s == "\u{2019}" || s == "\u{2018}" || s == "`"
    }
}
