/// Splits a sentence into clauses, so that an event is linked only to the places, actors and
/// dates of its own clause: "X said in New York | that strikes hit Rastan", "strikes hit Rastan,
/// | while troops massed outside Hama".
///
/// A clause starts at a subordinating or reporting word, after a semicolon, colon or dash, and
/// at a participle after a comma (", destroying eight positions"). Commas alone do not split:
/// they separate the towns of a list.
enum ClauseSegmenter {
    /// Words that open a new clause.
    static let openers: Vocabulary = [
        "while", "whereas", "but", "although", "though", "however", "if", "unless", "because", "after", "before",
        "when", "which", "who", "whose", "where", "that", "since", "despite", "until", "as",
        "said", "says", "say", "saying", "told", "tells", "telling", "claiming", "added", "stated",
        "announced", "warned", "denied", "denies", "cited", "according", "reported", "quoted", "accused", "accuses",
    ]
    /// Reporting verbs: in "strikes hit Rastan, residents said" the speaker after the comma belongs
    /// to the reporting clause too.
    static let reporting: Vocabulary = ["said", "says", "say", "told", "added", "stated", "announced", "reported"]
    /// Times after "before" or "after" that make it a time, not a new clause: "before dawn".
    static let timesAfter: Vocabulary = ["dawn", "dusk", "midnight", "noon", "sunrise", "sunset", "daybreak", "nightfall", "prayers"]
    /// Words after "as" that make it a phrase, not a new clause: "as well as", "as many as", "as a result".
    static let phrasesAfterAs: Vocabulary = ["well", "many", "much", "part", "a", "an", "the", "of", "far", "long", "soon", "if"]
    /// Words before "as" that make it part of a phrase: "such as", "known as", "as well as".
    static let notClauseBefore: Vocabulary = ["such", "known", "well", "same", "so", "described", "seen", "regarded", "just"]
    /// Relative pronouns, which open a clause that closes at the next comma.
    static let relatives: Vocabulary = ["which", "who", "whose"]
    /// Participles that continue a list rather than open a clause.
    static let listParticiples: Vocabulary = ["including", "among"]

    /// The clause number of each token.
    /// - Complexity: O(n) in the number of tokens.
    static func clauses(of tokens: [WordToken], gaps: [TokenizedSentence.Gap]) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(tokens.count)
        var clause = 0
        var closeAtComma = false
        var lastComma: Int?
        // A relative clause ("Tahrir al-Sham, which holds Idlib, led an attack") ends at its comma,
        // and the clause it interrupted resumes.
        var interrupted: Int?
        // An aside between two dashes ("killed a commander - a brother of the governor - and three
        // fighters in X") ends at its second dash, and the clause it interrupted resumes.
        var beforeDash: Int?
        var highest = 0
        for (i, token) in tokens.enumerated() {
            let hasComma = gaps[i].hasComma
            if i > 0, hasComma { lastComma = i }
            if i > 0 {
                if gaps[i].isBreak {
                    if gaps[i].isDash, let resumed = beforeDash {
                        clause = resumed
                        beforeDash = nil
                    } else {
                        beforeDash = gaps[i].isDash ? clause : nil
                        clause = highest + 1
                    }
                    closeAtComma = false
                    interrupted = nil
                } else if hasComma, let resumed = interrupted {
                    clause = resumed
                    interrupted = nil
                } else if hasComma, closeAtComma {
                    clause = highest + 1
                    closeAtComma = false
                } else if openers.contains(token), !isPhrase(i, tokens) {
                    interrupted = relatives.contains(token) ? clause : nil
                    clause = highest + 1
                    // Pull a short speaker after a comma into the reporting clause: ", residents said".
                    if reporting.contains(token), let comma = lastComma, comma < i, i - comma <= 4,
                       result[comma...].allSatisfy({ $0 == result[comma] }) {
                        for k in comma..<i { result[k] = clause }
                    }
                    // "According to a source in Aleppo, strikes hit Idlib": the attribution ends at its comma.
                    closeAtComma = token.is("according")
                } else if hasComma, token.endsInIng, token.length > 5, !listParticiples.contains(token) {
                    clause = highest + 1
                }
            } else {
                closeAtComma = token.is("according")
            }
            result.append(clause)
            highest = max(highest, clause)
        }
        return result
    }

    /// Auxiliaries that make a reporting verb a passive: "air raids were reported on X" is one clause.
    static let auxiliaries: Vocabulary = ["was", "were", "is", "are", "been", "be", "being"]

    /// True when "before", "after" or "as" at `i` is part of a phrase rather than a clause opener,
    /// or a reporting verb is a passive ("were reported", "was claimed").
    private static func isPhrase(_ i: Int, _ tokens: [WordToken]) -> Bool {
        if i > 0, auxiliaries.contains(tokens[i - 1]), reporting.contains(tokens[i]) || tokens[i].is("claimed") { return true }
        let word = tokens[i].word
        guard word == "before" || word == "after" || word == "as" else { return false }
        // Mid-sentence "As" before a capitalised word is the article of a name: "in As Sawmaah".
        if word == "as", i > 0, tokens[i].isCapitalized, i + 1 < tokens.count, tokens[i + 1].isCapitalized { return true }
        if i + 1 < tokens.count {
            let next = tokens[i + 1]
            if timesAfter.contains(next) || (word == "as" && phrasesAfterAs.contains(next)) { return true }
        }
        return word == "as" && i > 0 && notClauseBefore.contains(tokens[i - 1])
    }
}
