/// A gazetteer entry that a mention resolved to.
public struct Place: Sendable, Hashable {
    /// A stable id such as `geonames:163779`.
    public var id: String
    /// The gazetteer's name of the place.
    public var name: String
    public var coordinate: Coordinate
    /// GeoNames feature class: P populated place, A administrative, S spot, T terrain, H water, L area.
    public var featureClass: String {
        didSet { kind = Kind(featureClass: featureClass, featureCode: featureCode) }
    }
    /// GeoNames feature code such as PPL, PPLA, ADM1, PCLI, AIRP, MT.
    public var featureCode: String {
        didSet { kind = Kind(featureClass: featureClass, featureCode: featureCode) }
    }
    /// What the class and code make of the place, read once so that ranking compares no strings.
    public private(set) var kind: Kind
    /// ISO 3166-1 alpha-2.
    public var country: String
    /// GeoNames first-level code such as `SY.11`.
    public var admin1Code: String?
    /// The first-level division's name, such as `Homs`.
    public var admin1: String?
    public var population: Int

    public init(id: String, name: String, coordinate: Coordinate, featureClass: String, featureCode: String,
                country: String, admin1Code: String?, admin1: String?, population: Int) {
        self.id = id
        self.name = name
        self.coordinate = coordinate
        self.featureClass = featureClass
        self.featureCode = featureCode
        self.country = country
        self.admin1Code = admin1Code
        self.admin1 = admin1
        self.population = population
        kind = Kind(featureClass: featureClass, featureCode: featureCode)
    }

    /// The kinds of place the resolver and the layers tell apart.
    public enum Kind: UInt8, Sendable, Hashable {
        /// A country (PCLI and its kin).
        case country
        /// A first-level division (ADM1).
        case province
        /// A city, town or village (class P).
        case populatedPlace
        /// A capital (PPLC) or the seat of a first-level division (PPLA).
        case capitalOrSeat
        /// A spot, terrain, water or area feature (classes S, T, H, L).
        case feature
        /// Anything else, such as a lower division.
        case other

        init(featureClass: String, featureCode: String) {
            switch featureClass {
            case "A": self = featureCode.hasPrefix("PCL") ? .country : featureCode == "ADM1" ? .province : .other
            case "P": self = featureCode == "PPLC" || featureCode == "PPLA" ? .capitalOrSeat : .populatedPlace
            case "S", "T", "H", "L": self = .feature
            default: self = .other
            }
        }
    }

    /// True for a country (PCLI and its kin).
    @inlinable public var isCountry: Bool { kind == .country }
    /// True for a first-level division.
    @inlinable public var isProvince: Bool { kind == .province }
    /// True for a city, town or village.
    @inlinable public var isPopulatedPlace: Bool { kind == .populatedPlace || kind == .capitalOrSeat }

    /// ACLED's geo-precision for an event placed at this place itself.
    public var naturalPrecision: GeoPrecision {
        if isPopulatedPlace || featureClass == "S" { return .town }
        if isProvince || isCountry { return .province }
        return .nearTown
    }
}
