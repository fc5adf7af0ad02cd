/// A gazetteer entry that a mention resolved to.
public struct Place: Sendable, Hashable {
    /// A stable id such as `geonames:163779`.
    public var id: String
    /// The gazetteer's name of the place.
    public var name: String
    public var coordinate: Coordinate
    /// GeoNames feature class: P populated place, A administrative, S spot, T terrain, H water, L area.
    public var featureClass: String
    /// GeoNames feature code such as PPL, PPLA, ADM1, PCLI, AIRP, MT.
    public var featureCode: String
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
    }

    /// True for a country (PCLI and its kin).
    public var isCountry: Bool { featureClass == "A" && featureCode.hasPrefix("PCL") }
    /// True for a first-level division.
    public var isProvince: Bool { featureClass == "A" && featureCode == "ADM1" }
    /// True for a city, town or village.
    public var isPopulatedPlace: Bool { featureClass == "P" }

    /// ACLED's geo-precision for an event placed at this place itself.
    public var naturalPrecision: GeoPrecision {
        if isPopulatedPlace || featureClass == "S" { return .town }
        if isProvince || isCountry { return .province }
        return .nearTown
    }
}
