/// Reads death tolls, following ACLED's conventions for vague amounts and its lowest-figure rule.
///
/// A figure counts when the next casualty word after it is a death word ("Twenty fighters died",
/// "eight wounded" does not count) or when it follows a death word ("killed 8 soldiers").
/// Figures after "including" are part of a toll already counted. Figures for different groups
/// joined by "as well as", "in addition to", "along with" or "plus" add up; otherwise different
/// figures are alternatives from different sources and the lowest one is kept.
public enum FatalityParser {
    static let units: VocabularyMap<Int> = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19,
    ]
    static let tens: VocabularyMap<Int> = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    /// ACLED codes vague amounts with fixed figures: "several", "many", "some" and "a large number" as 10,
    /// "a dozen" and "dozens" as 12, "scores" as 20, "hundreds" as 100.
    static let vague: VocabularyMap<Int> = [
        "several": 10, "many": 10, "dozens": 12, "dozen": 12, "scores": 20, "hundreds": 100, "some": 10, "numerous": 10,
    ]
    /// Nouns for one person, so that "a" before them counts one: "killing a policeman".
    static let persons: Vocabulary = [
        "man", "woman", "child", "boy", "girl", "civilian", "soldier", "fighter", "militant", "policeman", "officer", "commander",
        "member", "leader", "sheikh", "farmer", "shepherd", "student", "teacher", "doctor", "journalist", "person", "citizen",
        "resident", "worker", "driver", "guard", "tribesman", "militiaman", "rebel", "insurgent", "gunman", "infant", "baby",
        "teenager", "elder", "imam", "official", "judge", "activist", "prisoner", "detainee", "fisherman", "passenger", "cameraman",
        "policewoman", "nurse", "villager", "trader", "merchant", "pilot", "recruit", "conscript", "jihadist", "bystander",
    ]
    static let deathWords: Vocabulary = [
        "killed", "killing", "kills", "dead", "died", "die", "deaths", "death", "lives", "fatalities", "slain", "massacred",
        "executed", "toll", "bodies",
    ]
    static let injuryWords: Vocabulary = ["wounded", "injured", "injuring", "wounding", "hurt", "injuries", "casualties", "missing", "captured"]
    static let additive: [[PackedWord]] = [["as", "well", "as"], ["in", "addition", "to"], ["along", "with"], ["plus"]]
    /// Pronouns of a part of a toll: "three of them".
    static let partPronouns: Vocabulary = ["them", "whom", "which"]
    static let notFigures: Vocabulary = [
        "km", "kilometres", "kilometers", "miles", "years", "year", "percent", "am", "pm", "days", "hours", "months",
        "weeks", "minutes", "metres", "meters", "tanks", "aircraft", "planes", "jets", "vehicles", "groups", "factions",
    ]

    /// The death toll stated in `sentence`, or nil when it states none.
    public static func fatalities(in sentence: String) -> Int? {
        fatalities(in: WordToken.tokens(of: sentence))
    }

    /// The death toll stated by a sentence's words, or nil when they state none.
    static func fatalities(in words: [WordToken]) -> Int? {
        guard words.contains(where: { deathWords.contains($0) || $0.is("casualties") }) else { return nil }
        var figures: [(index: Int, value: Int)] = []
        var i = 0
        while i < words.count {
            defer { i += 1 }
            guard let figure = number(at: i, in: words) else { continue }
            var value = figure.value
            let length = figure.words
            if i >= 1, words[i - 1].is("including") || words[i - 1].is("among") { continue }
            if i >= 2, words[i - 2].is("including") { continue }
            let end = i + length
            if end < words.count, notFigures.contains(words[end]) { continue }
            if (1900...2100).contains(value) { continue }
            // "seven people, three of them children": a part of a toll already counted.
            if end + 1 < words.count, words[end].is("of"), partPronouns.contains(words[end + 1]) { continue }
            // "Twenty fighters died, as well as six militiamen": a figure added to a toll is a toll.
            let followsAddition = !figures.isEmpty && (additive.contains { phrase in
                i >= phrase.count && words[(i - phrase.count)..<i].start(with: phrase)
            } || (words[i - 1].is("and") && i - figures[figures.count - 1].index <= 5))
            guard followsAddition || countsAsDeaths(from: end, after: i, in: words) else { continue }
            if words[i].is("none") || words[i].is("no") { value = 0 }
            figures.append((i, value))
            i += length - 1
        }
        guard let first = figures.first else {
            let negated = words.contains { $0.is("none") || $0.is("no") || $0.is("nobody") }
            return negated && words.contains(where: { $0.is("killed") || $0.is("died") || $0.is("casualties") }) ? 0 : nil
        }
        var total = first.value
        var lowest = first.value
        var summed = false
        for pair in zip(figures, figures.dropFirst()) {
            let between = words[pair.0.index..<pair.1.index]
            // "a policeman and seven civilians": two groups of one toll, joined by "and" right before the second.
            let joinsGroups = between.count <= 5 && words[pair.1.index - 1].is("and")
            if joinsGroups || additive.contains(where: { phrase in between.indices.contains { between[$0...].start(with: phrase) } }) {
                total += pair.1.value
                summed = true
            } else {
                lowest = min(lowest, pair.1.value)
            }
        }
        return summed ? max(total, lowest) : lowest
    }

    /// True when the casualty word governing a figure is a death word: the nearest one just
    /// before it ("killing at least 20"), else the next one after it ("Twenty fighters died").
    private static func countsAsDeaths(from end: Int, after start: Int, in words: [WordToken]) -> Bool {
        for k in stride(from: start - 1, through: max(0, start - 3), by: -1) {
            if deathWords.contains(words[k]) { return true }
            if injuryWords.contains(words[k]) { return false }
        }
        for k in end..<min(words.count, end + 8) {
            if deathWords.contains(words[k]) { return true }
            if injuryWords.contains(words[k]) { return false }
        }
        return false
    }

    /// A figure starting at `index` and how many words it takes: digits, "twenty-six", "a dozen",
    /// "a large number", vague plurals, and "none"/"no" before a death word.
    static func number(at index: Int, in words: [WordToken]) -> (value: Int, words: Int)? {
        let token = words[index]
        let word = token.word
        let nextToken = index + 1 < words.count ? words[index + 1] : nil
        let next = nextToken?.word ?? ""
        if word[0] >= 0x30 && word[0] <= 0x39 {
            if let n = Int(String(word.string.filter { $0 != "," })) { return (n, 1) }
            return nil
        }
        if let ten = tens[token] {
            if let nextToken, let unit = units[nextToken], unit < 10 { return (ten + unit, 2) }
            return (ten, 1)
        }
        if let unit = units[token] { return (unit, 1) }
        if word == "a" || word == "an" {
            if next == "dozen" { return (12, 2) }
            if next == "large" || next == "number" || next == "handful" { return (next == "handful" ? 5 : 10, 2) }
            // "killing a woman", "a civilian man", "an off-duty officer": one person.
            for k in (index + 1)..<min(words.count, index + 5) where persons.contains(words[k]) { return (1, k - index + 1) }
            return nil
        }
        if word == "none" || word == "nobody" { return (0, 1) }
        if word == "no", next == "one" { return (0, 2) }
        if let v = vague[token] { return (v, 1) }
        return nil
    }
}
