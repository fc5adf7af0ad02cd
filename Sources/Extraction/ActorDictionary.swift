import Foundation
import GeoModel

/// An actor named in a sentence, before its country and date are known.
public struct ActorMention: Sendable, Hashable {
    /// The actor's key in the dictionary: the roles its alias may stand for, such as
    /// `houthi@YE` or `military`; `ActorDictionary.name(of:country:date:countryName:)` turns it
    /// into ACLED's name once the incident's country and date are known.
    public var name: String
    /// `state`, `external`, `intervention`, `rebel`, `militia`, `civilians`, `unidentified`, `rioters` or `protesters`.
    public var kind: String
    /// Where the alias was found, in code points relative to the searched text.
    public var span: TextSpan
    /// The countries a local actor of this alias fights in ("Houthi forces": Yemen): evidence of
    /// where the report is set. Foreign forces ("Russian warplanes") give none.
    public var homeCountries: [String] = []
}

/// ACLED's actor names and the words reports use for them, read from `actors.tsv`.
///
/// An alias names a role ("the army" names the state forces, "Houthi forces" the Houthis); the
/// role's ACLED name depends on the incident's country and date ("Military Forces of Yemen
/// (2012-)", "Operation Decisive Storm" until 21 April 2015 and "Operation Restoring Hope" after).
public struct ActorDictionary: Sendable {
    /// One row of the file: one ACLED name of a role, in a country and a period.
    struct Row: Sendable {
        var name: String
        var kind: String
        var role: String
        /// nil for a row of any country, whose name may hold `{country}`.
        var country: String?
        var from: Day?
        var to: Day?
        var defaultFor: Set<SubEventType>

        /// Days between `day` and this row's period; 0 inside it.
        func distance(to day: Day) -> Int {
            if let from, day < from { return day.days(to: from) }
            if let to, to < day { return to.days(to: day) }
            return 0
        }
    }

    struct Entry: Sendable {
        /// The roles the alias may stand for, as `ActorMention.name` carries them.
        var key: String
        var kind: String
        /// The alias's words: lowercase, or as written for an exact-case alias.
        var words: [PackedWord]
        var exactCase: Bool
        /// The countries of its local (not `external`) options.
        var homes: [String]
    }

    private var rowsByRole: [String: [Row]] = [:]
    /// The rows coded when a report names no actor, in file order.
    private var defaultRows: [Row] = []
    /// Entries by their first word (lowercase, or as written for exact-case aliases), longest first.
    private var byFirstWord = VocabularyMap<[Entry]>([])

    /// Loads the dictionary bundled with incidentmap.
    public static func builtin() throws -> ActorDictionary {
        guard let url = Bundle.module.url(forResource: "actors", withExtension: "tsv") else {
            throw ReportError.unreadable(file: "actors.tsv", reason: "missing from the installation")
        }
        return try ActorDictionary(contentsOf: url)
    }

    /// Reads the rows of an actor file (see the header of the bundled `actors.tsv`).
    /// - Throws: `ReportError.malformedLine` naming the file and line of a bad row.
    public init(contentsOf url: URL) throws {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw ReportError.unreadable(file: url.path, reason: "cannot read actor dictionary")
        }
        /// Alias words → (exact case, the options in file order).
        var aliases: [[PackedWord]: (exact: Bool, kind: String, options: [String], homes: [String])] = [:]
        var order: [[PackedWord]] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            func fail(_ reason: String) -> ReportError { .malformedLine(file: url.path, line: offset + 1, reason: reason) }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 9 else {
                throw fail("expected 9 tab-separated columns (actor, kind, role, country, from, to, default_for, aliases, source), found \(fields.count)")
            }
            guard !fields[0].isEmpty, !fields[2].isEmpty else { throw fail("an actor row needs a name and a role") }
            let country = fields[3] == "*" ? nil : fields[3]
            if let country, country.count != 2 || !country.allSatisfy(\.isUppercase) {
                throw fail("country '\(country)' is not an ISO 3166-1 alpha-2 code or *")
            }
            func day(_ text: String) throws -> Day? {
                guard !text.isEmpty else { return nil }
                do { return try Day(parsing: text) } catch { throw fail("'\(text)' is not a date (YYYY-MM-DD)") }
            }
            var defaults = Set<SubEventType>()
            for name in fields[6].split(separator: "|") {
                guard let type = SubEventType(rawValue: String(name)) else { throw fail("'\(name)' is not an ACLED sub-event type") }
                defaults.insert(type)
            }
            let row = Row(name: fields[0], kind: fields[1], role: fields[2], country: country,
                          from: try day(fields[4]), to: try day(fields[5]), defaultFor: defaults)
            rowsByRole[row.role, default: []].append(row)
            if !row.defaultFor.isEmpty { defaultRows.append(row) }
            let option = country.map { "\(row.role)@\($0)" } ?? row.role
            for alias in fields[7].split(separator: "|") {
                // Short all-capital aliases (IS, FSA) must match in capitals to avoid the English word "is".
                let exact = alias.count <= 4 && alias == alias.uppercased()
                let words = WordToken.tokens(of: String(alias)).map { exact ? $0.cased : $0.word }
                guard !words.isEmpty else { throw fail("empty alias") }
                let home = row.kind == "external" ? nil : country
                if var known = aliases[words] {
                    if !known.options.contains(option) { known.options.append(option) }
                    if let home, !known.homes.contains(home) { known.homes.append(home) }
                    aliases[words] = known
                } else {
                    aliases[words] = (exact, row.kind, [option], home.map { [$0] } ?? [])
                    order.append(words)
                }
            }
        }
        var byFirstWord: [PackedWord: [Entry]] = [:]
        for words in order {
            guard let alias = aliases[words] else { continue }
            let entry = Entry(key: alias.options.joined(separator: ","), kind: alias.kind, words: words, exactCase: alias.exact,
                              homes: alias.homes)
            byFirstWord[words[0], default: []].append(entry)
        }
        for key in byFirstWord.keys { byFirstWord[key]?.sort { $0.words.count > $1.words.count } }
        self.byFirstWord = VocabularyMap(packed: byFirstWord.map { ($0.key, $0.value) })
    }

    /// ACLED's name for an actor key at an incident in `country` on `date`.
    ///
    /// Of the roles the key may stand for, the one of the incident's country wins, then one of
    /// any country, then the first (a foreign force: "Russian warplanes" over Syria). Of the
    /// role's names, the one of that country whose period holds the date wins, else the nearest
    /// in time, else the any-country name with `{country}` filled in.
    /// - Parameter countryName: the English name of a country code, as ACLED writes it.
    public func name(of key: String, country: String?, date: Day?, countryName: (String) -> String) -> String {
        let options = key.split(separator: ",").map { option -> (role: String, country: String?) in
            let parts = option.split(separator: "@", maxSplits: 1)
            return (String(parts[0]), parts.count > 1 ? String(parts[1]) : nil)
        }
        guard let option = options.first(where: { $0.country != nil && $0.country == country })
            ?? options.first(where: { $0.country == nil }) ?? options.first,
            let rows = rowsByRole[option.role] else { return key }
        let target = option.country ?? country
        let own = rows.filter { $0.country != nil && $0.country == target }
        if !own.isEmpty {
            guard let date else { return own[0].name }
            return own.min { $0.distance(to: date) < $1.distance(to: date) }?.name ?? own[0].name
        }
        guard let any = rows.first(where: { $0.country == nil }) else { return rows[0].name }
        return any.name.replacingOccurrences(of: "{country}", with: target.map(countryName) ?? "Unknown")
    }

    /// The actor ACLED codes for an event of `type` in `country` on `date` when the report names
    /// none: the only force that fights that way there then (the coalition's air strikes over Yemen).
    /// An any-country row stands in where no row of the country does (an unclaimed bomb is an
    /// unidentified armed group's, ACLED's convention).
    public func defaultActor(for type: SubEventType, country: String, date: Day?,
                             countryName: (String) -> String = { $0 }) -> String? {
        if let date, let row = defaultRows.first(where: { $0.defaultFor.contains(type) && $0.country == country && $0.distance(to: date) == 0 }) {
            return row.name
        }
        guard let row = defaultRows.first(where: { $0.defaultFor.contains(type) && $0.country == nil }) else { return nil }
        return row.name.replacingOccurrences(of: "{country}", with: countryName(country))
    }

    /// True when a one-word lowercase alias ("militants", "rebels"), or a generic two-word one
    /// ("armed men"), directly follows another group's name and so is only the noun that name qualifies.
    private static func isHeadNoun(_ entry: Entry, of previous: ActorMention, at index: Int, in tokens: [WordToken]) -> Bool {
        guard index > 0, entry.words.count == 1 || (entry.words.count == 2 && entry.kind == "unidentified"), !entry.exactCase,
              entry.key != previous.name, entry.kind != "civilians",
              tokens[index].cased == tokens[index].word else { return false }
        return tokens[index - 1].span.end == previous.span.end
    }

    /// True when a one-word capitalised alias begins a longer proper name ("Saudi Arabia", "Russia Today").
    private static func beginsLongerName(_ entry: Entry, at index: Int, in tokens: [WordToken]) -> Bool {
        guard entry.words.count == 1, tokens[index].isCapitalized, index + 1 < tokens.count else { return false }
        let next = tokens[index + 1]
        return next.isCapitalized && next.span.start == tokens[index].span.end + 1 && DateResolver.weekdays[next] == nil && DateResolver.months[next] == nil
    }

    /// Words between a generic noun and a group's name that make them one actor: "gunmen from ISIL".
    static let membership: Set<String> = ["from", "of", "affiliated with", "belonging to", "linked to", "loyal to", "allied to", "allied with"]

    /// True when the words between two actors (code point offsets) say the first belongs to the second.
    private static func linksMemberToGroup(_ tokens: [WordToken], from start: Int, to end: Int) -> Bool {
        let between = tokens.filter { $0.span.start >= start && $0.span.end <= end }.map(\.lower)
        return membership.contains(between.joined(separator: " "))
    }

    /// Every actor named in `text`, left to right, longest alias first, without overlaps.
    public func actors(in text: String) -> [ActorMention] {
        actors(in: WordToken.tokens(of: text))
    }

    /// Every actor named in a sentence's words, left to right, longest alias first, without overlaps.
    /// - Complexity: O(words × aliases sharing a first word).
    func actors(in tokens: [WordToken]) -> [ActorMention] {
        var found: [ActorMention] = []
        var i = 0
        while i < tokens.count {
            let lower = byFirstWord[tokens[i]]
            let exact = tokens[i].cased == tokens[i].word ? nil : byFirstWord.value(for: tokens[i].cased)
            var matched: Entry?
            if lower != nil || exact != nil {
                let candidates = exact.map { ((lower ?? []) + $0).sorted { $0.words.count > $1.words.count } } ?? lower ?? []
                for entry in candidates where i + entry.words.count <= tokens.count {
                    if entry.words.indices.allSatisfy({ entry.words[$0] == (entry.exactCase ? tokens[i + $0].cased : tokens[i + $0].word) }) {
                        matched = entry
                        break
                    }
                }
            }
            if let candidate = matched, Self.beginsLongerName(candidate, at: i, in: tokens) { matched = nil }
            if let matched {
                let n = matched.words.count
                let span = TextSpan(start: tokens[i].span.start, end: tokens[i + n - 1].span.end)
                if let last = found.last, Self.isHeadNoun(matched, of: last, at: i, in: tokens) {
                    // "ISIS militants", "Hezbollah rebels": the generic word names the group before it.
                    found[found.count - 1].span = TextSpan(start: last.span.start, end: span.end)
                } else if let last = found.last, last.kind == "unidentified", matched.kind != "unidentified", matched.kind != "civilians",
                          Self.linksMemberToGroup(tokens, from: last.span.end, to: tokens[i].span.start) {
                    // "gunmen from ISIL", "militants affiliated with AQAP": the group they belong to.
                    found[found.count - 1] = ActorMention(name: matched.key, kind: matched.kind,
                                                          span: TextSpan(start: last.span.start, end: span.end), homeCountries: matched.homes)
                } else {
                    found.append(ActorMention(name: matched.key, kind: matched.kind, span: span, homeCountries: matched.homes))
                }
                i += n
            } else {
                i += 1
            }
        }
        return found
    }
}
