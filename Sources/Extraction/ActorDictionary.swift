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
        var words: [String]
        var exactCase: Bool
    }

    private var entries: [Entry] = []

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
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 3 else {
                throw ReportError.malformedLine(file: url.path, line: offset + 1, reason: "expected canonical, kind and aliases")
            }
            for alias in fields[2].split(separator: "|") {
                // Short all-capital aliases (IS, FSA) must match in capitals to avoid the English word "is".
                let exactCase = alias.count <= 4 && alias == alias.uppercased()
                entries.append(Entry(canonical: String(fields[0]), kind: String(fields[1]),
                                     words: Self.words(String(alias), keepCase: exactCase), exactCase: exactCase))
            }
        }
        entries.sort { $0.words.count > $1.words.count }
    }

    static func words(_ text: String, keepCase: Bool) -> [String] {
        let normalized = text.replacingOccurrences(of: "’", with: "'")
        return normalized.split(whereSeparator: { $0 == " " || $0 == "-" }).map { keepCase ? String($0) : $0.lowercased() }
    }

    /// Every actor named in `text`, left to right, longest alias first, without overlaps.
    public func actors(in text: String) -> [ActorMention] {
        let tokens = WordToken.tokens(of: text)
        var taken = Set<Int>()
        var found: [ActorMention] = []
        for entry in entries {
            let n = entry.words.count
            guard n <= tokens.count else { continue }
            for i in 0...(tokens.count - n) where !taken.contains(i) {
                var matches = true
                for k in 0..<n {
                    let word = entry.exactCase ? tokens[i + k].text : tokens[i + k].lower
                    if word != entry.words[k] || taken.contains(i + k) { matches = false; break }
                }
                if matches {
                    for k in 0..<n { taken.insert(i + k) }
                    found.append(ActorMention(name: entry.canonical, kind: entry.kind,
                                              span: TextSpan(start: tokens[i].span.start, end: tokens[i + n - 1].span.end)))
                }
            }
        }
        return found.sorted { $0.span < $1.span }
    }
}

/// A word with its lowercase form and code point span; "Assad's" is one word.
struct WordToken {
    var text: String
    var lower: String
    var span: TextSpan

    static func tokens(of text: String) -> [WordToken] {
        var tokens: [WordToken] = []
        var current = String.UnicodeScalarView()
        var start = 0
        var offset = 0
        func flush() {
            if !current.isEmpty {
                var word = String(current)
                while let last = word.last, last == "'" { word.removeLast() }
                tokens.append(WordToken(text: word, lower: word.lowercased(), span: TextSpan(start: start, end: start + word.unicodeScalars.count)))
                current = String.UnicodeScalarView()
            }
        }
        for scalar in text.unicodeScalars {
            let s: Unicode.Scalar = scalar == "’" ? "'" : scalar
            if s.properties.isAlphabetic || ("0"..."9").contains(s) || (s == "'" && !current.isEmpty) {
                if current.isEmpty { start = offset }
                current.append(s)
            } else {
                flush()
            }
            offset += 1
        }
        flush()
        return tokens
    }
}
