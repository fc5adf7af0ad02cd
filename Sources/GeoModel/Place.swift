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
        /// A second- or third-level division (ADM2, ADM3): a district or subdistrict.
        case district
        /// A city, town or village (class P).
        case populatedPlace
        /// A capital (PPLC) or the seat of a first-level division (PPLA).
        case capitalOrSeat
        /// A spot, terrain, water or area feature (classes S, T, H, L).
        case feature
        /// Anything else, such as a lower division.
        case other

        /// Reads the one-letter class and the code byte by byte: called for every place loaded.
        init(featureClass: String, featureCode: String) {
            var featureClass = featureClass, featureCode = featureCode
            let letter: UInt8 = featureClass.withUTF8 { $0.count == 1 ? $0[0] : 0 }
            self = featureCode.withUTF8 { bytes in
                func code(is text: StaticString) -> Bool {
                    text.withUTF8Buffer { bytes.elementsEqual($0) }
                }
                switch letter {
                case UInt8(ascii: "A"):
                    if bytes.count >= 3, bytes[0] == UInt8(ascii: "P"), bytes[1] == UInt8(ascii: "C"), bytes[2] == UInt8(ascii: "L") { return .country }
                    if code(is: "ADM1") { return .province }
                    return code(is: "ADM2") || code(is: "ADM3") ? .district : .other
                case UInt8(ascii: "P"):
                    return code(is: "PPLC") || code(is: "PPLA") ? .capitalOrSeat : .populatedPlace
                case UInt8(ascii: "S"), UInt8(ascii: "T"), UInt8(ascii: "H"), UInt8(ascii: "L"):
                    return .feature
                default:
                    return .other
                }
            }
        }
    }

    /// True for a country (PCLI and its kin).
    @inlinable public var isCountry: Bool { kind == .country }
    /// True for a first-level division.
    @inlinable public var isProvince: Bool { kind == .province }
    /// True for a district or subdistrict.
    @inlinable public var isDistrict: Bool { kind == .district }
    /// True for a city, town or village.
    @inlinable public var isPopulatedPlace: Bool { kind == .populatedPlace || kind == .capitalOrSeat }

    /// ACLED's geo-precision for an event placed at this place itself.
    public var naturalPrecision: GeoPrecision {
        if isPopulatedPlace || featureClass == "S" { return .town }
        if isProvince || isCountry { return .province }
        return .nearTown
    }
}
