import Analysis
import Extraction
import GazetteerKit
import Geocoding
import GeoModel

/// Reports in, incidents out: recognise places, resolve them per document, code event
/// candidates, build incidents, merge duplicates and fill provinces from the polygons.
public struct IncidentPipeline: Sendable {
    public let resources: GeoResources
    public let recognizer: PlaceRecognizer
    public let resolver: Resolver
    /// The `--focus` countries; when empty each report's own theatre is used.
    public let focus: [String]
    private let builder: IncidentBuilder
    public let extractor: IncidentExtractor

    /// - Throws: when the bundled actor dictionary cannot be read.
    public init(resources: GeoResources, focus: [String] = [], includeStrategic: Bool = false) throws {
        self.resources = resources
        recognizer = PlaceRecognizer(gazetteer: resources.gazetteer)
        var resolver = Resolver(gazetteer: resources.gazetteer, focus: focus)
        // Every mention comes from the pipeline's own recogniser, as the memo requires.
        resolver.firstChoiceMemo = FirstChoiceMemo()
        self.resolver = resolver
        self.focus = focus
        let actors = try ActorDictionary.builtin()
        builder = IncidentBuilder(gazetteer: resources.gazetteer, actors: actors)
        extractor = IncidentExtractor(actors: actors, includeStrategic: includeStrategic)
    }

    /// The incidents of one report, before merging across reports.
    /// A report of more than this many UTF-8 bytes is read in windows (`ReportWindows`, half as many code points each), each
    /// resolved as one document, so that time stays linear and memory bounded in its length.
    public var windowLength = 50_000

    public func incidents(in report: Report) -> [Incident] {
        var gaps = GazetteerGaps()
        return incidents(in: report, gaps: &gaps)
    }

    /// The incidents of one report, noting in `gaps` the linked place names it could not place.
    public func incidents(in report: Report, gaps: inout GazetteerGaps) -> [Incident] {
        guard report.text.utf8.count > windowLength else { return incidentsOfOneDocument(report, gaps: &gaps) }
        var all: [Incident] = []
        for window in ReportWindows(text: report.text, preferredLength: windowLength / 2) {
            var part = report
            part.text = window.text
            for var incident in incidentsOfOneDocument(part, gaps: &gaps) {
                for index in incident.sources.indices {
                    incident.sources[index].start += window.offset
                    incident.sources[index].end += window.offset
                }
                all.append(incident)
            }
        }
        return all
    }

    /// The incidents of a text short enough to be resolved as one document.
    func incidentsOfOneDocument(_ report: Report, gaps: inout GazetteerGaps) -> [Incident] {
        let mentions = recognizer.mentions(in: report.text)
        let extraction = extractor.extract(from: report, mentions: mentions)
        guard !extraction.candidates.isEmpty else { return [] }
        // --focus, else the countries the report sets its events in (named, or its actors'), guide the resolver.
        let preferred = focus.isEmpty ? extraction.settings : Set(focus)
        var reportResolver = resolver
        if focus.isEmpty, !preferred.isEmpty { reportResolver.focus = preferred.sorted() }
        // Every mention lends context, but only the places events are linked to need a full ranking.
        let linked = Set(extraction.candidates.flatMap { $0.locations.map(\.mention.span) })
        let resolutions = reportResolver.resolve(mentions, in: report.text, spans: linked, explained: false)
        let setting = IncidentBuilder.Setting(preferred: preferred, isNamedScene: focus.isEmpty && !extraction.theatre.isEmpty,
                                              named: Self.namedCountries(in: mentions))
        gaps.note(resolutions, setting: setting)
        return builder.incidents(for: report, extraction: extraction, resolutions: resolutions, setting: setting)
    }

    /// The countries a report names ("Yemen", "the United States"), by any reading of a mention.
    static func namedCountries(in mentions: [PlaceMention]) -> Set<String> {
        var named = Set<String>()
        for mention in mentions {
            for candidate in mention.candidates where candidate.place.isCountry && candidate.editDistance == 0 { named.insert(candidate.place.country) }
        }
        return named
    }

    /// The merged incidents of all reports, in a stable order.
    /// - Throws: `GeoEngineError` when the province polygons are invalid.
    public func incidents(from reports: [Report]) throws -> [Incident] {
        var gaps = GazetteerGaps()
        return try incidents(from: reports, gaps: &gaps)
    }

    /// The merged incidents of all reports, noting in `gaps` the linked place names the
    /// gazetteer could not place.
    public func incidents(from reports: [Report], gaps: inout GazetteerGaps) throws -> [Incident] {
        var merger = IncidentMerger.Accumulator()
        for report in reports {
            // Moved out one by one, first first, so that no incident is copied on its way in.
            var found = incidents(in: report, gaps: &gaps)
            found.reverse()
            while let incident = found.popLast() { merger.add(incident) }
        }
        var all = merger.takeMerged()
        // The polygons are indexed only when some incident came without a province.
        if all.contains(where: { $0.admin1Code == nil }) {
            let countries = Set(all.lazy.filter { $0.admin1Code == nil }.map(\.country))
            try ProvinceAssigner(provinces: resources.provinces(in: countries)).fillMissingProvinces(&all)
        }
        let order = all.indices.map { (date: all[$0].eventDate, id: all[$0].id, index: $0) }.sorted { a, b in
            switch (a.date, b.date) {
            case let (x?, y?) where x != y: x < y
            case (nil, _?): true
            case (_?, nil): false
            default: a.id < b.id
            }
        }
        return order.map { all[$0.index] }
    }
}
