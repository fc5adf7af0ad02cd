import GeoModel

/// Reads how a report frames an event: reported, claimed, alleged or denied.
///
/// - `denied`: someone denies it ("denied", "dismissed", "rejected").
/// - `alleged`: "allegedly", "accused", "believed to be", "suspected".
/// - `claimed`: "claimed", "claims", or a party to the fighting speaking of its own fight
///   ("the Russian Defence Ministry said strikes hit Rastan" is a claim, not a confirmed strike).
/// - `reported`: everything else, including "reportedly" and neutral attributions ("monitors said").
public enum CertaintyClassifier {
    static let denial: Vocabulary = ["denied", "denies", "deny", "denying", "rejected", "dismissed", "refuted", "unfounded"]
    static let allegation: Vocabulary = ["allegedly", "alleged", "accused", "accuse", "accuses", "believed", "suspected", "purportedly"]
    static let claim: Vocabulary = ["claimed", "claims", "claim", "claiming"]

    /// The framing of a whole sentence.
    public static func certainty(of sentence: String) -> Certainty {
        certainty(words: WordToken.tokens(of: sentence), speakerIsParty: false)
    }

    /// The framing of an event given the words of its sentence and whether its source is a party to it.
    static func certainty(words: [WordToken], speakerIsParty: Bool) -> Certainty {
        var strongest: Certainty?
        for word in words {
            guard let framing = framingWords[word] else { continue }
            if framing == .denied { return .denied }
            if strongest != .alleged { strongest = framing }
        }
        return strongest ?? (speakerIsParty ? .claimed : .reported)
    }

    /// Each framing word and what it makes of the sentence.
    private static let framingWords = VocabularyMap(
        claim.words.map { ($0, Certainty.claimed) } + allegation.words.map { ($0, .alleged) } + denial.words.map { ($0, .denied) })
}
