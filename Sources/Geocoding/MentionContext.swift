import GeoModel

/// What the rest of a document says about one mention: the places chosen for the other
/// mentions of its sentence and report, the provinces named there, and an "X in Y" container.
struct MentionContext {
    /// A place chosen for another mention, that a candidate may lie close to.
    struct Anchor {
        var coordinate: Coordinate
        /// Its index in `choices`.
        var choice: Int
        /// The other mention is in the same sentence.
        var sameSentence: Bool
    }

    /// The first choice for every mention of the document, which anchors point into.
    var choices: [Place?] = []
    var anchors: [Anchor] = []
    /// First-level codes of the provinces named in the same sentence; few, so kept in an array.
    var sentenceProvinces: [String] = []
    /// First-level codes of the provinces named anywhere in the report.
    var reportProvinces: [String] = []
    /// The place of an "X in Y" phrase that locates the mention, and how.
    var container: Place?
    var containerPhrase: LocatingPhrase = .inside

    /// The place an anchor stands for.
    func place(of anchor: Anchor) -> Place {
        guard let place = choices[anchor.choice] else { preconditionFailure("an anchor is made only for a chosen place") }
        return place
    }
}
