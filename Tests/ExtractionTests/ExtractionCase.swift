import Foundation
import GazetteerKit
import GeoModel
@testable import Extraction

/// One hand-written report of `Fixtures/cases.txt` with the incidents a careful coder would take from it.
struct ExtractionCase: CustomStringConvertible, Sendable {
    var name: String
    var published: Day?
    var text: String
    /// `type|mention|date|precision|actor1|actor2|fatalities|certainty|scope` rows, sorted.
    var expected: [String]

    var description: String { name }

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let shorthands = ["@RU": "Military Forces of Russia (2000-)", "@SY": "Military Forces of Syria (2000-2024)"]

    /// Every case of the fixture file; a malformed file fails loudly at load.
    static func all() -> [ExtractionCase] {
        guard let text = try? String(contentsOf: fixtures.appendingPathComponent("cases.txt"), encoding: .utf8) else {
            fatalError("Fixtures/cases.txt is missing")
        }
        var cases: [ExtractionCase] = []
        for block in text.components(separatedBy: "\n=== ").dropFirst() {
            var lines = block.components(separatedBy: "\n")
            let name = lines.removeFirst().trimmingCharacters(in: .whitespaces)
            var published: Day?
            if let first = lines.first, first.hasPrefix("date: ") {
                published = try? Day(parsing: String(first.dropFirst(6)))
                lines.removeFirst()
            }
            guard let separator = lines.firstIndex(of: "---") else { fatalError("case \(name) has no '---' line") }
            let body = lines[..<separator].joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
            var expected = lines[(separator + 1)...].map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            for (short, long) in shorthands { expected = expected.map { $0.replacingOccurrences(of: short, with: long) } }
            cases.append(ExtractionCase(name: name, published: published, text: body, expected: expected.sorted()))
        }
        return cases
    }

    /// The fixture gazetteer: a few dozen hand-made places, countries and provinces.
    static let gazetteer: Gazetteer = {
        guard let text = try? String(contentsOf: fixtures.appendingPathComponent("gazetteer.tsv"), encoding: .utf8) else {
            fatalError("Fixtures/gazetteer.tsv is missing")
        }
        var gazetteer = Gazetteer()
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 10, let lat = Double(f[8]), let lon = Double(f[9]),
                  let coordinate = try? Coordinate(latitude: lat, longitude: lon) else { fatalError("bad gazetteer row: \(line)") }
            let place = Place(id: f[0], name: f[1], coordinate: coordinate, featureClass: f[3], featureCode: f[4], country: f[5],
                              admin1Code: f[6].isEmpty ? nil : f[6], admin1: f[7].isEmpty ? nil : f[7], population: 1000)
            gazetteer.add(place, alternateNames: f[2].split(separator: "|").map(String.init))
        }
        return gazetteer
    }()

    /// The rows the extractor produces for this case.
    func extractedRows(using extractor: IncidentExtractor) -> [String] {
        let report = Report(id: name, date: published, title: nil, url: nil, source: nil, text: text, origin: name)
        let mentions = PlaceRecognizer(gazetteer: Self.gazetteer).mentions(in: text)
        return extractor.candidates(in: report, mentions: mentions).flatMap { candidate in
            candidate.locations.filter { !$0.isLandmark }.map { location in
                // Actor keys become ACLED names for the country of the place's first reading, as the pipeline does.
                let country = location.mention.candidates.first?.place.country
                let name = { (key: String) in
                    extractor.actors.name(of: key, country: country, date: candidate.date?.day ?? published) { CountryCodes.name(for: $0) ?? $0 }
                }
                return [candidate.subEventType.rawValue, location.mention.text, candidate.date?.day.description ?? "-",
                 candidate.date.map { "\($0.precision.rawValue)" } ?? "-", candidate.actor1.map(name) ?? "-", candidate.actor2.map(name) ?? "-",
                 candidate.fatalities.map(String.init) ?? "-", candidate.certainty.rawValue, "\(location.scope)"]
                    .joined(separator: "|")
            }
        }.sorted()
    }
}
