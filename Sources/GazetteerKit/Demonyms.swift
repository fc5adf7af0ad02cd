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

    /// Reads `gazetteer/demonyms.tsv`: `CC<TAB>Syrian|Syrians` rows, `#` lines are comments.
    /// The same file adds demonyms as alternate names of the countries (see `addDemonyms(from:)`).
    /// - Throws: `GazetteerError.malformedRow` naming the line of a row that is not a two-letter
    ///   code and a list of demonyms.
    public static func load(_ url: URL) throws -> Demonyms {
        var pairs: [(demonym: String, country: String)] = []
        try LineStream(url: url).forEachLine { file, line, bytes in
            guard let fields = RowFields(bytes) else { return }
            guard fields.count == 2, fields.string(0).count == 2, !fields.isEmpty(1) else {
                throw GazetteerError.malformedRow(file: file, line: line, reason: "expected a two-letter country code and demonyms")
            }
            let country = fields.string(0)
            for demonym in fields.string(1).split(separator: "|") { pairs.append((String(demonym), country)) }
        }
        return Demonyms(pairs)
    }
}
