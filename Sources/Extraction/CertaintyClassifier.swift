import GeoModel

/// Reads how a sentence frames its event: reported, claimed, alleged or denied.
public enum CertaintyClassifier {
    public static func certainty(of sentence: String) -> Certainty {
        let words = Set(WordToken.tokens(of: sentence).map(\.lower))
        if !words.isDisjoint(with: ["denied", "denies", "deny", "denying", "rejected"]) { return .denied }
        if !words.isDisjoint(with: ["allegedly", "alleged", "accused", "accuse", "accuses", "believed", "suspected"]) { return .alleged }
        if !words.isDisjoint(with: ["claimed", "claims", "claim", "claiming"]) { return .claimed }
        return .reported
    }
}
