import GeoEngine
import GeoModel
import Pipeline

/// The standard geoparsing figures for predicted mentions against gold ones.
///
/// Mentions match when their spans are equal (strict) or share a code point (lenient).
/// Exact-place accuracy and acc@161 are computed over strictly matched mentions: the share
/// whose place id is the gold one, and the share within 161 km (100 miles) of the gold
/// position on the WGS84 ellipsoid.
struct PlacesScore: CustomStringConvertible {
    var gold = 0
    var predicted = 0
    var matched = 0
    var overlapping = 0
    var samePlace = 0
    var within161km = 0
    /// What went wrong, one line each, for the test log.
    var errors: [String] = []

    var recall: Double { ratio(matched, gold) }
    var precision: Double { ratio(matched, predicted) }
    var lenientRecall: Double { ratio(overlapping, gold) }
    var exactAccuracy: Double { ratio(samePlace, matched) }
    var accuracyAt161: Double { ratio(within161km, matched) }

    private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 1 : Double(a) / Double(b) }

    /// Adds one document's mentions.
    mutating func add(gold goldMentions: [GoldCorpus.Mention], predicted records: [PlaceMentionRecord], docID: String) {
        gold += goldMentions.count
        predicted += records.count
        let bySpan = Dictionary(records.map { ($0.span, $0) }, uniquingKeysWith: { first, _ in first })
        let geodesic = Geodesic()
        for mention in goldMentions {
            if records.contains(where: { $0.span.overlaps(mention.span) }) { overlapping += 1 }
            guard let record = bySpan[mention.span] else {
                errors.append("\(docID): missed \(mention.mention) at \(mention.start)")
                continue
            }
            matched += 1
            if record.place.id == mention.place_id { samePlace += 1 } else {
                errors.append("\(docID): \(mention.mention) is \(record.place.name) \(record.place.country) \(record.place.featureCode), gold \(mention.place_id)")
            }
            if geodesic.distanceMetres(from: record.place.coordinate, to: mention.coordinate) <= 161_000 { within161km += 1 }
        }
        let goldSpans = Set(goldMentions.map(\.span))
        for record in records where !goldSpans.contains(record.span) {
            errors.append("\(docID): extra \(record.mention) at \(record.span.start) (\(record.place.name), \(record.place.country))")
        }
    }

    var description: String {
        func f(_ x: Double) -> String { String(format: "%.3f", x) }
        return "gold \(gold), predicted \(predicted), matched \(matched); recall \(f(recall)) (overlap \(f(lenientRecall))), "
            + "precision \(f(precision)), exact place \(f(exactAccuracy)), acc@161 \(f(accuracyAt161))"
    }
}
