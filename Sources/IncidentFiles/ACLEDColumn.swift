import GeoModel

/// The columns of an ACLED-style CSV that incidentmap reads, by ACLED's names (lower case).
/// The same names are the property keys of a GeoJSON Point feature from elsewhere.
///
/// A column that holds a field of the incident record takes its name from `IncidentField`, the
/// one schema; the others are ACLED's own (`event_id_cnty`, `iso3`, `iso`) or the CSV writer's
/// flattening of `sources` (`source`, `source_id`, `source_url`, `source_date`).
enum ACLEDColumn: Int, CaseIterable {
    case eventIDCountry, id, eventDate, timePrecision, eventType, subEventType, actor1, actor2, location, mention, placeID
    case latitude, longitude, geoPrecision, admin1, admin1Code, admin2, country, iso3, iso, fatalities, certainty, notes
    case source, sourceID, sourceURL, sourceDate

    /// The record's field this column holds, or nil for a column of ACLED's own.
    var field: IncidentField? {
        switch self {
        case .id: .id
        case .eventDate: .eventDate
        case .timePrecision: .timePrecision
        case .eventType: .eventType
        case .subEventType: .subEventType
        case .actor1: .actor1
        case .actor2: .actor2
        case .location: .location
        case .mention: .mention
        case .placeID: .placeID
        case .latitude: .latitude
        case .longitude: .longitude
        case .geoPrecision: .geoPrecision
        case .admin1: .admin1
        case .admin1Code: .admin1Code
        case .admin2: .admin2
        case .country: .country
        case .fatalities: .fatalities
        case .certainty: .certainty
        case .notes: .notes
        case .eventIDCountry, .iso3, .iso, .source, .sourceID, .sourceURL, .sourceDate: nil
        }
    }

    /// The header name.
    var name: String {
        if let field { return field.rawValue }
        switch self {
        case .eventIDCountry: return "event_id_cnty"
        case .iso3: return "iso3"
        case .iso: return "iso"
        case .source: return "source"
        case .sourceID: return "source_id"
        case .sourceURL: return "source_url"
        case .sourceDate: return "source_date"
        default: preconditionFailure("\(self) holds a field of the record")
        }
    }
}
