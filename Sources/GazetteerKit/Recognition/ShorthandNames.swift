import GeoModel

/// Short forms of country and state names that a gazetteer key cannot match ("U.S.", "UK",
/// "Va.", "B.C."), and the regions larger than a country that news names ("Europe", "the
/// Middle East").
///
/// Written by hand from general knowledge: the AP stylebook's state abbreviations, Canada's
/// traditional province abbreviations, and continent points as GeoNames gives them.
public enum ShorthandNames {
    /// What a short form stands for.
    public enum Target: Sendable, Hashable {
        /// A country, by ISO code.
        case country(String)
        /// A first-level division, by its English name and its country's ISO code.
        case division(name: String, country: String)
        /// A region with no gazetteer row: a point of its own.
        case region(name: String, latitude: Double, longitude: Double)
    }

    /// Short forms written exactly so (case and periods count), each with what it stands for.
    public static let forms: [String: Target] = {
        var forms: [String: Target] = [:]
        for form in ["U.S.", "US", "USA", "U.S.A.", "America", "the States"] { forms[form] = .country("US") }
        for form in ["UK", "U.K.", "Britain", "Great Britain"] { forms[form] = .country("GB") }
        for form in ["UAE", "U.A.E."] { forms[form] = .country("AE") }
        for form in ["DRC", "D.R.C."] { forms[form] = .country("CD") }
        for (form, name) in usStates { forms[form] = .division(name: name, country: "US") }
        for (form, name) in canadianProvinces { forms[form] = .division(name: name, country: "CA") }
        for (name, point) in regions { forms[name] = .region(name: name, latitude: point.0, longitude: point.1) }
        forms["EU"] = .region(name: "European Union", latitude: 48.69096, longitude: 9.14062)
        forms["E.U."] = forms["EU"]
        forms["European Union"] = forms["EU"]
        forms["Mideast"] = forms["Middle East"]
        forms["Persian Gulf"] = forms["Gulf"]
        forms["Arabian Gulf"] = forms["Gulf"]
        return forms
    }()

    /// The longest form, in words.
    public static let maximumWords = 3

    /// Regions written with "the" in English: only then are they regions ("the Gulf", not "Gulf Power").
    public static let needsArticle: Set<String> = ["Gulf", "Middle East", "Balkans", "Caucasus", "Levant", "Sahel", "States"]

    /// AP stylebook abbreviations of US states, and the District of Columbia.
    static let usStates: [(String, String)] = [
        ("Ala.", "Alabama"), ("Ariz.", "Arizona"), ("Ark.", "Arkansas"), ("Calif.", "California"),
        ("Colo.", "Colorado"), ("Conn.", "Connecticut"), ("Del.", "Delaware"), ("Fla.", "Florida"),
        ("Ga.", "Georgia"), ("Ill.", "Illinois"), ("Ind.", "Indiana"), ("Kan.", "Kansas"), ("Kans.", "Kansas"),
        ("Ky.", "Kentucky"), ("La.", "Louisiana"), ("Md.", "Maryland"), ("Mass.", "Massachusetts"),
        ("Mich.", "Michigan"), ("Minn.", "Minnesota"), ("Miss.", "Mississippi"), ("Mo.", "Missouri"),
        ("Mont.", "Montana"), ("Neb.", "Nebraska"), ("Nebr.", "Nebraska"), ("Nev.", "Nevada"),
        ("N.H.", "New Hampshire"), ("N.J.", "New Jersey"), ("N.M.", "New Mexico"), ("N.Y.", "New York"),
        ("N.C.", "North Carolina"), ("N.D.", "North Dakota"), ("Okla.", "Oklahoma"), ("Ore.", "Oregon"),
        ("Pa.", "Pennsylvania"), ("Penn.", "Pennsylvania"), ("R.I.", "Rhode Island"), ("S.C.", "South Carolina"),
        ("S.D.", "South Dakota"), ("Tenn.", "Tennessee"), ("Tex.", "Texas"), ("Vt.", "Vermont"), ("Va.", "Virginia"),
        ("Wash.", "Washington"), ("W.Va.", "West Virginia"), ("W. Va.", "West Virginia"), ("Wis.", "Wisconsin"),
        ("Wisc.", "Wisconsin"), ("Wyo.", "Wyoming"), ("D.C.", "District of Columbia"),
    ]

    /// Traditional abbreviations of Canadian provinces.
    static let canadianProvinces: [(String, String)] = [
        ("Ont.", "Ontario"), ("B.C.", "British Columbia"), ("Que.", "Quebec"), ("Alta.", "Alberta"),
        ("Man.", "Manitoba"), ("Sask.", "Saskatchewan"), ("N.S.", "Nova Scotia"), ("N.B.", "New Brunswick"),
        ("P.E.I.", "Prince Edward Island"), ("Nfld.", "Newfoundland and Labrador"),
    ]

    /// Continents (at GeoNames' points) and regions (at a central point of their own).
    static let regions: [(String, (Double, Double))] = [
        ("Africa", (7.1881, 21.09375)), ("Asia", (29.84064, 89.29688)), ("Europe", (48.69096, 9.14062)),
        ("North America", (46.07323, -100.54688)), ("South America", (-14.60485, -57.65625)),
        ("Oceania", (-18.31281, 138.51562)), ("Antarctica", (-78.15856, 16.40626)),
        ("Latin America", (-14.60485, -57.65625)), ("Central America", (13.5, -86.0)),
        ("Middle East", (29.0, 41.0)), ("Gulf", (26.5, 52.0)), ("Balkans", (43.0, 21.0)),
        ("Caucasus", (42.5, 44.5)), ("Levant", (33.5, 36.0)), ("Sahel", (15.0, 5.0)),
        ("Scandinavia", (62.0, 15.0)), ("Southeast Asia", (10.0, 106.0)), ("Central Asia", (43.0, 65.0)),
        ("East Africa", (0.0, 36.0)), ("West Africa", (12.0, -3.0)), ("North Africa", (28.0, 10.0)),
        ("Horn of Africa", (8.0, 45.0)), ("Eastern Europe", (50.0, 30.0)), ("Western Europe", (48.0, 4.0)),
    ]
}
