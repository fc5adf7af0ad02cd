import GeoModel

/// Finds a publication date in the first lines of a report: `06 October, 2015`,
/// `Saturday 17 February 2018`, `October 6, 2015` or `2015-10-06`.
enum Dateline {
    static let months = ["january", "february", "march", "april", "may", "june", "july", "august",
                         "september", "october", "november", "december"]

    static func find(in text: String, lines: Int = 8) -> Day? {
        // Only the first lines are read: the text is not split whole.
        var rest = text[...]
        var read = 0
        while read < lines, !rest.isEmpty {
            let end = rest.firstIndex(of: "\n") ?? rest.endIndex
            let line = rest[..<end]
            rest = end == rest.endIndex ? rest[end...] : rest[rest.index(after: end)...]
            // `split` skipped empty lines; so does this.
            guard !line.isEmpty else { continue }
            if let day = parse(line) { return day }
            read += 1
        }
        return nil
    }

    static func parse(_ line: Substring) -> Day? {
        guard let words = words(of: line, atMost: 8) else { return nil }
        for (i, word) in words.enumerated() {
            if word.count == 10, let day = try? Day(parsing: word) { return day }
            guard let month = months.firstIndex(where: { $0 == word || ($0.prefix(3) == word && word.count == 3) }) else { continue }
            // "17 February 2018"
            if i >= 1, i + 1 < words.count, let d = Int(words[i - 1]), let y = Int(words[i + 1]), y > 1900 {
                return try? Day(year: y, month: month + 1, day: d)
            }
            // "October 6 2015"
            if i + 2 < words.count, let d = Int(words[i + 1]), let y = Int(words[i + 2]), y > 1900 {
                return try? Day(year: y, month: month + 1, day: d)
            }
        }
        return nil
    }

    /// The words of `line` (split at spaces, commas, full stops and tabs), lowercased, or nil
    /// when it has more than `limit`: splitting stops at the first word too many, so that a
    /// report on one long line is not split whole.
    /// - Complexity: O(length of the first `limit + 1` words and the separators before them).
    static func words(of line: Substring, atMost limit: Int) -> [String]? {
        func isSeparator(_ c: Character) -> Bool { c == " " || c == "," || c == "." || c == "\t" }
        var words: [String] = []
        var rest = line
        while let start = rest.firstIndex(where: { !isSeparator($0) }) {
            guard words.count < limit else { return nil }
            let end = rest[start...].firstIndex(where: isSeparator) ?? rest.endIndex
            words.append(rest[start..<end].lowercased())
            rest = rest[end...]
        }
        return words
    }
}
