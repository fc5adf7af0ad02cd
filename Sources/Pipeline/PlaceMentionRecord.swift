import GazetteerKit
import GeoModel

/// One place mention found by `incidentmap places`: where it is in the report, the place it
/// resolved to, and whether an incident was coded at it.
///
/// Offsets are Unicode code points into the report's text, end exclusive.
public struct PlaceMentionRecord: Sendable, Hashable {
    /// What the mention does in its report.
    public enum Role: String, Sendable, Hashable, Codable {
        /// An incident of the report is placed at this mention.
        case event
        /// Any other mention: a venue, a government, a destination, background.
        case context
    }

    /// What kind of place it is, so that a map can leave country-level mentions off.
    public enum PlaceType: String, Sendable, Hashable, Codable {
        case country
        /// A first-level division: a province, state or governorate.
        case admin1
        /// A city, town or village.
        case populatedPlace = "populated_place"
        /// Any other named feature.
        case feature

        /// The type of a gazetteer place.
        public init(_ place: Place) {
            if place.isCountry { self = .country }
            else if place.isProvince { self = .admin1 }
            else if place.isPopulatedPlace { self = .populatedPlace }
            else { self = .feature }
        }
    }

    public var docID: String
    /// The name exactly as written.
    public var mention: String
    public var span: TextSpan
    /// The place it resolved to.
    public var place: Place
    /// ACLED geo-precision: 1 a town, 3 a province or a country.
    public var geoPrecision: GeoPrecision
    /// 0 through 1.
    public var confidence: Double
    public var role: Role
    /// How the place is named: outright, by a demonym, inside an organisation's name, or as a region.
    public var kind: MentionKind

    public init(docID: String, mention: String, span: TextSpan, place: Place, geoPrecision: GeoPrecision,
                confidence: Double, role: Role, kind: MentionKind = .literal) {
        self.kind = kind
        self.docID = docID
        self.mention = mention
        self.span = span
        self.place = place
        self.geoPrecision = geoPrecision
        self.confidence = confidence
        self.role = role
    }

    public var placeType: PlaceType { PlaceType(place) }
}
