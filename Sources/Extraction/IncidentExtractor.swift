import GazetteerKit
import GeoModel

/// Codes event candidates from a report, sentence by sentence.
public struct IncidentExtractor: Sendable {
    public let actors: ActorDictionary
    /// Also code troop deployments and bases (ACLED's strategic developments).
    public var includeStrategic: Bool

    public init(actors: ActorDictionary, includeStrategic: Bool = false) {
        self.actors = actors
        self.includeStrategic = includeStrategic
    }

    /// Words right before a place that make it a setting for speech, not the scene of an event.
    static let contextCues: Set<String> = [
        "told", "resort", "conference", "talks", "summit", "envoy", "embassy", "visit", "visited", "based", "headquartered",
        "journalists", "reporters", "meeting", "agreement", "deal", "brokered",
    ]

    /// The event candidates of one report.
    /// - Parameter mentions: the report's place mentions, from `PlaceRecognizer`.
    public func candidates(in report: Report, mentions: [PlaceMention]) -> [EventCandidate] {
        var result: [EventCandidate] = []
        var carriedDate: (paragraph: Int, date: ResolvedDate)?
        for sentence in SentenceSplitter.sentences(of: report.text) {
            let date = DateResolver.resolve(in: sentence.text, published: report.date)
            if let date { carriedDate = (sentence.paragraph, date) }
            let cues = EventCues.cues(in: sentence.text).filter { !EventCues.isIrrealis($0, in: sentence.text) }
            let violent = cues.filter { $0.subEventType.eventType.isViolent }
            guard let cue = violent.first else { continue }
            let inSentence = mentions.filter { sentence.span.contains($0.span) }
            let locations = inSentence.compactMap { link($0, in: sentence, report: report) }
            guard !locations.isEmpty else { continue }
            let found = actors.actors(in: sentence.text)
            let before = found.filter { $0.span.end <= cue.span.start && $0.kind != "civilians" }
            let after = found.filter { $0.span.start >= cue.span.end }
            let actor1 = before.last?.name ?? found.first { $0.kind != "civilians" }?.name
            let actor2 = after.first { $0.name != actor1 }?.name
            let resolved = date ?? (carriedDate?.paragraph == sentence.paragraph ? carriedDate?.date : nil)
                ?? report.date.map { ResolvedDate(day: $0, precision: .day) }
            result.append(EventCandidate(subEventType: cue.subEventType, actor1: actor1, actor2: actor2, date: resolved,
                                         fatalities: FatalityParser.fatalities(in: sentence.text),
                                         certainty: CertaintyClassifier.certainty(of: sentence.text),
                                         sentence: sentence, locations: locations))
        }
        return result
    }

    /// Links one mention to the event of its sentence, or returns nil for a context-only place.
    func link(_ mention: PlaceMention, in sentence: Sentence, report: Report) -> EventLocation? {
        if !mention.candidates.isEmpty, mention.candidates.allSatisfy({ $0.place.isCountry }) { return nil }
        let text = sentence.text
        let scalars = Array(text.unicodeScalars)
        let localStart = mention.span.start - sentence.span.start
        let localEnd = mention.span.end - sentence.span.start
        let beforeWords = WordToken.tokens(of: String(String.UnicodeScalarView(scalars[..<localStart]))).suffix(4).map(\.lower)
        let afterWords = WordToken.tokens(of: String(String.UnicodeScalarView(scalars[localEnd...]))).prefix(2).map(\.lower)
        if beforeWords.contains(where: Self.contextCues.contains) { return nil }
        // "Beirut's Al-Mayadeen TV": a possessive place names an outlet's home, not a scene.
        if localEnd < scalars.count, scalars[localEnd] == "'" || scalars[localEnd] == "’",
           localEnd + 1 < scalars.count, scalars[localEnd + 1] == "s" { return nil }
        if let next = afterWords.first, next == "province" || next == "governorate" || next == "provinces" {
            return EventLocation(mention: mention, scope: .province)
        }
        if beforeWords.suffix(2) == ["province", "of"] || beforeWords.suffix(2) == ["governorate", "of"] {
            return EventLocation(mention: mention, scope: .province)
        }
        if beforeWords.contains("around") || beforeWords.contains("outskirts") || beforeWords.contains("near") {
            return EventLocation(mention: mention, scope: .near)
        }
        return EventLocation(mention: mention, scope: .place)
    }
}
