import GeoModel

/// Where ACLED puts an event that its sources place only in a division: the provincial capital,
/// at geo-precision 3 (ACLED's codebook). The gazetteer knows a capital by its GeoNames code
/// (PPLA, or PPLC for a capital that is its own province) when a country dump was loaded; the
/// built-in data has no such codes, so there the seat is the town named like its province
/// ("Ta'izz" in Ta'izz governorate), else the province's most populous town.
struct ProvinceSeats: Sendable {
    /// Per first-level code, the town with a seat code and the most populous town, as indices.
    private var seated: [String: Int32] = [:]
    private var populous: [String: Int32] = [:]

    /// One pass over the places, keeping the two front-runners of each province.
    init(places: [Place]) {
        for (index, place) in places.enumerated() where place.isPopulatedPlace {
            guard let code = place.admin1Code else { continue }
            if place.kind == .capitalOrSeat, Self.outranks(place, seated[code].map { places[Int($0)] }) {
                seated[code] = Int32(index)
            }
            if Self.outranks(place, populous[code].map { places[Int($0)] }) { populous[code] = Int32(index) }
        }
    }

    private static func outranks(_ place: Place, _ other: Place?) -> Bool {
        guard let other else { return true }
        return place.population > other.population
    }

    func seatIndex(ofProvince code: String) -> Int32? { seated[code] }
    func mostPopulousIndex(ofProvince code: String) -> Int32? { populous[code] }
}

extension Gazetteer {
    /// The capital of the first-level division with this code, if the gazetteer has a town there.
    public func seat(ofProvince code: String) -> Place? {
        let seats = seatMemo.value(for: 0, stamp: generation) { ProvinceSeats(places: places) }
        if let index = seats.seatIndex(ofProvince: code) { return place(at: Int(index)) }
        if let province = province(code: code) {
            let namesakes = Self.seatNames(of: province.name).flatMap(lookup).map(\.place)
                .filter { $0.isPopulatedPlace && $0.admin1Code == code }
            if let namesake = namesakes.max(by: { $0.population < $1.population }) { return namesake }
        }
        return seats.mostPopulousIndex(ofProvince: code).map { place(at: Int($0)) }
    }

    /// The seat of a district: the most populous town of its province named like it, within 40 km
    /// of the district's point ("Baqim" in Baqim district). ACLED codes an event known only by its
    /// district at the district capital (geo-precision 2); nil when no such town is known.
    public func seat(ofDistrict district: Place) -> Place? {
        guard district.isDistrict, let code = district.admin1Code else { return nil }
        let namesakes = Self.seatNames(of: district.name).flatMap(lookup).map(\.place).filter {
            $0.isPopulatedPlace && $0.admin1Code == code && $0.coordinate.approximateKm(to: district.coordinate) <= 40
        }
        return namesakes.max { $0.population < $1.population }
    }

    /// A province's name, and the name without its division nouns ("Homs Governorate" → "Homs").
    static func seatNames(of provinceName: String) -> [String] {
        let nouns = Set(DivisionNouns.anyDivision + DivisionNouns.provinceInRecognition + DivisionNouns.districtInRecognition)
        let words = provinceName.split(separator: " ")
        let bare = words.filter { !nouns.contains($0.lowercased()) }.joined(separator: " ")
        return bare.isEmpty || bare.count == provinceName.count ? [provinceName] : [provinceName, bare]
    }
}
