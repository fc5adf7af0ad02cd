import Foundation
import GeoModel

/// Reads reports as SPEC.md's "Reports (input)" describes: `*.txt` files with optional front
/// matter, `*.jsonl` files with one report per line, directories (recursively) and `-` for stdin.
public struct ReportReader: Sendable {
    /// Replace invalid UTF-8 with U+FFFD instead of failing.
    public var lenient: Bool

    public init(lenient: Bool = false) {
        self.lenient = lenient
    }

    /// Every report in the given inputs, in a stable order.
    /// - Throws: `ReportError` naming the file and the line or byte at fault.
    public func read(_ inputs: [String]) throws -> [Report] {
        var reports: [Report] = []
        for input in inputs { reports += try read(input) }
        return reports
    }

    /// The reports of one input path, or of stdin for `-`.
    public func read(_ input: String) throws -> [Report] {
        if input == "-" {
            let text = try decode(try readStandardInput(), file: "<stdin>")
            return text.first == "{" ? try parseJSONLines(text, file: "<stdin>") : [try parseText(text, file: "<stdin>", fallbackID: "stdin")]
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
            throw ReportError.missingFile(input)
        }
        if isDirectory.boolValue {
            let files = try reportFiles(in: input)
            guard !files.isEmpty else { throw ReportError.noReports(input) }
            return try files.flatMap { try readFile($0) }
        }
        return try readFile(input)
    }

    private func reportFiles(in directory: String) throws -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else {
            throw ReportError.unreadable(file: directory, reason: "cannot list directory")
        }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if relative.hasSuffix(".txt") || relative.hasSuffix(".jsonl") {
                let name = (relative as NSString).lastPathComponent
                if name.uppercased().hasPrefix("README") { continue }
                files.append((directory as NSString).appendingPathComponent(relative))
            }
        }
        return files.sorted()
    }

    private func readFile(_ path: String) throws -> [Report] {
        let text = try decode(try contents(of: path), file: path)
        if path.hasSuffix(".jsonl") { return try parseJSONLines(text, file: path) }
        let id = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        return [try parseText(text, file: path, fallbackID: id)]
    }

    /// The bytes of a file, copied out of the `Data` read, which is freed on return: a long
    /// report is held twice while it is decoded, not three times.
    private func contents(of path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ReportError.unreadable(file: path, reason: "cannot read file")
        }
        return [UInt8](data)
    }

    /// The most bytes read from standard input: an endless stream of text (`yes`) stops there,
    /// with memory bounded, instead of growing until the machine runs out.
    public static let standardInputLimit = 256 << 20

    private func decode(_ bytes: [UInt8], file: String) throws -> String {
        if let nul = bytes.firstIndex(of: 0) { throw ReportError.notText(file: file, byteOffset: nul) }
        if lenient { return String(decoding: bytes, as: UTF8.self) }
        switch UTF8Validation.decode(bytes) {
        case let .success(text): return text
        case let .failure(bad): throw ReportError.invalidUTF8(file: file, byteOffset: bad.offset)
        }
    }

    /// One `*.jsonl` row: `{"id", "date", "title", "url", "source", "text"}`, only `text` required.
    private struct JSONReport: Decodable {
        var id: String?
        var date: String?
        var title: String?
        var url: String?
        var source: String?
        var text: String
    }

    /// One line of a `*.jsonl` file as a report.
    func parseJSONLine(_ line: Data, decoder: JSONDecoder, file: String, number: Int, stem: String) throws -> Report {
        let row: JSONReport
        do { row = try decoder.decode(JSONReport.self, from: line) } catch {
            throw ReportError.malformedLine(file: file, line: number, reason: "not a report object with a \"text\" string")
        }
        var date: Day?
        if let text = row.date, !text.isEmpty {
            do { date = try Self.publicationDay(text) } catch {
                throw ReportError.malformedLine(file: file, line: number, reason: "\(error)")
            }
        }
        return Report(id: row.id ?? "\(stem)-\(number)", date: date ?? Dateline.find(in: row.text), title: row.title, url: row.url,
                      source: row.source, text: row.text, origin: "\(file):\(number)")
    }

    /// True for the bytes JSON allows between tokens (and a carriage return before a line feed).
    static func isJSONWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
    }

    /// A publication date: `YYYY-MM-DD`, optionally followed by a time (`T…` or a space).
    /// - Throws: `GeoModelError.invalidDay` quoting the whole text.
    static func publicationDay(_ text: String) throws -> Day {
        let head = text.prefix(10)
        if let after = text.dropFirst(10).first, after != "T", after != " " { throw GeoModelError.invalidDay(text) }
        do { return try Day(parsing: String(head)) } catch { throw GeoModelError.invalidDay(text) }
    }

    /// One `*.txt` report: optional front matter between `---` lines, then the body. Lines may
    /// end in LF, CRLF or a lone CR.
    func parseText(_ raw: String, file: String, fallbackID: String) throws -> Report {
        let text = raw.hasPrefix("\u{FEFF}") ? String(raw.dropFirst()) : raw
        var line = Self.line(in: text, from: text.startIndex)
        guard Self.isFence(text[line.content]) else {
            return Report(id: fallbackID, date: Dateline.find(in: text), title: nil, url: nil, source: nil, text: text, origin: file)
        }
        var fields: [String: String] = [:]
        var number = 1
        var dateLine = 1
        while true {
            guard line.next < text.endIndex else {
                throw ReportError.malformedFrontMatter(file: file, line: 1, reason: "no closing '---'")
            }
            line = Self.line(in: text, from: line.next)
            number += 1
            let content = text[line.content]
            if Self.isFence(content) { break }
            guard content.unicodeScalars.contains(where: { !CharacterSet.whitespaces.contains($0) }) else { continue }
            guard let colon = content.firstIndex(of: ":") else {
                throw ReportError.malformedFrontMatter(file: file, line: number, reason: "expected 'key: value'")
            }
            let key = content[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            var value = content[content.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, let q = value.first, q == "\"" || q == "'", value.last == q {
                value = String(value.dropFirst().dropLast())
            }
            if key == "date" { dateLine = number }
            fields[key] = value
        }
        var date: Day?
        if let text = fields["date"], !text.isEmpty {
            do { date = try Self.publicationDay(text) } catch {
                throw ReportError.malformedFrontMatter(file: file, line: dateLine, reason: "\(error)")
            }
        }
        let body = String(text[line.next...])
        return Report(id: fields["id"].flatMap { $0.isEmpty ? nil : $0 } ?? fallbackID, date: date ?? Dateline.find(in: body),
                      title: fields["title"], url: fields["url"], source: fields["source"], text: body, origin: file)
    }

    /// True when `line` is `---` between spaces or tabs: the fence around front matter.
    /// Read without copying, so that the first line of a report on one long line costs no copy.
    static func isFence(_ line: Substring) -> Bool {
        let scalars = line.unicodeScalars
        guard let first = scalars.firstIndex(where: { !CharacterSet.whitespaces.contains($0) }) else { return false }
        let rest = scalars[first...]
        guard rest.starts(with: "---".unicodeScalars) else { return false }
        return rest.dropFirst(3).allSatisfy { CharacterSet.whitespaces.contains($0) }
    }

    /// The line of `text` that starts at `start`: its content without the ending, and where the
    /// next line starts. An ending is LF, CRLF or a lone CR.
    /// - Complexity: O(length of the line).
    static func line(in text: String, from start: String.Index) -> (content: Range<String.Index>, next: String.Index) {
        let scalars = text.unicodeScalars
        var i = start
        while i < scalars.endIndex {
            let scalar = scalars[i]
            if scalar == "\n" || scalar == "\r" {
                var next = scalars.index(after: i)
                if scalar == "\r", next < scalars.endIndex, scalars[next] == "\n" { next = scalars.index(after: next) }
                return (start..<i, next)
            }
            i = scalars.index(after: i)
        }
        return (start..<i, i)
    }
}
