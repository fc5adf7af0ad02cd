/// The JSON form of an incident: the fields of `IncidentField`, SPEC.md's names in SPEC.md's order.
extension Incident: Codable {
    public typealias CodingKeys = IncidentField

    /// Decodes each field by its kind into an `IncidentDraft` and checks the draft with
    /// `init(validating:)`. A required field that is missing or null is an error; the others
    /// take the draft's defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: IncidentField.self)
        var draft = IncidentDraft()
        for field in IncidentField.ordered {
            let value: FieldValue
            switch field.kind {
            case .text: value = try c.decodeIfPresent(String.self, forKey: field).map(FieldValue.text) ?? .null
            case .integer: value = try c.decodeIfPresent(Int.self, forKey: field).map(FieldValue.integer) ?? .null
            case .coordinate: value = try c.decodeIfPresent(Double.self, forKey: field).map(FieldValue.coordinate) ?? .null
            case .sources: value = try c.decodeIfPresent([IncidentSource].self, forKey: field).map(FieldValue.sources) ?? .null
            case .day:
                if let text = try c.decodeIfPresent(String.self, forKey: field) {
                    do { value = .day(try Day(parsing: text)) } catch {
                        throw DecodingError.dataCorruptedError(forKey: field, in: c, debugDescription: "\(error)")
                    }
                } else {
                    value = .null
                }
            }
            if field.isRequired, value == .null {
                throw DecodingError.keyNotFound(field, .init(codingPath: c.codingPath,
                                                             debugDescription: "'\(field.rawValue)' is missing or null"))
            }
            draft.set(field, to: value)
        }
        do { try self.init(validating: draft) } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: c.codingPath, debugDescription: error.description))
        }
    }

    /// Encodes every field, null where it has no value; coordinates rounded to 6 decimals.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: IncidentField.self)
        for field in IncidentField.ordered {
            switch field.value(in: self) {
            case let .text(text): try c.encode(text, forKey: field)
            case let .integer(number): try c.encode(number, forKey: field)
            case let .coordinate(degrees): try c.encode(Coordinate.round(degrees, 6), forKey: field)
            case let .day(day): try c.encode(day.description, forKey: field)
            case let .sources(sources): try c.encode(sources, forKey: field)
            case .null: try c.encodeNil(forKey: field)
            }
        }
    }
}
