import Foundation
import GeoModel

extension PlaceMentionRecord: Encodable {
    /// The field names of `incidentmap places`, in the order they are written.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case docID = "doc_id", mention, start, end, kind, location, placeID = "place_id", featureCode = "feature_code"
        case placeType = "place_type", latitude, longitude, admin1, admin1Code = "admin1_code", country
        case geoPrecision = "geo_precision", confidence, role
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        let position = place.coordinate.rounded(toDecimals: 6)
        try c.encode(docID, forKey: .docID)
        try c.encode(mention, forKey: .mention)
        try c.encode(span.start, forKey: .start)
        try c.encode(span.end, forKey: .end)
        try c.encode(kind, forKey: .kind)
        try c.encode(place.name, forKey: .location)
        try c.encode(place.id, forKey: .placeID)
        try c.encode(place.featureCode, forKey: .featureCode)
        try c.encode(placeType, forKey: .placeType)
        try c.encode(position.latitude, forKey: .latitude)
        try c.encode(position.longitude, forKey: .longitude)
        try c.encode(place.admin1, forKey: .admin1)
        try c.encode(place.admin1Code, forKey: .admin1Code)
        try c.encode(place.country, forKey: .country)
        try c.encode(geoPrecision.rawValue, forKey: .geoPrecision)
        try c.encode(confidence, forKey: .confidence)
        try c.encode(role, forKey: .role)
    }
}
