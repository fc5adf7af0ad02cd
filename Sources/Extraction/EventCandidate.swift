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
}

/// One coded event before geocoding: what, who, when, how many, how sure, and the places
/// it is linked to in its sentence.
public struct EventCandidate: Sendable, Hashable {
    public var subEventType: SubEventType
    public var actor1: String?
    public var actor2: String?
    public var date: ResolvedDate?
    public var fatalities: Int?
    public var certainty: Certainty
    public var sentence: Sentence
    public var locations: [EventLocation]
}
