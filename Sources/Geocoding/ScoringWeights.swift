/// The parts of a candidate's score, named so that each ranked candidate can say why.
public struct ScoringWeights: Sendable, Equatable {
    public var focusCountry = 1.0
    public var exactSpelling = 0.3
    public var primaryName = 0.1
    /// Per unit of edit distance, subtracted.
    public var fuzzyPenalty = 0.25
    public var country = 1.6
    public var populatedPlace = 0.3
    public var capital = 0.2
    public var province = 0.2
    public var provinceCue = 2.0
    /// Below a populated place, so that a town beats its district unless the text says "district".
    public var district = 0.1
    public var districtCue = 2.5
    public var namedFeature = 0.35
    public var otherFeature = 0.05
    /// Times log10(population) / 7, at most `populationCap`.
    public var population = 0.7
    public var populationCap = 0.7
    public var provinceInSentence = 0.6
    public var provinceInReport = 0.25
    public var containedIn = 0.8
    /// At 0 km; falls linearly to 0 at `sentenceRadius` km.
    public var nearSentencePlace = 1.2
    public var sentenceRadius = 50.0
    public var nearReportPlace = 0.4
    public var reportRadius = 100.0

    public init() {}
}
