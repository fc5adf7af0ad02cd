/// Reads death tolls, following ACLED's conventions for vague amounts and its lowest-figure rule.
public enum FatalityParser {
    static let numberWords: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90, "hundred": 100, "a": 1, "an": 1, "dozen": 12,
    ]
    /// ACLED codes vague plurals with fixed figures: "several"/"many" as 10, "dozens" as 12, "hundreds" as 100.
    static let vague: [String: Int] = [
        "several": 10, "many": 10, "dozens": 12, "scores": 20, "hundreds": 100, "some": 10, "numerous": 10,
    ]
    static let deathWords: Set<String> = ["killed", "killing", "kills", "dead", "died", "deaths", "death", "lives", "fatalities", "slain", "massacred", "executed", "toll"]

    /// The lowest death toll stated in `sentence`, or nil when it states none.
    public static func fatalities(in sentence: String) -> Int? {
        let words = WordToken.tokens(of: sentence).map(\.lower)
        guard words.contains(where: deathWords.contains) else { return nil }
        if words.contains("none") && (words.contains("killed") || words.contains("died")) && !words.contains(where: { Int($0) != nil }) {
            return 0
        }
        var figures: [Int] = []
        for (i, word) in words.enumerated() {
            guard let value = number(word) ?? vague[word] else { continue }
            // The figure must be near a death word, and not a date, a distance or an age.
            let window = words[(i + 1)..<min(words.count, i + 8)]
            guard window.contains(where: deathWords.contains) || (i >= 1 && deathWords.contains(words[i - 1])) else { continue }
            if let next = window.first, ["km", "kilometres", "kilometers", "miles", "years", "year", "percent", "am", "pm"].contains(next) { continue }
            if (1900...2100).contains(value) { continue }
            if word == "a" || word == "an" {
                // "a large number of casualties", "a dozen"
                guard i + 1 < words.count, words[i + 1] == "large" || words[i + 1] == "dozen" else { continue }
                figures.append(words[i + 1] == "dozen" ? 12 : 10)
                continue
            }
            figures.append(value)
        }
        return figures.min()
    }

    static func number(_ word: String) -> Int? {
        if let n = Int(word.replacingOccurrences(of: ",", with: "")) { return n }
        return numberWords[word]
    }
}
