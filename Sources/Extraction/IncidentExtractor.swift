import GazetteerKit
import GeoModel

/// Codes event candidates from a report, clause by clause.
///
/// For each sentence: find the event cues that are not negated or hypothetical, split the
/// sentence into clauses, and for the most specific cue of each clause link the places,
/// actors and date of that clause only. Each linked place becomes one incident later.
public struct IncidentExtractor: Sendable {
    public let actors: ActorDictionary
    /// Also code troop deployments and bases (ACLED's strategic developments).
    public var includeStrategic: Bool

    public init(actors: ActorDictionary, includeStrategic: Bool = false) {
        self.actors = actors
        self.includeStrategic = includeStrategic
    }

    /// Words before a country that make it the scene of the report's events: "in Syria", "in neighbouring Lebanon",
    /// "Saada governorate, northern Yemen".
    static let sceneWords: Vocabulary = [
        "in", "inside", "into", "across", "throughout", "neighbouring", "neighboring", "within", "northern", "southern", "eastern",
        "western", "central", "northwestern", "northeastern", "southwestern", "southeastern", "north-western", "north-eastern",
        "south-western", "south-eastern",
    ]
    /// Prepositions that let a place standing before its cue belong to the event: "In Idlib, shelling killed five".
    static let locatives: Vocabulary = ["in", "at", "near", "around", "outside", "inside", "across", "over", "on", "of"]
    /// Cues that name the killing of one person when no toll is given.
    static let singleKillings: Set<String> = ["assassinated", "assassination", "murdered", "beheaded"]
    /// Actor kinds that bear arms.
    static let armedKinds: Set<String> = ["state", "external", "intervention", "rebel", "militia", "unidentified"]
    /// Words that may stand between "captured" and the place taken: "captured the strategic town of".
    static let placeIntroductions: Vocabulary = [
        "the", "town", "city", "village", "villages", "of", "area", "district", "hill", "hills", "mount", "mountain", "strategic",
        "key", "nearby", "neighbouring", "neighboring", "base", "airport", "most", "parts", "much", "control",
    ]
    /// Words after which an actor is acted upon: "killed six soldiers", "clashed with the Houthis".
    static let objectMarkers: Vocabulary = [
        "with", "against", "on", "at", "targeting", "targeted", "killed", "killing", "captured", "attacked", "attacking", "hit",
        "struck", "shelled", "bombed", "ambushed", "abducted", "kidnapped", "wounded", "injured", "shot", "arrested", "toward",
        "towards", "fighting", "battling", "repelled", "of",
    ]
    /// Words before an actor that make it a supporter of the acting side: "backed by", "support from".
    static let supportMarkers: Vocabulary = ["from", "by", "backed", "supported", "support", "cover", "aided", "assisted"]
    /// Reporting verbs whose subject is the source of a statement.
    static let reportingVerbs: Vocabulary = ["said", "says", "claimed", "claims", "announced", "stated", "reported", "added", "denied", "denies"]
    /// Forms of "be", "have" and "come" after a place that make it the subject of a passive: "Rastan was shelled".
    static let passiveAuxiliaries: Vocabulary = ["was", "were", "came", "has", "had", "is", "are"]
    /// Words standing for an event already described: "the airstrikes killed 12".
    static let anaphors: Vocabulary = ["attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "raid", "blast",
                                        "explosion", "bombing", "shelling", "assault", "fighting", "clashes", "operation", "offensive"]

    /// The event candidates of one report.
    /// - Parameter mentions: the report's place mentions, from `PlaceRecognizer`.
    public func candidates(in report: Report, mentions: [PlaceMention]) -> [EventCandidate] {
        extract(from: report, mentions: mentions).candidates
    }

    /// The event candidates of one report and the countries it places them in.
    /// - Parameter mentions: the report's place mentions, from `PlaceRecognizer`, left to right.
    /// - Complexity: O(words of the report × cue and alias lookups).
    public func extract(from report: Report, mentions: [PlaceMention]) -> ReportExtraction {
        var result: [EventCandidate] = []
        var theatre = Set<String>()
        var actorCountries = Set<String>()
        // ACLED codes the day an event happened. A sentence that gives no date of its own
        // usually continues the narrative of the last dated sentence ("on Wednesday ... The first
        // strike hit Latamneh"), so its date carries into the rest of that paragraph and the next.
        // Beyond that, or when nothing was dated, the publication date stands in (precision 2).
        var carried: (paragraph: Int, date: ResolvedDate)?
        var pending: Fragment?
        // "Russian warplanes struck towns in Homs province. The jets hit Rastan and Talbiseh": the
        // actor of an event carries to the next events of the same sub-type that name none.
        var lastActor: (paragraph: Int, type: SubEventType, name: String)?
        var mentionIndex = 0
        var previousSentence: (index: Int, candidates: Range<Int>)?
        // The last place named by a sentence that tells of no event ("Military sources in X district said"):
        // the scene of an event the next sentences tell without a place of their own.
        var setting: (paragraph: Int, sentenceIndex: Int, location: EventLocation)?
        let scalars = [Unicode.Scalar](scalarsOf: report.text)
        for (sentenceIndex, sentence) in SentenceSplitter.sentences(of: scalars).enumerated() {
            var tokenized = TokenizedSentence(sentence, in: scalars[sentence.span.start..<sentence.span.end], clauses: false)
            // Clauses and actors matter only to a sentence that names an event.
            let cues = EventCues.cues(in: tokenized.tokens)
            if !cues.isEmpty { tokenized.segmentClauses() }
            while mentionIndex < mentions.count, mentions[mentionIndex].span.start < sentence.span.start { mentionIndex += 1 }
            var local: [LocalMention] = []
            var k = mentionIndex
            while k < mentions.count, mentions[k].span.end <= sentence.span.end {
                local.append(LocalMention(mention: mentions[k], range: tokenized.tokenRange(of: tokenized.local(mentions[k].span))))
                k += 1
            }
            theatre.formUnion(sceneCountries(local, in: tokenized))
            let dates = report.date.map { DateResolver.expressions(in: tokenized.tokens, published: $0) } ?? []
            let eventDates = dates.filter { !$0.datesReporting }
            // A date that only dates a statement ("a statement released late Monday said strikes hit
            // Rastan") bounds the event from above; it beats the publication date but is not carried.
            if let carriedDate = carried, sentence.paragraph - carriedDate.paragraph > 1 { carried = nil }
            // The publication date only bounds an undated event: it happened that day or in the days
            // before, so it is coded at week precision (2), as ACLED does for an approximate date.
            // "... fired missiles at Kafr Zita during the fighting": the time of the event referred back to.
            let backReference = Self.timeOfEarlierEvent(in: tokenized) ? result.last?.date : nil
            let fallbackDate = dates.first?.date ?? backReference ?? carried?.date
                ?? report.date.map { ResolvedDate(day: $0, precision: .week) }

            let found = cues.isEmpty ? [] : actors.actors(in: tokenized.tokens)
            for actor in found { actorCountries.formUnion(actor.homeCountries) }
            let isBackground = Self.isBackground(tokenized, published: report.date)
            let sentenceCandidates = isBackground ? []
                : events(in: tokenized, cues: cues, mentions: local, actors: found, dates: eventDates, fallback: fallbackDate,
                         airborneEarlier: result.contains { $0.subEventType == .airDroneStrike })
            let firstNew = result.count
            for var candidate in sentenceCandidates {
                // An event dated only by a month or year more than a month before publication is history, not news.
                if let date = candidate.date, date.precision != .day, let published = report.date, date.day.days(to: published) > 31 { continue }
                // "The bombing in southern Idlib comes as ...": an event of the kind already coded is that event again.
                // Without a place of its own it may still lend its toll or actors to the next placed event.
                if candidate.refersBack, !candidate.locations.isEmpty,
                   result.contains(where: { $0.subEventType == candidate.subEventType }) { continue }
                // "Clashes took place in X. The former camp overtook the area.": the same folding as
                // within a sentence (`foldingTerritoryIntoPlacedEvents`), across the paragraph's sentences.
                if let host = result.indices.last, result[host].sentence.paragraph == sentence.paragraph,
                   result[host].takeOutcome(candidate) {
                    continue
                }
                if candidate.locations.isEmpty {
                    pending = Fragment(candidate: candidate, sentenceIndex: sentenceIndex, hasOwnDate: !eventDates.isEmpty)
                    continue
                }
                if let fragment = pending, fragment.candidate.sentence.paragraph == sentence.paragraph,
                   sentenceIndex - fragment.sentenceIndex <= 2 {
                    candidate.absorb(fragment.candidate, preferItsDate: fragment.hasOwnDate && eventDates.isEmpty)
                    pending = nil
                }
                if candidate.actor1 == nil, let carriedActor = lastActor, carriedActor.type == candidate.subEventType,
                   sentence.paragraph - carriedActor.paragraph <= 1, carriedActor.name != candidate.actor2 {
                    candidate.actor1 = carriedActor.name
                }
                if let actor = candidate.actor1 { lastActor = (sentence.paragraph, candidate.subEventType, actor) }
                result.append(candidate)
            }
            // A sentence with no located event that gives the toll of the event just described.
            if sentenceCandidates.allSatisfy({ $0.locations.isEmpty }), let previous = previousSentence,
               previous.index == sentenceIndex - 1, previous.candidates.count == 1,
               result[previous.candidates.lowerBound].takeToll(from: tokenized, namesNoPlace: local.isEmpty) {
                pending = nil
            }
            if result.count > firstNew { previousSentence = (sentenceIndex, firstNew..<result.count) }
            if let date = eventDates.first?.date { carried = (sentence.paragraph, date) }
            if sentenceCandidates.isEmpty, !isBackground, let scene = Self.lastScene(of: local, in: tokenized) {
                setting = (sentence.paragraph, sentenceIndex, scene)
            }
        }
        // An event told only without a place, in a report that places none, happened at the place
        // the sentences just before it named.
        if var fragment = pending, let setting, result.isEmpty, setting.paragraph == fragment.candidate.sentence.paragraph,
           (1...2).contains(fragment.sentenceIndex - setting.sentenceIndex) {
            fragment.candidate.locations = [setting.location]
            result.append(fragment.candidate)
        }
        return ReportExtraction(candidates: result, theatre: theatre, actorCountries: actorCountries)
    }

    /// The last place of a sentence that could be a scene (`PlaceContext.couldBeScene`), with its scope.
    static func lastScene(of mentions: [LocalMention], in sentence: TokenizedSentence) -> EventLocation? {
        mentions.last { PlaceContext.couldBeScene($0, in: sentence) }
            .map { EventLocation(mention: $0.mention, scope: PlaceContext.scope(of: $0, in: sentence)) }
    }

    /// Words that tell of both sides firing.
    static let exchangeWords: Vocabulary = ["exchanged", "exchange", "exchanges", "exchanging"]

    /// True when both sides fired: "exchanged", "an exchange of", "returned fire".
    static func tellsOfAnExchangeOfFire(_ sentence: TokenizedSentence) -> Bool {
        let words = sentence.tokens
        return words.indices.contains { i in
            exchangeWords.contains(words[i]) || (words[i].is("returned") && i + 1 < words.count && words[i + 1].is("fire"))
        }
    }

    /// Words after "since" that make a sentence a war-wide tally: "since the start of the war", "since the uprising began".
    static let historyAfterSince: Vocabulary = [
        "start", "beginning", "outbreak", "war", "conflict", "uprising", "revolution", "crisis", "began", "started", "onset",
    ]
    /// Prepositions that date a sentence by a year: "in 1982", "during 2013".
    static let yearPrepositions: Vocabulary = ["in", "during", "since", "of", "from", "until"]

    /// True when a sentence tells history rather than news: a tally since the war began ("more
    /// than 220,000 people have been killed since 2011"), or events of an earlier year ("in 1982").
    static func isBackground(_ sentence: TokenizedSentence, published: Day?) -> Bool {
        let words = sentence.tokens
        for i in words.indices {
            if words[i].is("since") {
                for k in (i + 1)..<min(words.count, i + 4) {
                    if historyAfterSince.contains(words[k]) { return true }
                    if let year = Int(words[k].lower), (1900...2100).contains(year) { return true }
                }
            }
            if i > 0, yearPrepositions.contains(words[i - 1]), let year = Int(words[i].lower), (1900...2100).contains(year),
               let published, year < published.year {
                return true
            }
        }
        return false
    }

    /// True when a sentence dates itself by an event already described: "during the fighting", "amid the clashes".
    static func timeOfEarlierEvent(in sentence: TokenizedSentence) -> Bool {
        let words = sentence.tokens
        return words.indices.dropLast(2).contains { i in
            (words[i].is("during") || words[i].is("amid") || words[i].is("amidst")) && words[i + 1].is("the") && anaphors.contains(words[i + 2])
        }
    }

    /// The countries a sentence sets events in: "in Syria", "in neighbouring Lebanon".
    func sceneCountries(_ mentions: [LocalMention], in sentence: TokenizedSentence) -> Set<String> {
        var countries = Set<String>()
        for item in mentions where PlaceContext.isCountry(item.mention) {
            guard let word = sentence.words((item.range.lowerBound - 2)..<item.range.lowerBound).last,
                  Self.sceneWords.contains(word) else { continue }
            countries.formUnion(item.mention.countryCodes)
        }
        return countries
    }

    /// An event named without a place, waiting for the next sentence to place it.
    private struct Fragment {
        var candidate: EventCandidate
        var sentenceIndex: Int
        var hasOwnDate: Bool
    }

    /// The events of one sentence: one per clause that holds a real cue.
    /// - Parameter sentenceCues: the sentence's cues, `EventCues.cues(in:)`; its clauses must be segmented when there are any.
    /// - Parameter airborneEarlier: the report has already coded an air strike.
    func events(in sentence: TokenizedSentence, cues sentenceCues: [EventCue], mentions: [LocalMention], actors found: [ActorMention],
                dates: [DateExpression], fallback: ResolvedDate?, airborneEarlier: Bool = false) -> [EventCandidate] {
        let airborne = speaksOfTheAir(sentence, actors: found)
        let cues = sentenceCues.compactMap { cue -> EventCue? in
            let type = cue.subEventType.eventType
            guard type.isViolent || (includeStrategic && type == .strategicDevelopments) else { return nil }
            guard !EventCues.isIrrealis(cue, in: sentence), !cue.needsAttackVerb || EventCues.hasAttackVerb(cue, in: sentence) else { return nil }
            // "The wounded were taken to hospital": a participle after "the" names people, not an event.
            if cue.isFallback, sentence.tokens[safe: cue.tokenRange.lowerBound - 1]?.is("the") == true { return nil }
            // "seized the town of X": taking ground only with a place right after.
            if cue.needsPlaceAfter, !mentions.contains(where: { mention in
                mention.range.lowerBound >= cue.tokenRange.upperBound
                    && sentence.words(cue.tokenRange.upperBound..<mention.range.lowerBound).allSatisfy { Self.placeIntroductions.contains($0) }
            }) {
                return nil
            }
            var read = cue
            // In a report of air strikes, "the bombing" and "a raid" are more of them.
            if let alternative = cue.alternative, !airborne, !airborneEarlier { read.subEventType = alternative }
            // "Exchanged artillery fire", "returned fire with mortars": both sides fired, an armed clash.
            if read.subEventType == .shellingArtilleryMissileAttack, Self.tellsOfAnExchangeOfFire(sentence) { read.subEventType = .armedClash }
            return read
        }
        guard !cues.isEmpty else { return [] }
        // The most specific cue of each clause names its event; a violent one wins over a strategic one.
        var byClause: [Int: EventCue] = [:]
        for cue in cues {
            let clause = sentence.clauseOf[cue.tokenRange.lowerBound]
            if let held = byClause[clause], rank(held) >= rank(cue) { continue }
            byClause[clause] = cue
        }
        let blocked = found.map { sentence.tokenRange(of: $0.span) } + cues.map(\.tokenRange)
        let scenes = mentions.filter { item in
            PlaceContext.couldBeScene(item, in: sentence) && !blocked.contains { $0.overlaps(item.range) }
        }
        let words = sentence.tokens
        let fatalities = FatalityParser.fatalities(in: words)
        let speaker = self.speaker(in: sentence, actors: found)
        var events: [EventCandidate] = []
        for clause in byClause.keys.sorted() {
            guard let cue = byClause[clause] else { continue }
            // Places are read against the clause's first cue: "stormed Palmyra and shot dead nine villagers".
            let first = cues.filter { sentence.clauseOf[$0.tokenRange.lowerBound] == clause }.map(\.tokenRange)
                .min { $0.lowerBound < $1.lowerBound } ?? cue.tokenRange
            // "captured the village of X" takes only the place it names after it.
            var locations = link(first, clause: clause, scenes: scenes, in: sentence, onlyAfter: cue.needsPlaceAfter)
            // "Pro-government forces tried to storm farmland near Douma, setting off hours of fighting
            // with Jaish al-Islam": a participle clause with no place continues the clause before it.
            var host = locations.isEmpty ? participleHost(of: clause, cued: byClause, in: sentence) : nil
            if let host { locations = link(first, clause: host, scenes: scenes, in: sentence) }
            // "four airstrikes that hit the X area": a relative clause right after the cue tells where it struck.
            if host == nil, let relative = cues.lazy.compactMap({ self.relativeClause(after: $0, in: clause, cued: byClause, sentence: sentence) }).first {
                locations += link(first, clause: relative, scenes: scenes, in: sentence, onlyAfter: cue.needsPlaceAfter)
                host = relative
            }
            var (actor1, actor2) = parties(of: cue, clause: clause, host: host, actors: found, speaker: speaker, in: sentence)
            // "The Russian Defence Ministry said 20 air strikes were carried out": a state speaking of
            // remote strikes with no other author speaks of its own.
            if actor1 == nil, let speaker, ["state", "external", "intervention"].contains(speaker.kind), speaker.name != actor2,
               cue.subEventType == .airDroneStrike || cue.subEventType == .shellingArtilleryMissileAttack {
                actor1 = speaker.name
            }
            var type = cue.subEventType
            let targetsCivilians = found.contains { $0.kind == "civilians" && actorClause($0, sentence) == clause && $0.name == actor2 }
            if targetsCivilians, type == .armedClash { type = .attack }
            // ACLED's attack is on the unarmed: shooting at soldiers or fighters is an armed clash.
            let targetsArmed = found.contains { Self.armedKinds.contains($0.kind) && actorClause($0, sentence) == clause && $0.name == actor2 }
            if targetsArmed, type == .attack { type = .armedClash }
            let date = dates.first { sentence.clauseOf[$0.tokenIndex] == clause }?.date ?? dates.first?.date ?? fallback
            let speakerIsParty = speaker.map { $0.kind != "civilians" && ($0.name == actor1 || $0.name == actor2) } ?? false
            // An assassination with no toll stated killed its one target.
            let toll = fatalities ?? (Self.singleKillings.contains(cue.phrase) ? 1 : nil)
            events.append(EventCandidate(
                subEventType: type, actor1: actor1, actor2: actor2, date: date, fatalities: toll,
                certainty: CertaintyClassifier.certainty(words: words, speakerIsParty: speakerIsParty),
                sentence: sentence.sentence, locations: locations, cue: cue.phrase,
                refersBack: Self.anaphors.contains(cue.phrase) && sentence.words((cue.tokenRange.lowerBound - 1)..<cue.tokenRange.lowerBound).are("the")))
        }
        return Self.foldingTerritoryIntoPlacedEvents(events)
    }

    /// "Clashes took place in X, with the former camp overtaking the area": a placeless clause
    /// that takes ground tells the outcome of the placed event before it, which becomes the taking of ground.
    static func foldingTerritoryIntoPlacedEvents(_ events: [EventCandidate]) -> [EventCandidate] {
        var result: [EventCandidate] = []
        for event in events {
            if let host = result.lastIndex(where: { !$0.locations.isEmpty }), result[host].takeOutcome(event) { continue }
            result.append(event)
        }
        return result
    }

    /// The clause a participle clause continues: the one right before it, when that one names no
    /// event of its own and `clause` opens with an -ing word (", setting off", ", battling").
    private func participleHost(of clause: Int, cued: [Int: EventCue], in sentence: TokenizedSentence) -> Int? {
        guard clause > 0, cued[clause - 1] == nil, let opener = sentence.clauseOf.firstIndex(of: clause),
              opener > 0, sentence.gaps[opener].hasComma, sentence.tokens[opener].endsInIng else { return nil }
        return clause - 1
    }

    /// Relative pronouns that continue a cue noun: "airstrikes that hit", "shelling, which targeted".
    static let relativesAfterCue: Vocabulary = ["that", "which"]

    /// The relative clause that opens right after `cue`, a cue of `clause` ("four airstrikes that hit
    /// the X area", "shelling, which targeted Y"), when it names no event of its own.
    private func relativeClause(after cue: EventCue, in clause: Int, cued: [Int: EventCue], sentence: TokenizedSentence) -> Int? {
        let next = cue.tokenRange.upperBound
        guard sentence.clauseOf[cue.tokenRange.lowerBound] == clause else { return nil }
        guard next < sentence.tokens.count, Self.relativesAfterCue.contains(sentence.tokens[next]) else { return nil }
        let relative = sentence.clauseOf[next]
        return relative != clause && cued[relative] == nil ? relative : nil
    }

    private func rank(_ cue: EventCue) -> Int {
        (cue.subEventType.eventType.isViolent ? 10 : 0) + (cue.isFallback ? 0 : EventCues.specificity(cue.subEventType))
    }

    /// True when the sentence speaks of aircraft ("warplanes", "air") or names a force that
    /// flies over other countries (the coalition, a foreign air force).
    func speaksOfTheAir(_ sentence: TokenizedSentence, actors found: [ActorMention]) -> Bool {
        sentence.tokens.contains(where: EventCues.airWords.contains) || found.contains { $0.kind == "external" || $0.kind == "intervention" }
    }

    private func actorClause(_ actor: ActorMention, _ sentence: TokenizedSentence) -> Int {
        let range = sentence.tokenRange(of: actor.span)
        return range.isEmpty ? -1 : sentence.clauseOf[range.lowerBound]
    }

    /// The places of the cue's clause that the event happened at, in order.
    ///
    /// A place after the cue belongs to it ("strikes hit the towns of Rastan and Talbisa"). A place
    /// before it belongs only after a locative ("In Idlib, shelling ...") or as the subject of a
    /// passive ("Rastan was shelled"). A place given only as a landmark for a named town
    /// ("the outskirts of Homs in the towns of ...", "Chtoura near the border") is left out.
    func link(_ cue: Range<Int>, clause: Int, scenes: [LocalMention], in sentence: TokenizedSentence, onlyAfter: Bool = false) -> [EventLocation] {
        var linked: [(LocalMention, EventLocation.Scope)] = []
        for item in scenes where sentence.clauseOf[item.range.lowerBound] == clause {
            if item.range.lowerBound >= cue.upperBound {
                guard item.range.lowerBound - cue.upperBound <= 30 else { continue }
            } else {
                guard !onlyAfter else { continue }
                let distance = cue.lowerBound - item.range.upperBound
                guard distance <= 10 else { continue }
                let before = sentence.words((item.range.lowerBound - 3)..<item.range.lowerBound)
                let after = sentence.words(item.range.upperBound..<(item.range.upperBound + 3))
                let passiveSubject = after.contains(where: Self.passiveAuxiliaries.contains)
                guard before.contains(where: Self.locatives.contains) || passiveSubject else { continue }
            }
            linked.append((item, PlaceContext.scope(of: item, in: sentence)))
        }
        // "the central province of Homs and Idlib", "Homs and Idlib provinces": a province scope
        // spreads along a coordination.
        for index in linked.indices.dropLast() {
            let (a, b) = (linked[index], linked[index + 1])
            let between = sentence.words(a.0.range.upperBound..<b.0.range.lowerBound)
            guard between.allSatisfy({ $0.is("and") || $0.is("or") }) else { continue }
            if a.1 == .province, b.1 == .place { linked[index + 1].1 = .province }
            if b.1 == .province, a.1 == .place, sentence.words(b.0.range.upperBound..<(b.0.range.upperBound + 1)).are("provinces") {
                linked[index].1 = .province
            }
        }
        return linked.map { item in
            // A place "near" a named town within a few words of it, or "north of X" right after
            // another place ("the outskirts of Tafas, northwest of Daraa"), is a landmark.
            let start = item.0.range.lowerBound
            let landmark = item.1 == .near && linked.contains { other in
                let gap = start - other.0.range.lowerBound
                return (other.1 == .place && abs(gap) <= 8) || (gap > 0 && gap <= 8)
            }
            return EventLocation(mention: item.0.mention, scope: item.1, isLandmark: landmark)
        }
    }

    /// The actor who acted and the actor acted upon, from the cue's clause.
    ///
    /// The acting side is the last actor before the cue ("Russian warplanes bombed", "regime
    /// shelling"), or the agent after "by" ("an attack led by Iran-backed fighters"); the target
    /// is the first other actor after the cue ("targeted the Fatah Army", "clashes with IS").
    func parties(of cue: EventCue, clause: Int, host: Int? = nil, actors found: [ActorMention], speaker: ActorMention?,
                 in sentence: TokenizedSentence) -> (String?, String?) {
        let inClause = found.filter { actorClause($0, sentence) == clause || (host != nil && actorClause($0, sentence) == host) }
        // An actor alias may hold the cue itself ("Russian airstrikes"): it starts before the cue.
        let ahead = inClause.filter { $0.span.start < cue.span.start && $0.kind != "civilians" }
        // "Two soldiers were shot dead": the subject of such a passive is the victim, never the acting side.
        let victims = cue.subEventType == .armedClash ? [] : inClause.filter { actor in
            actor.span.start < cue.span.start && Self.isPassiveSubject(sentence.tokenRange(of: actor.span), in: sentence)
        }
        // "Pro-Hadi forces, with air support from the coalition, took control": a supporter neither acts nor is acted upon.
        let before = ahead.filter { actor in
            let range = sentence.tokenRange(of: actor.span)
            return !victims.contains { $0.span == actor.span }
                && !sentence.words((range.lowerBound - 3)..<range.lowerBound).contains(where: { Self.supportMarkers.contains($0) })
        }
        // "..., Ahrar al-Sham said": the source of the statement is not the target of the event.
        let after = inClause.filter { $0.span.start >= cue.span.end && $0.span != speaker?.span }
        // "clashes between ISIS and the Free Syrian Army": the two sides follow "between".
        if before.isEmpty, let between = sentence.tokens.indices.first(where: { i in
            i >= cue.tokenRange.upperBound && sentence.clauseOf[i] == clause && sentence.tokens[i].is("between")
        }) {
            let sides = after.filter { $0.span.start >= sentence.tokens[between].span.end }
            if sides.count >= 2 { return (sides[0].name, sides.first { $0.name != sides[0].name }?.name) }
        }
        // "Houthi forces killed six pro-government fighters during clashes": an actor right after a
        // verb or preposition of the clause is acted upon, not acting.
        let objects = before.filter { actor in
            let range = sentence.tokenRange(of: actor.span)
            return sentence.words((range.lowerBound - 3)..<range.lowerBound).contains(where: { Self.objectMarkers.contains($0) })
        }
        let subjects = objects.isEmpty ? before : before.filter { actor in !objects.contains { $0.span == actor.span } }
        let leading = subjects.isEmpty ? before : subjects
        var actor1 = leading.last?.name
        // "Syrian army units and allied Iran-backed militias fought": the first side of a pairing leads.
        if leading.count >= 2 {
            let (lead, ally) = (sentence.tokenRange(of: leading[leading.count - 2].span), sentence.tokenRange(of: leading[leading.count - 1].span))
            let between = sentence.words(lead.upperBound..<ally.lowerBound)
            if between.count <= 3, between.contains("and"), leading[leading.count - 2].span != speaker?.span {
                actor1 = leading[leading.count - 2].name
            }
        }
        let speakerActs = speaker != nil && leading.last?.span == speaker?.span
        var agentName: String?
        for actor in after {
            let range = sentence.tokenRange(of: actor.span)
            // "shelling by rebels", "an attack led by Iran-backed fighters", but not "a checkpoint run by the FSA".
            let gap = range.lowerBound - cue.tokenRange.upperBound
            guard gap <= 6 else { break }
            let before = sentence.words((range.lowerBound - 2)..<range.lowerBound)
            if gap <= 3, before.contains("by") { agentName = actor.name; break }
            // "wounded by gunfire from an army post": the source of the fire the cue was dealt by.
            if before.contains("from"), sentence.words(cue.tokenRange.upperBound..<range.lowerBound).contains("by") {
                agentName = actor.name
                break
            }
        }
        // "The Army of Islam said its fighters beat back an attack by regime forces": the agent
        // acted, and the speaking group, a party, was the one attacked.
        if let agentName, actor1 == nil || speakerActs {
            let target = after.first { $0.name != agentName }?.name ?? victims.first { $0.name != agentName }?.name
            let speakerName = speaker?.kind != "civilians" ? speaker?.name : nil
            return (agentName, target ?? (speakerName == agentName ? nil : speakerName))
        }
        let actor2 = after.first { $0.name != actor1 && $0.name != agentName }?.name
            ?? objects.first { $0.name != actor1 && !subjects.isEmpty }?.name ?? victims.first { $0.name != actor1 }?.name
        return (actor1, actor2)
    }

    /// Auxiliaries of a passive: "were shot", "was abducted", "have been killed".
    static let passiveMarkers: Vocabulary = ["was", "were", "been", "being", "got"]
    /// Participles that make the subject of a passive its victim: "two soldiers were shot dead".
    static let victimParticiples: Vocabulary = [
        "killed", "shot", "wounded", "injured", "targeted", "attacked", "ambushed", "abducted", "kidnapped", "executed", "hit",
        "struck", "gunned", "arrested", "detained", "shelled", "bombed", "stabbed", "assassinated", "murdered", "beheaded", "tortured",
    ]

    /// True when the actor at `range` is the subject of a passive that makes it the victim: an
    /// auxiliary and a victim participle follow it within four words ("soldiers were shot dead",
    /// "a Houthi leader was reportedly killed").
    static func isPassiveSubject(_ range: Range<Int>, in sentence: TokenizedSentence) -> Bool {
        let after = sentence.words(range.upperBound..<(range.upperBound + 4))
        guard let auxiliary = after.firstIndex(where: passiveMarkers.contains) else { return false }
        return after[(auxiliary + 1)...].prefix(2).contains(where: victimParticiples.contains)
    }

    /// The actor that a sentence's statement comes from: "the Russian Defence Ministry said ...".
    func speaker(in sentence: TokenizedSentence, actors found: [ActorMention]) -> ActorMention? {
        guard let verb = sentence.tokens.firstIndex(where: Self.reportingVerbs.contains) else { return nil }
        return found.last { actor in
            let range = sentence.tokenRange(of: actor.span)
            return range.upperBound <= verb && verb - range.upperBound <= 1
        }
    }
}

extension EventCandidate {
    /// Takes the toll of a following sentence that refers back to this event ("The blast killed
    /// three people") or names no place of its own ("Six were killed."); true when it did. Only a
    /// single-place event without a toll of its own takes one.
    mutating func takeToll(from next: TokenizedSentence, namesNoPlace: Bool = false) -> Bool {
        let words = next.tokens
        guard fatalities == nil, locations.count == 1, sentence.paragraph == next.sentence.paragraph,
              namesNoPlace || words.contains(where: IncidentExtractor.anaphors.contains),
              let toll = FatalityParser.fatalities(in: words) else {
            return false
        }
        fatalities = toll
        sentence = sentence.joined(with: next.sentence)
        return true
    }

    /// Takes from an unplaced mention of the same event what this one lacks: toll, actors, date.
    mutating func absorb(_ fragment: EventCandidate, preferItsDate: Bool) {
        let contributes = (fatalities == nil && fragment.fatalities != nil) || (actor1 == nil && fragment.actor1 != nil)
            || (actor2 == nil && fragment.actor2 != nil)
        guard contributes else { return }
        if fatalities == nil { fatalities = fragment.fatalities }
        if actor1 == nil { actor1 = fragment.actor1 }
        if actor2 == nil { actor2 = fragment.actor2 == actor1 ? nil : fragment.actor2 }
        if preferItsDate, let date = fragment.date { self.date = date }
        sentence = fragment.sentence.joined(with: sentence)
    }
}

extension Sentence {
    /// This sentence and a later one as one piece of evidence spanning both.
    func joined(with later: Sentence) -> Sentence {
        Sentence(text: text + " " + later.text, span: TextSpan(start: min(span.start, later.span.start), end: max(span.end, later.span.end)),
                 paragraph: paragraph)
    }
}
