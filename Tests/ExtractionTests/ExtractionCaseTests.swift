import Testing
@testable import Extraction

/// The hand-written reports of `Fixtures/cases.txt`: every cue, date form, casualty form, hedge,
/// negation and context-only place the extractor must handle, each with its expected incidents.
@Suite struct ExtractionCaseTests {
    static let cases = ExtractionCase.all()
    static let extractor: IncidentExtractor = {
        do { return IncidentExtractor(actors: try ActorDictionary.builtin()) } catch { fatalError("\(error)") }
    }()

    @Test func thereAreAtLeastFortyCases() {
        #expect(Self.cases.count >= 40)
        #expect(Set(Self.cases.map(\.name)).count == Self.cases.count)
    }

    @Test(arguments: cases)
    func extractsTheExpectedIncidents(_ example: ExtractionCase) {
        #expect(example.extractedRows(using: Self.extractor) == example.expected, "\(example.name)")
    }
}
