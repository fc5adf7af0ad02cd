import Foundation
import GeoModel

/// An actor named in a sentence.
public struct ActorMention: Sendable, Hashable {
    /// The canonical name, such as `Jaish al-Islam`.
    public var name: String
    /// `state`, `rebel`, `militia` or `civilians`.
    public var kind: String
    /// Where the alias was found, in code points relative to the searched text.
    public var span: TextSpan
}

/// Canonical actor names and their aliases, read from `actors.tsv`.
public struct ActorDictionary: Sendable {
    struct Entry: Sendable {
        var canonical: String
        var kind: String
        /// The alias's words: lowercase, or as written for an exact-case alias.
        var words: [PackedWord]
        var exactCase: Bool
    }

    /// Entries by their first word (lowercase, or as written for exact-case aliases), longest first.
    private var byFirstWord = VocabularyMap<[Entry]>([])

    /// Loads the dictionary bundled with incidentmap.
    public static func builtin() throws -> ActorDictionary {
        guard let url = Bundle.module.url(forResource: "actors", withExtension: "tsv") else {
            throw ReportError.unreadable(file: "actors.tsv", reason: "missing from the installation")
        }
        return try ActorDictionary(contentsOf: url)
    }

    /// Reads `canonical<TAB>kind<TAB>alias|alias…` rows.
    /// - Throws: `ReportError.malformedLine` naming the file and line of a bad row.
    public init(contentsOf url: URL) throws {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw ReportError.unreadable(file: url.path, reason: "cannot read actor dictionary")
        }
        var byFirstWord: [String: [Entry]] = [:]
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 3 else {
                throw ReportError.malformedLine(file: url.path, line: offset + 1, reason: "expected canonical, kind and aliases")
            }
            for alias in fields[2].split(separator: "|") {
                // Short all-capital aliases (IS, FSA) must match in capitals to avoid the English word "is".
                let exactCase = alias.count <= 4 && alias == alias.uppercased()
                let entry = Entry(canonical: String(fields[0]), kind: String(fields[1]),
                                  words: Self.words(String(alias), keepCase: exactCase).map(PackedWord.init), exactCase: exactCase)
                guard let first = entry.words.first else {
                    throw ReportError.malformedLine(file: url.path, line: offset + 1, reason: "empty alias")
                }
                guard !entry.words.contains(where: \.isLong) else {
                    throw ReportError.malformedLine(file: url.path, line: offset + 1,
                                                    reason: "alias '\(alias)' has a word longer than \(PackedWord.capacity) bytes")
                }
                byFirstWord[first.string, default: []].append(entry)
            }
        }
        for key in byFirstWord.keys { byFirstWord[key]?.sort { $0.words.count > $1.words.count } }
        self.byFirstWord = VocabularyMap(byFirstWord.map { ($0.key, $0.value) })
    }

    /// True when a one-word lowercase alias ("militants", "rebels") directly follows another
    /// group's name and so is only the noun that name qualifies.
    private static func isHeadNoun(_ entry: Entry, of previous: ActorMention, at index: Int, in tokens: [WordToken]) -> Bool {
        guard index > 0, entry.words.count == 1, !entry.exactCase, entry.canonical != previous.name, entry.kind != "civilians",
              tokens[index].cased == tokens[index].word else { return false }
        return tokens[index - 1].span.end == previous.span.end
    }

    static func words(_ text: String, keepCase: Bool) -> [String] {
        let normalized = text.replacingOccurrences(of: "’", with: "'")
        return normalized.split(whereSeparator: { $0 == " " || $0 == "-" }).map { keepCase ? String($0) : $0.lowercased() }
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
            if let matched {
                let n = matched.words.count
                let span = TextSpan(start: tokens[i].span.start, end: tokens[i + n - 1].span.end)
                if let last = found.last, Self.isHeadNoun(matched, of: last, at: i, in: tokens) {
                    // "ISIS militants", "Hezbollah rebels": the generic word names the group before it.
                    found[found.count - 1] = ActorMention(name: last.name, kind: last.kind, span: TextSpan(start: last.span.start, end: span.end))
                } else {
                    found.append(ActorMention(name: matched.canonical, kind: matched.kind, span: span))
                }
                i += n
            } else {
                i += 1
            }
        }
        return found
    }
}
