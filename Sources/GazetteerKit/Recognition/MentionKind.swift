/// How a place is named in the text, so that users can filter and the incident pipeline can
/// keep to places named outright. See the `places` command in SPEC.md.
public enum MentionKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// The place's own name or a short form of it ("Aleppo", "U.S.", "Va.").
    case literal
    /// A nationality word, as a mention of its country ("Syrian", "Russians").
    case demonym
    /// A place name inside an organisation's name ("the Texas Department of Health").
    case inName = "in_name"
    /// A continent or a region larger than a country ("Europe", "the Middle East").
    case region
}
