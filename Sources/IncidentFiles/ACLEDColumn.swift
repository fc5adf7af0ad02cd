/// The columns of an ACLED-style CSV that incidentmap reads, by ACLED's names (lower case).
/// The same names are the property keys of a GeoJSON Point feature from elsewhere.
enum ACLEDColumn: Int, CaseIterable {
    case eventIDCountry, id, eventDate, timePrecision, eventType, subEventType, actor1, actor2, location, mention, placeID
    case latitude, longitude, geoPrecision, admin1, admin1Code, admin2, country, iso3, iso, fatalities, certainty, notes
    case source, sourceID, sourceURL, sourceDate

    /// The header name.
    var name: String {
        switch self {
        case .eventIDCountry: "event_id_cnty"
        case .id: "id"
        case .eventDate: "event_date"
        case .timePrecision: "time_precision"
        case .eventType: "event_type"
        case .subEventType: "sub_event_type"
        case .actor1: "actor1"
        case .actor2: "actor2"
        case .location: "location"
        case .mention: "mention"
        case .placeID: "place_id"
        case .latitude: "latitude"
        case .longitude: "longitude"
        case .geoPrecision: "geo_precision"
        case .admin1: "admin1"
        case .admin1Code: "admin1_code"
        case .admin2: "admin2"
        case .country: "country"
        case .iso3: "iso3"
        case .iso: "iso"
        case .fatalities: "fatalities"
        case .certainty: "certainty"
        case .notes: "notes"
        case .source: "source"
        case .sourceID: "source_id"
        case .sourceURL: "source_url"
        case .sourceDate: "source_date"
        }
    }
}
