import Foundation
import GeoModel

/// The gold corpus of `Tests/Fixtures/places-eval/` (see its README.md): invented reports with
/// every place mention annotated.
struct GoldCorpus {
    struct Mention: Decodable, Hashable {
        var mention: String
        var start: Int
        var end: Int
        var place_id: String
        var latitude: Double
        var longitude: Double
        var country: String
        var feature_code: String

        var span: TextSpan { TextSpan(start: start, end: end) }
        var coordinate: Coordinate { Coordinate(uncheckedLatitude: latitude, longitude: longitude) }
    }

    struct Document: Decodable {
        var id: String
        var text: String
        var gold: [Mention]
    }

    var documents: [Document]

    /// The repository's `Tests/Fixtures/places-eval/corpus.jsonl`.
    static let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/places-eval/corpus.jsonl")

    /// Reads the corpus.
    /// - Throws: when the file is missing or a line is not a gold document.
    static func load() throws -> GoldCorpus {
        let text = try String(contentsOf: url, encoding: .utf8)
        let decoder = JSONDecoder()
        let documents = try text.split(separator: "\n").map { try decoder.decode(Document.self, from: Data($0.utf8)) }
        return GoldCorpus(documents: documents)
    }
}
