import Foundation

/// Folds the many Latin spellings of an Arabic place name to one matching key.
///
/// "Jisr al-Shughour", "Jisr ash Shughūr" and "JISR AL SHUGHUR" all become `jisr shughur`.
/// The rules are applied per token, after case and diacritics are folded.
public enum NameNormalizer {
    /// Articles dropped when they stand alone or are hyphenated to the next word.
    static let articles: Set<Substring> = ["al", "el", "as", "ash", "ar", "at", "ad", "az", "an", "es", "ez", "er", "et", "ed", "en", "ul", "il"]

    /// Spelling families folded to one form.
    static let tokenSynonyms: [Substring: String] = [
        "umm": "um", "oum": "um", "om": "um", "abou": "abu", "abo": "abu", "tell": "tal", "tel": "tal", "tall": "tal",
        "jebel": "jabal", "jabal": "jabal", "jbel": "jabal", "djebel": "jabal", "dayr": "dayr", "deir": "dayr", "dair": "dayr", "der": "dayr",
        "kfar": "kafr", "kafar": "kafr", "kefr": "kafr", "han": "khan", "sheikh": "shaykh", "shaikh": "shaykh", "sheik": "shaykh",
    ]

    /// The matching key for `name`: folded tokens joined by single spaces; empty when nothing is left.
    public static func key(for name: String) -> String {
        tokens(of: name).joined(separator: " ")
    }

    /// The folded tokens of `name`, articles removed.
    public static func tokens(of name: String) -> [String] {
        rawTokens(of: name).compactMap(foldToken)
    }

    /// Case- and diacritic-folded words, apostrophes and ʿ ʾ removed, split at spaces and punctuation.
    public static func rawTokens(of name: String) -> [Substring] {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        var cleaned = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars {
            switch scalar {
            case "'", "`", "\u{2018}", "\u{2019}", "\u{02BF}", "\u{02BE}", "\u{02BB}", "\u{02BC}", "\u{00B4}":
                continue
            default:
                if CharacterSet.alphanumerics.contains(scalar) { cleaned.append(scalar) } else { cleaned.append(" ") }
            }
        }
        return String(cleaned).split(separator: " ")
    }

    /// Folds one lowercase token; nil for an article.
    static func foldToken(_ token: Substring) -> String? {
        if articles.contains(token) { return nil }
        var t = String(token)
        // A glued article: "alrastan", "assuwayda" are rare; only the hyphenless "al" prefix is common.
        if let synonym = tokenSynonyms[token] { return synonym }
        t = t.replacingOccurrences(of: "aw", with: "o")
            .replacingOccurrences(of: "ou", with: "u")
            .replacingOccurrences(of: "oo", with: "u")
            .replacingOccurrences(of: "ee", with: "i")
            .replacingOccurrences(of: "ei", with: "ay")
            .replacingOccurrences(of: "dh", with: "z")
            .replacingOccurrences(of: "th", with: "z")
            .replacingOccurrences(of: "q", with: "k")
            .replacingOccurrences(of: "ck", with: "k")
        t = collapseDoubles(t)
        for suffix in ["iyyah", "iyah", "iyeh", "iyya", "iya", "ieh", "ia"] where t.hasSuffix(suffix) && t.count > suffix.count + 2 {
            t = String(t.dropLast(suffix.count)) + "i"
            break
        }
        for suffix in ["ah", "eh", "a", "e"] where t.hasSuffix(suffix) && t.count > suffix.count + 2 {
            t = String(t.dropLast(suffix.count))
            break
        }
        return t
    }

    private static func collapseDoubles(_ text: String) -> String {
        var result = ""
        var previous: Character?
        for c in text where c != previous {
            result.append(c)
            previous = c
        }
        return result
    }
}
