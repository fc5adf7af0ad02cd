import GazetteerKit
import Geocoding
import GeoModel
import Testing

/// The pipeline's resolver path (no reasons kept, first choices remembered across documents)
/// must choose what the explained path chooses.
@Suite struct FirstChoiceMemoTests {
    private typealias P = ResolverTests

    private static let documents = [
        "Strikes hit Rastan and Talbisah, then Palmyra.",
        "Palmyra was quiet on Monday.",
        "Shelling hit Tadmur and Rastan.",
        "Officials in Palmyra, Pennsylvania, met on Friday.",
    ]

    /// Place id and confidence of every mention, by the explained path or the pipeline's.
    private func readings(_ text: String, resolver: Resolver, explained: Bool) -> [String] {
        let mentions = PlaceRecognizer(gazetteer: resolver.gazetteer).mentions(in: text)
        let spans = Set(mentions.map(\.span))
        return resolver.resolve(mentions, in: text, spans: spans, explained: explained)
            .map { "\($0.mention.text)=\($0.place?.id ?? "-")@\($0.confidence)" }
    }

    @Test func rememberedChoicesMatchTheExplainedRankingDocumentAfterDocument() {
        var remembering = Resolver(gazetteer: P.gazetteer)
        remembering.firstChoiceMemo = FirstChoiceMemo()
        let plain = Resolver(gazetteer: P.gazetteer)
        // Twice over, so that the second round reads every first choice from the memo.
        for text in Self.documents + Self.documents {
            let expected = readings(text, resolver: plain, explained: true)
            #expect(readings(text, resolver: remembering, explained: false) == expected, "\(text)")
            #expect(readings(text, resolver: plain, explained: false) == expected, "\(text)")
        }
        #expect(readings(Self.documents[1], resolver: remembering, explained: false).first?.hasPrefix("Palmyra=g:1@") == true)
    }

    @Test func aChoiceRememberedUnderOneFocusIsNotReusedUnderAnother() {
        // Which Smithfield is meant depends on which Palmyra the first pass anchors the sentence to.
        var gazetteer = P.gazetteer
        gazetteer.add(P.place("s:1", "Smithfield", 40.01, -75.01, "US", "US.PA", population: 1_000), alternateNames: [])
        gazetteer.add(P.place("s:2", "Smithfield", 35.0, -100.0, "US", "US.TX", population: 5_000), alternateNames: [])
        let memo = FirstChoiceMemo()
        let text = "Palmyra and Smithfield were flooded."
        for focus in [["SY"], ["US"], ["SY"]] {
            var remembering = Resolver(gazetteer: gazetteer, focus: focus)
            remembering.firstChoiceMemo = memo
            let expected = readings(text, resolver: Resolver(gazetteer: gazetteer, focus: focus), explained: true)
            #expect(readings(text, resolver: remembering, explained: false) == expected, "focus \(focus)")
        }
        let american = readings(text, resolver: Resolver(gazetteer: gazetteer, focus: ["US"]), explained: true)
        #expect(american.map { $0.components(separatedBy: "@")[0] } == ["Palmyra=g:2", "Smithfield=s:1"])
    }

    @Test func aPlaceAddedToTheGazetteerIsSeenThroughAnOldMemo() {
        let memo = FirstChoiceMemo()
        var before = Resolver(gazetteer: P.gazetteer)
        before.firstChoiceMemo = memo
        #expect(readings("Palmyra was quiet.", resolver: before, explained: false).first?.hasPrefix("Palmyra=g:1@") == true)
        // Now a provincial capital named Palmyra outranks the town when read alone, and which
        // Qaryatayn is meant depends on which Palmyra the first pass anchors the sentence to.
        var grown = P.gazetteer
        grown.add(P.place("g:6", "Palmyra", 36.0, 40.0, "SY", "SY.09", population: 900_000, code: "PPLA"), alternateNames: [])
        grown.add(P.place("q:1", "Qaryatayn", 34.60, 38.20, "SY", "SY.11", population: 20_000), alternateNames: [])
        grown.add(P.place("q:2", "Qaryatayn", 36.02, 40.02, "SY", "SY.09", population: 10_000), alternateNames: [])
        var after = Resolver(gazetteer: grown)
        after.firstChoiceMemo = memo
        let text = "Palmyra and Qaryatayn were shelled."
        let expected = readings(text, resolver: Resolver(gazetteer: grown), explained: true)
        #expect(expected.last?.hasPrefix("Qaryatayn=q:2@") == true)
        #expect(readings(text, resolver: after, explained: false) == expected)
    }
}
