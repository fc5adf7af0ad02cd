import BuiltinData
import Foundation

/// Nationality words ("Syrian", "Turkish", "Russians") and the country each one points to.
///
/// A demonym is never a place mention, but it is evidence of what a document is about: a
/// report that speaks of "Syrian state media" concerns Syria. Lookups fold case and ignore a
/// trailing possessive, so "syrian" and "Syrian's" find `SY`.
public struct Demonyms: Sendable {
    /// Lowercased demonym → ISO 3166-1 alpha-2 code.
    private let countries: [String: String]
    /// The longest demonym in words, so that callers know how far to look ahead.
    public let maximumWords: Int

    /// Makes a table from pairs of demonym and country code.
    public init(_ pairs: [(demonym: String, country: String)]) {
        var table: [String: String] = [:]
        var longest = 1
        for (demonym, country) in pairs {
            table[demonym.lowercased()] = country.uppercased()
            longest = max(longest, demonym.split(separator: " ").count)
        }
        countries = table
        maximumWords = longest
    }

    /// The number of demonyms known.
    public var count: Int { countries.count }

    /// The country a demonym points to, or nil when `word` is not one.
    public func country(for word: some StringProtocol) -> String? {
        var lower = word.lowercased()
        if lower.hasSuffix("'s") || lower.hasSuffix("’s") { lower.removeLast(2) }
        return countries[lower]
    }

    /// Reads the table shipped with incidentmap (`gazetteer/demonyms.tsv`).
    /// - Throws: `GazetteerError` when the file is missing or a row lacks its two columns.
    public static func builtin() throws -> Demonyms {
        guard let url = BuiltinFiles.url(for: .demonyms) else { throw GazetteerError.missingBuiltinData("demonyms.tsv") }
        return try load(url)
    }

    /// Reads a TAB-separated file of `demonym<TAB>country` rows; `#` lines are comments.
    /// - Throws: `GazetteerError.malformedRow` naming the line of a row that is not two
    ///   non-empty columns with a two-letter code.
    public static func load(_ url: URL) throws -> Demonyms {
        var pairs: [(demonym: String, country: String)] = []
        try GeoNamesReader.forEachRow(of: url) { line, fields in
            guard fields.count == 2, !fields[0].isEmpty, fields[1].count == 2 else {
                throw GazetteerError.malformedRow(file: url.path, line: line, reason: "expected a demonym and a two-letter country code")
            }
            pairs.append((fields[0], fields[1]))
        }
        return Demonyms(pairs)
    }
}
