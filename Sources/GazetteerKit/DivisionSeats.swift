import GeoModel

/// Where ACLED puts an event that its sources place only in a division: the provincial capital,
/// at geo-precision 3 (ACLED's codebook). The gazetteer knows a capital by its GeoNames code
/// (PPLA, or PPLC for a capital that is its own province) when a country dump was loaded; the
/// built-in data has no such codes, so there the seat is the town named like its province
/// ("Ta'izz" in Ta'izz governorate), else the province's most populous town.
struct ProvinceSeats: Sendable {
    /// Per first-level code, the town with a seat code and the most populous town, as indices.
    private(set) var seated: [String: Int32] = [:]
    private(set) var populous: [String: Int32] = [:]

    /// The table as a snapshot stored it (see `Gazetteer.restore(snapshot:file:stamp:)`).
    init(seated: [String: Int32], populous: [String: Int32]) {
        self.seated = seated
        self.populous = populous
    }

    /// One pass over the places, keeping the two front-runners of each province. Places come
    /// grouped by province, so the front-runners of the current run are kept aside and looked up
    /// or stored by code only when the code changes (hashing every place's code cost 5 % of a
    /// 1,000-report `extract`).
    init(places: [Place]) {
        typealias Best = (index: Int32, population: Int)
        var seated: [String: Best] = [:], populous: [String: Best] = [:]
        var code = "", seat: Best?, biggest: Best?
        func better(_ a: Best?, _ b: Best?) -> Best? {
            guard let a else { return b }
            guard let b else { return a }
            return b.population > a.population ? b : a
        }
        func flush() {
            guard !code.isEmpty else { return }
            seated[code] = better(seated[code], seat)
            populous[code] = better(populous[code], biggest)
        }
        for index in places.indices where places[index].isPopulatedPlace {
            guard let placeCode = places[index].admin1Code else { continue }
            if placeCode != code {
                flush()
                code = placeCode; seat = nil; biggest = nil
            }
            let candidate: Best = (Int32(index), places[index].population)
            if places[index].kind == .capitalOrSeat { seat = better(seat, candidate) }
            biggest = better(biggest, candidate)
        }
        flush()
        self.seated = seated.mapValues(\.index)
        self.populous = populous.mapValues(\.index)
    }

    func seatIndex(ofProvince code: String) -> Int32? { seated[code] }
    func mostPopulousIndex(ofProvince code: String) -> Int32? { populous[code] }
}

extension Gazetteer {
    /// The provinces' seats: restored with a snapshot, or found in one pass over the places when
    /// first asked for and kept until places or names are added.
    var provinceSeats: ProvinceSeats {
        seatMemo.value(for: 0, stamp: generation) { ProvinceSeats(places: places) }
    }

    /// The capital of the first-level division with this code, if the gazetteer has a town there.
    public func seat(ofProvince code: String) -> Place? {
        let seats = provinceSeats
        if let index = seats.seatIndex(ofProvince: code) { return place(at: Int(index)) }
        if let province = province(code: code), let namesake = biggestNamesake(of: province.name, in: code, where: { _ in true }) {
            return namesake
        }
        return seats.mostPopulousIndex(ofProvince: code).map { place(at: Int($0)) }
    }

    /// The seat of a district: the most populous town of its province named like it, within 40 km
    /// of the district's point ("Baqim" in Baqim district). ACLED codes an event known only by its
    /// district at the district capital (geo-precision 2); nil when no such town is known.
    public func seat(ofDistrict district: Place) -> Place? {
        guard district.isDistrict, let code = district.admin1Code else { return nil }
        return biggestNamesake(of: district.name, in: code) { $0.coordinate.approximateKm(to: district.coordinate) <= 40 }
    }

    /// The most populous town of the province `code` named like a division, with or without its
    /// division nouns, among those `isNear` keeps.
    private func biggestNamesake(of divisionName: String, in code: String, where isNear: (Place) -> Bool) -> Place? {
        Self.seatNames(of: divisionName).flatMap(lookup).map(\.place)
            .filter { $0.isPopulatedPlace && $0.admin1Code == code && isNear($0) }
            .max { $0.population < $1.population }
    }

    /// Every division noun, lowercased: what a seat's name need not repeat.
    private static let divisionNouns = Set(DivisionNouns.anyDivision + DivisionNouns.provinceInRecognition + DivisionNouns.districtInRecognition)

    /// A division's name, and the name without its division nouns ("Homs Governorate" → "Homs").
    static func seatNames(of divisionName: String) -> [String] {
        let bare = divisionName.split(separator: " ").filter { !divisionNouns.contains($0.lowercased()) }.joined(separator: " ")
        return bare.isEmpty || bare.count == divisionName.count ? [divisionName] : [divisionName, bare]
    }
}
