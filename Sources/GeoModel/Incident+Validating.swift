/// An incident's fields as a reader found them, before they are checked: the JSON decoder,
/// the CSV and JSON Lines readers and the store's rows each fill one and hand it to
/// `Incident(validating:)`, so that an incident is checked the same way wherever it comes from.
public struct IncidentDraft: Sendable {
    public var id = ""
    public var eventDate: Day?
    public var timePrecision = TimePrecision.day.rawValue
    /// ACLED's event type as written, or nil when the record leaves it to the sub-type.
    public var eventType: String?
    public var subEventType = ""
    public var actor1: String?
    public var actor2: String?
    public var location = ""
    public var mention = ""
    public var placeID = ""
    public var latitude = Double.nan
    public var longitude = Double.nan
    public var geoPrecision = GeoPrecision.town.rawValue
    public var admin1: String?
    public var admin1Code: String?
    public var admin2: String?
    public var country = ""
    public var fatalities: Int?
    /// As written; nil is `reported`.
    public var certainty: String?
    public var notes = ""
    public var sources: [IncidentSource] = []

    public init() {}
}

extension Incident {
    /// The incident a draft describes, once its fields are checked: a known sub-event type, an
    /// event type (when given) that holds it, precisions of 1, 2 or 3, a known certainty,
    /// fatalities of zero or more and a coordinate in range.
    /// - Throws: `GeoModelError` saying which check failed.
    public init(validating draft: IncidentDraft) throws(GeoModelError) {
        guard let subEventType = SubEventType(rawValue: draft.subEventType) else {
            throw .unknownSubEventType(draft.subEventType)
        }
        if let type = draft.eventType, type != subEventType.eventType.rawValue {
            throw .mismatchedEventType(type, subEventType: draft.subEventType)
        }
        guard let timePrecision = TimePrecision(rawValue: draft.timePrecision) else { throw .invalidPrecision(draft.timePrecision) }
        guard let geoPrecision = GeoPrecision(rawValue: draft.geoPrecision) else { throw .invalidPrecision(draft.geoPrecision) }
        let certaintyText = draft.certainty ?? Certainty.reported.rawValue
        guard let certainty = Certainty(rawValue: certaintyText) else { throw .unknownCertainty(certaintyText) }
        if let fatalities = draft.fatalities, fatalities < 0 { throw .negativeFatalities(fatalities) }
        let coordinate: Coordinate
        do { coordinate = try Coordinate(latitude: draft.latitude, longitude: draft.longitude) } catch {
            throw .coordinateOutOfRange(latitude: draft.latitude, longitude: draft.longitude)
        }
        self.init(id: draft.id, eventDate: draft.eventDate, timePrecision: timePrecision, subEventType: subEventType,
                  actor1: draft.actor1, actor2: draft.actor2, location: draft.location, mention: draft.mention,
                  placeID: draft.placeID, coordinate: coordinate, geoPrecision: geoPrecision, admin1: draft.admin1,
                  admin1Code: draft.admin1Code, country: draft.country, fatalities: draft.fatalities, certainty: certainty,
                  notes: draft.notes, sources: draft.sources)
        admin2 = draft.admin2
    }
}
