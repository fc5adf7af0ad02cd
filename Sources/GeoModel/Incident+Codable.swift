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

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let subType = try c.decode(String.self, forKey: .subEventType)
        guard let subEventType = SubEventType(rawValue: subType) else {
            throw DecodingError.dataCorruptedError(forKey: .subEventType, in: c,
                                                   debugDescription: GeoModelError.unknownSubEventType(subType).description)
        }
        if let type = try c.decodeIfPresent(String.self, forKey: .eventType), type != subEventType.eventType.rawValue {
            throw DecodingError.dataCorruptedError(forKey: .eventType, in: c,
                                                   debugDescription: "event type '\(type)' does not hold sub-event type '\(subType)'")
        }
        func precision<P: RawRepresentable<Int>>(_ key: CodingKeys, _: P.Type) throws -> P {
            let raw = try c.decode(Int.self, forKey: key)
            guard let value = P(rawValue: raw) else {
                throw DecodingError.dataCorruptedError(forKey: key, in: c,
                                                       debugDescription: GeoModelError.invalidPrecision(raw).description)
            }
            return value
        }
        let certaintyText = try c.decodeIfPresent(String.self, forKey: .certainty) ?? "reported"
        guard let certainty = Certainty(rawValue: certaintyText) else {
            throw DecodingError.dataCorruptedError(forKey: .certainty, in: c,
                                                   debugDescription: GeoModelError.unknownCertainty(certaintyText).description)
        }
        do {
            self.init(
                id: try c.decode(String.self, forKey: .id),
                eventDate: try c.decodeIfPresent(String.self, forKey: .eventDate).map(Day.init(parsing:)),
                timePrecision: try precision(.timePrecision, TimePrecision.self),
                subEventType: subEventType,
                actor1: try c.decodeIfPresent(String.self, forKey: .actor1),
                actor2: try c.decodeIfPresent(String.self, forKey: .actor2),
                location: try c.decode(String.self, forKey: .location),
                mention: try c.decodeIfPresent(String.self, forKey: .mention) ?? "",
                placeID: try c.decodeIfPresent(String.self, forKey: .placeID) ?? "",
                coordinate: try Coordinate(latitude: c.decode(Double.self, forKey: .latitude),
                                           longitude: c.decode(Double.self, forKey: .longitude)),
                geoPrecision: try precision(.geoPrecision, GeoPrecision.self),
                admin1: try c.decodeIfPresent(String.self, forKey: .admin1),
                admin1Code: try c.decodeIfPresent(String.self, forKey: .admin1Code),
                country: try c.decode(String.self, forKey: .country),
                fatalities: try c.decodeIfPresent(Int.self, forKey: .fatalities),
                certainty: certainty,
                notes: try c.decodeIfPresent(String.self, forKey: .notes) ?? "",
                sources: try c.decodeIfPresent([IncidentSource].self, forKey: .sources) ?? []
            )
            admin2 = try c.decodeIfPresent(String.self, forKey: .admin2)
        } catch let error as GeoModelError {
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
