import Foundation
import GeoModel
import Pipeline
import Testing

/// The evaluation of issue 8: `incidentmap places` on the gold corpus, against the targets
/// recall ≥ 0.90, precision ≥ 0.90 and acc@161 ≥ 0.95.
///
/// Exact-place accuracy has no target in the issue; its floor is a ratchet, set just under
/// the figure reached when it was written (0.993), to be raised as the resolver improves.
@Suite struct PlacesEvalTests {
    static let exactAccuracyFloor = 0.98

    func score(_ geoparser: Geoparser, _ corpus: GoldCorpus) -> PlacesScore {
        var score = PlacesScore()
        for document in corpus.documents {
            let report = Report(id: document.id, date: nil, title: nil, url: nil, source: nil, text: document.text,
                                origin: GoldCorpus.url.path)
            score.add(gold: document.gold, predicted: geoparser.records(in: report), docID: document.id)
        }
        return score
    }

    @Test func corpusMeetsTheTargets() throws {
        let corpus = try GoldCorpus.load()
        #expect(corpus.documents.count >= 30)
        #expect(corpus.documents.reduce(0) { $0 + $1.gold.count } >= 300)
        let result = score(try SharedGeoparser.get(), corpus)
        print("places-eval: \(result)")
        for line in result.errors { print("places-eval:   \(line)") }
        #expect(result.recall >= 0.90, "\(result)")
        #expect(result.precision >= 0.90, "\(result)")
        #expect(result.accuracyAt161 >= 0.95, "\(result)")
        #expect(result.exactAccuracy >= Self.exactAccuracyFloor, "\(result)")
    }

    /// The same run without the document rules, printed for comparison: what the resolver
    /// alone achieves. It must not beat the full geoparser.
    @Test func documentRulesImproveOnTheResolverAlone() throws {
        let corpus = try GoldCorpus.load()
        var resolverAlone = try SharedGeoparser.get()
        resolverAlone.appliesDocumentRules = false
        let without = score(resolverAlone, corpus)
        let with = score(try SharedGeoparser.get(), corpus)
        print("places-eval: resolver alone: \(without)")
        #expect(with.exactAccuracy > without.exactAccuracy)
        #expect(with.accuracyAt161 >= without.accuracyAt161)
    }
}
