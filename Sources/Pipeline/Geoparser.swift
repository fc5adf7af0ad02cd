import Extraction
import GazetteerKit
import Geocoding
import GeoModel

/// Finds and resolves every place mention of a report, and tells event places from context:
/// the engine behind `incidentmap places`.
///
/// For each report it runs the recogniser, screens its output (`MentionScreen`), resolves the
/// mentions together with the document's evidence (`DocumentContext`), and labels each mention `event` when the incident pipeline coded an
/// incident at it. A long report is read in windows of bounded size (`ReportWindows`), each
/// resolved as one document, so memory does not grow with the length of a single line.
public struct Geoparser: Sendable {
    public let pipeline: IncidentPipeline
    public let demonyms: Demonyms
    public let commonWords: CommonWords
    /// Countries the user asked to prefer.
    public let focus: [String]
    /// Resolve with the document-level rules of `DocumentContext` (on by default); off, the
    /// `Resolver` alone chooses.
    public var appliesDocumentRules = true
    /// Window size for long reports, in code points.
    public var windowLength = 8_000

    /// - Throws: when the bundled actor dictionary or demonym table cannot be read.
    public init(resources: GeoResources, focus: [String] = []) throws {
        pipeline = try IncidentPipeline(resources: resources, focus: focus)
        demonyms = try Demonyms.builtin()
        commonWords = try CommonWords.builtin()
        self.focus = focus
    }

    /// Every place mention of a report, in text order.
    public func records(in report: Report) -> [PlaceMentionRecord] {
        var all: [PlaceMentionRecord] = []
        forEachWindow(of: report) { all += $0 }
        return all
    }

    /// Calls `body` with the mentions of each window of the report in turn, offsets counted
    /// from the start of the report's text.
    /// - Complexity: memory is bounded by the window length, not by the report's length.
    public func forEachWindow(of report: Report, _ body: ([PlaceMentionRecord]) throws -> Void) rethrows {
        for window in ReportWindows(text: report.text, preferredLength: windowLength) {
            var part = report
            part.text = window.text
            let records = recordsOfOneDocument(part).map { record in
                var shifted = record
                shifted.span = TextSpan(start: record.span.start + window.offset, end: record.span.end + window.offset)
                return shifted
            }
            if !records.isEmpty { try body(records) }
        }
    }

    /// The mentions of a text short enough to be resolved as one document.
    func recordsOfOneDocument(_ report: Report) -> [PlaceMentionRecord] {
        let original = report.text
        // Datelines in capitals read as names; offsets and every other letter stay as written.
        let text = DatelineCase.titleCasing(original)
        let gazetteer = pipeline.resources.gazetteer
        let masked = PossessiveMask.masking(text) { gazetteer.hasKey(NameNormalizer.key(for: $0)) }
        let recognised = pipeline.recognizer.mentions(in: masked)
        var screen = MentionScreen(gazetteer: gazetteer, demonyms: demonyms, commonWords: commonWords)
        screen.focus = Set(focus)
        let demonymCountries = demonymCountries(in: text)
        let screened = screen.screen(recognised, in: text)
        let namedCountries = Set(demonymCountries + screened.flatMap(\.countryCodes))
        let focused = FocusScreen(gazetteer: gazetteer, focus: Set(focus)).restricting(screened, namedCountries: namedCountries)
        let mentions = keepingVariantsInTheDocumentsCountries(focused, demonymCountries: demonymCountries)
        let supplement = MentionSupplement(gazetteer: gazetteer, demonyms: demonyms)
        guard !mentions.isEmpty else { return supplement.supplementing([], in: original, docID: report.id) }
        let context = DocumentContext(mentions: mentions, demonymCountries: demonymCountries, explicitFocus: focus)
        let resolutions: [Resolution]
        if appliesDocumentRules {
            resolutions = resolveWithDocumentRules(mentions, context: context, in: text)
        } else {
            let resolver = Resolver(gazetteer: gazetteer, focus: focus.isEmpty ? focusOfTheDocument(context) : focus)
            resolutions = resolver.resolve(mentions, in: text)
        }
        let events = EventLinks(incidents: pipeline.incidents(in: report), docID: report.id)
        let literal: [PlaceMentionRecord] = resolutions.compactMap { resolution in
            guard let place = resolution.place else { return nil }
            let role: PlaceMentionRecord.Role = events.links(resolution.mention, to: place) ? .event : .context
            return PlaceMentionRecord(docID: report.id, mention: Self.slice(original, resolution.mention.span),
                                      span: resolution.mention.span, place: place, geoPrecision: resolution.geoPrecision,
                                      confidence: resolution.confidence, role: role)
        }
        return supplement.supplementing(literal, in: original, docID: report.id)
    }

    /// The text of a span, in code points.
    static func slice(_ text: String, _ span: TextSpan) -> String {
        let scalars = text.unicodeScalars
        guard span.start >= 0, span.end <= scalars.count, span.start <= span.end else { return "" }
        let start = scalars.index(scalars.startIndex, offsetBy: span.start)
        let end = scalars.index(start, offsetBy: span.end - span.start)
        return String(scalars[start..<end])
    }

    /// Resolves the mentions with the document-level rules of `DocumentContext`.
    ///
    /// Until the `Resolver` takes these rules in, they run here instead of it: the scores of
    /// `DocumentContext` replace the resolver's for `places`. With `appliesDocumentRules` off,
    /// the resolver alone is used, for comparison.
    func resolveWithDocumentRules(_ mentions: [PlaceMention], context: DocumentContext, in text: String) -> [Resolution] {
        context.resolve(mentions, in: text)
    }

    /// A name the gazetteer knows only as a variant spelling ("Waziiyah") is read only in the
    /// countries the rest of the document is about (or `--focus`): every country has variants
    /// of some word, so elsewhere it is no reading, and a mention left with none is dropped.
    func keepingVariantsInTheDocumentsCountries(_ mentions: [PlaceMention], demonymCountries: [String]) -> [PlaceMention] {
        guard mentions.contains(where: \.isFuzzy) else { return mentions }
        var countries = Set(focus)
        if countries.isEmpty {
            let exact = DocumentContext(mentions: mentions.filter { !$0.isFuzzy }, demonymCountries: demonymCountries)
            countries = Set(focusOfTheDocument(exact))
        }
        if countries.isEmpty { countries = pipeline.resources.gazetteer.fuzzyCountries }
        return mentions.compactMap { mention in
            guard mention.isFuzzy else { return mention }
            var kept = mention
            kept.candidates.removeAll { !countries.contains($0.place.country) }
            return kept.candidates.isEmpty ? nil : kept
        }
    }

    /// The countries with at least half the top evidence, handed to the resolver as its focus.
    func focusOfTheDocument(_ context: DocumentContext) -> [String] {
        context.countryEvidence.filter { $0.value >= 0.5 }.map(\.key).sorted()
    }

    /// The country of each demonym in the text, once per occurrence.
    func demonymCountries(in text: String) -> [String] {
        var countries: [String] = []
        let words = WordIndex(text)
        for word in words.words(in: TextSpan(start: 0, end: text.unicodeScalars.count)) where word.isCapitalized {
            if let country = demonyms.country(for: word.lower) { countries.append(country) }
        }
        return countries
    }
}
