import GazetteerKit
import GeoModel

/// Country codes given on the command line: to `gazetteer download` and `remove`, and to `--focus`.
enum CountryArguments {
    /// The codes in upper case. A code is a country when ISO 3166-1 lists it or `gazetteer` has
    /// a country record for it.
    /// - Parameter option: the option the codes came with, named in the error ("--focus").
    /// - Throws: `GazetteerError.unreadable` naming the first code that is no country.
    static func check(_ codes: [String], knownBy gazetteer: Gazetteer, option: String? = nil) throws -> [String] {
        try codes.map { raw in
            let code = raw.uppercased()
            guard code.count == 2, code.allSatisfy({ $0.isASCII && $0.isLetter }),
                  CountryCodes.name(for: code) != nil || gazetteer.country(code: code) != nil else {
                throw GazetteerError.unreadable(file: option.map { "\($0) \(raw)" } ?? raw, reason: "not an ISO 3166-1 alpha-2 country code")
            }
            return code
        }
    }
}
