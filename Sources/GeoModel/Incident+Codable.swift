/// The JSON form of an incident: SPEC.md's field names, in SPEC.md's order.
extension Incident: Codable {
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case id
        case eventDate = "event_date"
        case timePrecision = "time_precision"
        case eventType = "event_type"
        case subEventType = "sub_event_type"
        case actor1, actor2, location, mention
        case placeID = "place_id"
        case latitude, longitude
        case geoPrecision = "geo_precision"
        case admin1
        case admin1Code = "admin1_code"
        case admin2
        case country, fatalities, certainty, notes, sources
    }

    /// Decodes the record's fields into an `IncidentDraft` and checks them with `init(validating:)`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        var draft = IncidentDraft()
        draft.id = try c.decode(String.self, forKey: .id)
        if let text = try c.decodeIfPresent(String.self, forKey: .eventDate) {
            do { draft.eventDate = try Day(parsing: text) } catch {
                throw DecodingError.dataCorruptedError(forKey: .eventDate, in: c, debugDescription: "\(error)")
            }
        }
        draft.timePrecision = try c.decode(Int.self, forKey: .timePrecision)
        draft.eventType = try c.decodeIfPresent(String.self, forKey: .eventType)
        draft.subEventType = try c.decode(String.self, forKey: .subEventType)
        draft.actor1 = try c.decodeIfPresent(String.self, forKey: .actor1)
        draft.actor2 = try c.decodeIfPresent(String.self, forKey: .actor2)
        draft.location = try c.decode(String.self, forKey: .location)
        draft.mention = try c.decodeIfPresent(String.self, forKey: .mention) ?? ""
        draft.placeID = try c.decodeIfPresent(String.self, forKey: .placeID) ?? ""
        draft.latitude = try c.decode(Double.self, forKey: .latitude)
        draft.longitude = try c.decode(Double.self, forKey: .longitude)
        draft.geoPrecision = try c.decode(Int.self, forKey: .geoPrecision)
        draft.admin1 = try c.decodeIfPresent(String.self, forKey: .admin1)
        draft.admin1Code = try c.decodeIfPresent(String.self, forKey: .admin1Code)
        draft.admin2 = try c.decodeIfPresent(String.self, forKey: .admin2)
        draft.country = try c.decode(String.self, forKey: .country)
        draft.fatalities = try c.decodeIfPresent(Int.self, forKey: .fatalities)
        draft.certainty = try c.decodeIfPresent(String.self, forKey: .certainty)
        draft.notes = try c.decodeIfPresent(String.self, forKey: .notes) ?? ""
        draft.sources = try c.decodeIfPresent([IncidentSource].self, forKey: .sources) ?? []
        do { try self.init(validating: draft) } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: c.codingPath, debugDescription: error.description))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        let position = coordinate.rounded(toDecimals: 6)
        try c.encode(id, forKey: .id)
        try c.encode(eventDate?.description, forKey: .eventDate)
        try c.encode(timePrecision.rawValue, forKey: .timePrecision)
        try c.encode(eventType.rawValue, forKey: .eventType)
        try c.encode(subEventType.rawValue, forKey: .subEventType)
        try c.encode(actor1, forKey: .actor1)
        try c.encode(actor2, forKey: .actor2)
        try c.encode(location, forKey: .location)
        try c.encode(mention, forKey: .mention)
        try c.encode(placeID, forKey: .placeID)
        try c.encode(position.latitude, forKey: .latitude)
        try c.encode(position.longitude, forKey: .longitude)
        try c.encode(geoPrecision.rawValue, forKey: .geoPrecision)
        try c.encode(admin1, forKey: .admin1)
        try c.encode(admin1Code, forKey: .admin1Code)
        try c.encode(admin2, forKey: .admin2)
        try c.encode(country, forKey: .country)
        try c.encode(fatalities, forKey: .fatalities)
        try c.encode(certainty.rawValue, forKey: .certainty)
        try c.encode(notes, forKey: .notes)
        try c.encode(sources, forKey: .sources)
    }
}
