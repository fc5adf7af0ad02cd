/// One event, as ACLED codes it: one event type at one place on one day between the same actors.
/// See SPEC.md, "The incident record".
public struct Incident: Sendable, Hashable {
    /// Stable: the same input and gazetteer always give the same id.
    public var id: String
    public var eventDate: Day?
    public var timePrecision: TimePrecision
    public var subEventType: SubEventType
    /// The one who acted.
    public var actor1: String?
    /// The target.
    public var actor2: String?
    /// The gazetteer's name of the place.
    public var location: String
    /// The name exactly as written in the report.
    public var mention: String
    /// For example `geonames:163779`.
    public var placeID: String
    public var coordinate: Coordinate
    public var geoPrecision: GeoPrecision
    public var admin1: String?
    public var admin1Code: String?
    /// The district (second- or third-level unit), when the incident is placed at one.
    public var admin2: String?
    /// ISO 3166-1 alpha-2.
    public var country: String
    /// The lowest figure reported, or nil when the report gives none.
    public var fatalities: Int?
    public var certainty: Certainty
    /// The sentence or sentences the incident came from.
    public var notes: String
    /// One entry per report.
    public var sources: [IncidentSource]

    public init(id: String, eventDate: Day?, timePrecision: TimePrecision, subEventType: SubEventType,
                actor1: String?, actor2: String?, location: String, mention: String, placeID: String,
                coordinate: Coordinate, geoPrecision: GeoPrecision, admin1: String?, admin1Code: String?,
                country: String, fatalities: Int?, certainty: Certainty, notes: String, sources: [IncidentSource]) {
        self.id = id
        self.eventDate = eventDate
        self.timePrecision = timePrecision
        self.subEventType = subEventType
        self.actor1 = actor1
        self.actor2 = actor2
        self.location = location
        self.mention = mention
        self.placeID = placeID
        self.coordinate = coordinate
        self.geoPrecision = geoPrecision
        self.admin1 = admin1
        self.admin1Code = admin1Code
        self.country = country
        self.fatalities = fatalities
        self.certainty = certainty
        self.notes = notes
        self.sources = sources
    }

    /// ACLED's event type, derived from the sub-type.
    public var eventType: EventType { subEventType.eventType }
}

/// Where an incident was read: one report and the evidence's code point offsets in its text.
public struct IncidentSource: Sendable, Hashable, Codable {
    public var docID: String
    public var title: String?
    public var url: String?
    /// The report's publication date.
    public var published: Day?
    /// Code point offset of the evidence's first character.
    public var start: Int
    /// Code point offset just past the evidence.
    public var end: Int

    public init(docID: String, title: String?, url: String?, published: Day?, start: Int, end: Int) {
        self.docID = docID
        self.title = title
        self.url = url
        self.published = published
        self.start = start
        self.end = end
    }

    /// A source's JSON keys, in the order they are written.
    public enum CodingKeys: String, CodingKey, CaseIterable, Sendable {
        case docID = "doc_id", title, url, published, start, end
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        docID = try c.decode(String.self, forKey: .docID)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        url = try c.decodeIfPresent(String.self, forKey: .url)
        published = try c.decodeIfPresent(String.self, forKey: .published).map(Day.init(parsing:))
        start = try c.decodeIfPresent(Int.self, forKey: .start) ?? 0
        end = try c.decodeIfPresent(Int.self, forKey: .end) ?? 0
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(docID, forKey: .docID)
        try c.encode(title, forKey: .title)
        try c.encode(url, forKey: .url)
        try c.encode(published?.description, forKey: .published)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
    }
}
