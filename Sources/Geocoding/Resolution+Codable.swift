import Foundation
import GeoModel

extension Resolution {
    /// The JSON line `geocode --format json` prints for `query`, without a newline.
    /// - Throws: `EncodingError` only for a non-finite score, which the resolver never gives.
    public func jsonLine(query: String) throws -> String {
        let line = GeocodeJSON.Line(query: query, place: place.map { GeocodeJSON.PlaceJSON($0, precision: geoPrecision) },
                                    confidence: confidence,
                                    candidates: ranked.map {
                                        GeocodeJSON.CandidateJSON(place: GeocodeJSON.PlaceJSON($0.candidate.place, precision: $0.candidate.place.naturalPrecision),
                                                                  score: $0.score, match: $0.candidate.matchKind.rawValue,
                                                                  matched_name: $0.candidate.matchedName, reasons: $0.reasons)
                                    })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return String(decoding: try encoder.encode(line), as: UTF8.self)
    }
}

/// The JSON line of `geocode --format json`, as SPEC.md fixes it: the query, the chosen place
/// (or null), the confidence and every candidate with its score and reasons. (JSONEncoder on
/// Linux does not keep the order the keys are encoded in; the key order varies between runs.)
private enum GeocodeJSON {
    struct PlaceJSON: Encodable {
        var location: String, place_id: String, latitude: Double, longitude: Double
        var admin1: String?, admin1_code: String?, country: String, feature_code: String, geo_precision: Int

        init(_ place: Place, precision: GeoPrecision) {
            let c = place.coordinate.rounded(toDecimals: 6)
            location = place.name; place_id = place.id; latitude = c.latitude; longitude = c.longitude
            admin1 = place.admin1; admin1_code = place.admin1Code; country = place.country
            feature_code = place.featureCode; geo_precision = precision.rawValue
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(location, forKey: .location); try c.encode(place_id, forKey: .place_id)
            try c.encode(latitude, forKey: .latitude); try c.encode(longitude, forKey: .longitude)
            try c.encode(admin1, forKey: .admin1); try c.encode(admin1_code, forKey: .admin1_code)
            try c.encode(country, forKey: .country); try c.encode(feature_code, forKey: .feature_code)
            try c.encode(geo_precision, forKey: .geo_precision)
        }
        enum CodingKeys: String, CodingKey { case location, place_id, latitude, longitude, admin1, admin1_code, country, feature_code, geo_precision }
    }

    struct CandidateJSON: Encodable {
        var place: PlaceJSON, score: Double, match: String, matched_name: String, reasons: [String]
    }

    struct Line: Encodable {
        var query: String, place: PlaceJSON?, confidence: Double, candidates: [CandidateJSON]
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(query, forKey: .query); try c.encode(place, forKey: .place)
            try c.encode(confidence, forKey: .confidence); try c.encode(candidates, forKey: .candidates)
        }
        enum CodingKeys: String, CodingKey { case query, place, confidence, candidates }
    }
}
