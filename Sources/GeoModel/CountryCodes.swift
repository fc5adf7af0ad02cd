import Foundation

/// ISO 3166-1 codes and English names of every country, to turn an ACLED `country` name,
/// `iso3` or numeric `iso` column into the alpha-2 code of the incident record, and back.
///
/// The codes and names of all 249 countries come from Debian's iso-codes (`isoTable`, generated
/// by `gazetteer/iso_countries.py`); the countries ACLED names most often are listed here too,
/// with the name as ACLED writes it, which wins where the two differ ("Turkey", not "Türkiye").
public enum CountryCodes {
    /// (alpha-2, alpha-3, numeric, English name as ACLED writes it).
    private static let acledTable: [(String, String, Int, String)] = [
        ("SY", "SYR", 760, "Syria"), ("LB", "LBN", 422, "Lebanon"), ("IQ", "IRQ", 368, "Iraq"), ("TR", "TUR", 792, "Turkey"),
        ("JO", "JOR", 400, "Jordan"), ("IL", "ISR", 376, "Israel"), ("PS", "PSE", 275, "Palestine"), ("YE", "YEM", 887, "Yemen"),
        ("IR", "IRN", 364, "Iran"), ("EG", "EGY", 818, "Egypt"), ("LY", "LBY", 434, "Libya"), ("SD", "SDN", 729, "Sudan"),
        ("SS", "SSD", 728, "South Sudan"), ("SO", "SOM", 706, "Somalia"), ("ET", "ETH", 231, "Ethiopia"),
        ("NG", "NGA", 566, "Nigeria"), ("ML", "MLI", 466, "Mali"), ("BF", "BFA", 854, "Burkina Faso"), ("NE", "NER", 562, "Niger"),
        ("TD", "TCD", 148, "Chad"), ("CM", "CMR", 120, "Cameroon"), ("CF", "CAF", 140, "Central African Republic"),
        ("CD", "COD", 180, "Democratic Republic of Congo"), ("CG", "COG", 178, "Republic of Congo"), ("MZ", "MOZ", 508, "Mozambique"),
        ("AF", "AFG", 4, "Afghanistan"), ("PK", "PAK", 586, "Pakistan"), ("IN", "IND", 356, "India"), ("MM", "MMR", 104, "Myanmar"),
        ("UA", "UKR", 804, "Ukraine"), ("RU", "RUS", 643, "Russia"), ("SA", "SAU", 682, "Saudi Arabia"),
        ("AE", "ARE", 784, "United Arab Emirates"), ("KW", "KWT", 414, "Kuwait"), ("BH", "BHR", 48, "Bahrain"), ("QA", "QAT", 634, "Qatar"),
        ("OM", "OMN", 512, "Oman"), ("DZ", "DZA", 12, "Algeria"), ("TN", "TUN", 788, "Tunisia"), ("MA", "MAR", 504, "Morocco"),
        ("KE", "KEN", 404, "Kenya"), ("UG", "UGA", 800, "Uganda"), ("CO", "COL", 170, "Colombia"), ("MX", "MEX", 484, "Mexico"),
        ("BR", "BRA", 76, "Brazil"), ("PH", "PHL", 608, "Philippines"), ("AZ", "AZE", 31, "Azerbaijan"), ("AM", "ARM", 51, "Armenia"),
        ("GE", "GEO", 268, "Georgia"), ("CY", "CYP", 196, "Cyprus"), ("GR", "GRC", 300, "Greece"), ("BD", "BGD", 50, "Bangladesh"),
        ("LK", "LKA", 144, "Sri Lanka"), ("TH", "THA", 764, "Thailand"), ("BI", "BDI", 108, "Burundi"), ("RW", "RWA", 646, "Rwanda"),
    ]

    /// ACLED's rows first, so that their names win, then ISO's.
    private static let table = acledTable + isoTable

    private static let byName: [String: String] = {
        var names = Dictionary(table.map { ($0.3.lowercased(), $0.0) }, uniquingKeysWith: { first, _ in first })
        for (name, code) in isoOtherNames where names[name.lowercased()] == nil { names[name.lowercased()] = code }
        // Other spellings seen in ACLED files and elsewhere.
        for (alias, code) in [("syrian arab republic", "SY"), ("türkiye", "TR"), ("turkiye", "TR"), ("palestinian territory", "PS"),
                              ("state of palestine", "PS"), ("dr congo", "CD"), ("democratic republic of the congo", "CD"),
                              ("congo", "CG"), ("russian federation", "RU"), ("burma", "MM"), ("iran (islamic republic of)", "IR")] {
            names[alias] = code
        }
        return names
    }()
    private static let byAlpha3 = Dictionary(table.map { ($0.1, $0.0) }, uniquingKeysWith: { first, _ in first })
    private static let byNumeric = Dictionary(table.map { ($0.2, $0.0) }, uniquingKeysWith: { first, _ in first })
    private static let numericByAlpha2 = Dictionary(table.map { ($0.0, $0.2) }, uniquingKeysWith: { first, _ in first })
    private static let nameByAlpha2 = Dictionary(table.map { ($0.0, $0.3) }, uniquingKeysWith: { first, _ in first })

    /// The English name ACLED writes for an alpha-2 code ("YE" is "Yemen", "CI" is "Côte d'Ivoire");
    /// nil for a code that is not ISO 3166-1's.
    public static func name(for alpha2: String) -> String? { nameByAlpha2[alpha2] }

    /// The ISO 3166-1 numeric code ACLED's `iso` column holds ("SY" is 760); nil for a code that is not ISO 3166-1's.
    public static func numeric(for alpha2: String) -> Int? { numericByAlpha2[alpha2] }

    /// The alpha-2 code for a country name, an alpha-2 or alpha-3 code, or an ISO numeric code; nil when unknown.
    public static func alpha2(for text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.count == 2, trimmed.allSatisfy({ $0.isASCII && $0.isLetter }) { return trimmed.uppercased() }
        if trimmed.count == 3, let code = byAlpha3[trimmed.uppercased()] { return code }
        if let number = Int(trimmed) { return byNumeric[number] }
        return byName[trimmed.lowercased()]
    }
}
