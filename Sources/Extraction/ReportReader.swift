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
            let data = FileHandle.standardInput.readDataToEndOfFile()
            let text = try decode([UInt8](data), file: "<stdin>")
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
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ReportError.unreadable(file: path, reason: "cannot read file")
        }
        let text = try decode([UInt8](data), file: path)
        if path.hasSuffix(".jsonl") { return try parseJSONLines(text, file: path) }
        let id = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        return [try parseText(text, file: path, fallbackID: id)]
    }

    private func decode(_ bytes: [UInt8], file: String) throws -> String {
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

    func parseJSONLines(_ text: String, file: String) throws -> [Report] {
        var reports: [Report] = []
        let decoder = JSONDecoder()
        let stem = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        var text = text
        try text.withUTF8 { bytes in
            var start = 0
            var number = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                defer { start = end + 1 }
                number += 1
                let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                guard line.contains(where: { !Self.isJSONWhitespace($0) }) else { continue }
                reports.append(try parseJSONLine(Data(line), decoder: decoder, file: file, number: number, stem: stem))
            }
        }
        return reports
    }

    /// One line of a `*.jsonl` file as a report.
    private func parseJSONLine(_ line: Data, decoder: JSONDecoder, file: String, number: Int, stem: String) throws -> Report {
        let row: JSONReport
        do { row = try decoder.decode(JSONReport.self, from: line) } catch {
            throw ReportError.malformedLine(file: file, line: number, reason: "not a report object with a \"text\" string")
        }
        var date: Day?
        if let text = row.date, !text.isEmpty {
            do { date = try Day(parsing: String(text.prefix(10))) } catch {
                throw ReportError.malformedLine(file: file, line: number, reason: "\(error)")
            }
        }
        return Report(id: row.id ?? "\(stem)-\(number)", date: date ?? Dateline.find(in: row.text), title: row.title, url: row.url,
                      source: row.source, text: row.text, origin: "\(file):\(number)")
    }

    /// True for the bytes JSON allows between tokens (and a carriage return before a line feed).
    private static func isJSONWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
    }

    func parseText(_ raw: String, file: String, fallbackID: String) throws -> Report {
        let text = raw.hasPrefix("\u{FEFF}") ? String(raw.dropFirst()) : raw
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first.map({ $0.trimmingCharacters(in: .whitespaces) == "---" }) == true else {
            return Report(id: fallbackID, date: Dateline.find(in: text), title: nil, url: nil, source: nil, text: text, origin: file)
        }
        var fields: [String: String] = [:]
        var index = 1
        while index < lines.count, lines[index].trimmingCharacters(in: .whitespaces) != "---" {
            let line = lines[index]
            if !line.trimmingCharacters(in: .whitespaces).isEmpty {
                guard let colon = line.firstIndex(of: ":") else {
                    throw ReportError.malformedFrontMatter(file: file, line: index + 1, reason: "expected 'key: value'")
                }
                let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
                var value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                if value.count >= 2, let q = value.first, q == "\"" || q == "'", value.last == q {
                    value = String(value.dropFirst().dropLast())
                }
                fields[key] = value
            }
            index += 1
        }
        guard index < lines.count else {
            throw ReportError.malformedFrontMatter(file: file, line: 1, reason: "no closing '---'")
        }
        var date: Day?
        if let text = fields["date"], !text.isEmpty {
            do { date = try Day(parsing: String(text.prefix(10))) } catch {
                let line = lines.firstIndex { $0.lowercased().hasPrefix("date") }.map { $0 + 1 } ?? 1
                throw ReportError.malformedFrontMatter(file: file, line: line, reason: "\(error)")
            }
        }
        let body = lines[(index + 1)...].joined(separator: "\n")
        return Report(id: fields["id"].flatMap { $0.isEmpty ? nil : $0 } ?? fallbackID, date: date ?? Dateline.find(in: body),
                      title: fields["title"], url: fields["url"], source: fields["source"], text: body, origin: file)
    }
}
