import GazetteerKit
import GeoModel

/// Where an event candidate happened, as written: a place mention and how wide it is meant.
public struct EventLocation: Sendable, Hashable {
    public enum Scope: Sendable, Hashable {
        /// The place itself ("the town of Rastan").
        case place
        /// Somewhere near or around the place ("around Palmyra", "the outskirts of Homs").
        case near
        /// The province named ("the central province of Homs", "Idlib province").
        case province
    }

    public var mention: PlaceMention
    public var scope: Scope
    /// True for a place given as a landmark for another place of the clause ("Chtoura near the
    /// border", "the airport, 20km from Latakia"): it is the scene only when the other is not placed.
    public var isLandmark: Bool

    public init(mention: PlaceMention, scope: Scope, isLandmark: Bool = false) {
        self.mention = mention
        self.scope = scope
        self.isLandmark = isLandmark
    }
}

/// One coded event before geocoding: what, who, when, how many, how sure, and the places
/// it is linked to in its clause.
public struct EventCandidate: Sendable, Hashable {
    public var subEventType: SubEventType
    public var actor1: String?
    public var actor2: String?
    public var date: ResolvedDate?
    public var fatalities: Int?
    public var certainty: Certainty
    /// The evidence: the sentence, or the sentences when a neighbouring one supplied the toll or actors.
    public var sentence: Sentence
    public var locations: [EventLocation]
    /// The cue phrase that named the event, for explanations.
    public var cue: String
    /// True when the cue points back with a definite article ("The bombing in southern Idlib
    /// comes as ..."): it names an event the report may already have described.
    var refersBack = false

    /// Takes `other` as this clash's outcome when `other` is ground taken with no place of its own
    /// ("… with the former camp overtaking the area"): this becomes the taking of ground.
    /// - Returns: true when it did, and `other` is then no event of its own.
    mutating func takeOutcome(_ other: EventCandidate) -> Bool {
        guard subEventType == .armedClash, other.subEventType == .nonStateActorOvertakesTerritory, other.locations.isEmpty else {
            return false
        }
        subEventType = other.subEventType
        if actor1 == nil { actor1 = other.actor1 }
        return true
    }
}

/// What extraction finds in one report: the event candidates, and the countries where the report
/// places its events ("in Syria", "in neighbouring Lebanon"), used to keep a stray reading of a
/// name in another country from becoming an incident.
public struct ReportExtraction: Sendable {
    public var candidates: [EventCandidate]
    /// ISO codes; empty when the report names no country as a scene.
    public var theatre: Set<String>
    /// The countries the report's local actors fight in ("Houthi forces": Yemen): where its
    /// events are set when it names no country.
    public var actorCountries: Set<String> = []

    /// The countries the report's events are set in: those it names as scenes, else its actors'.
    public var settings: Set<String> { theatre.isEmpty ? actorCountries : theatre }
}
