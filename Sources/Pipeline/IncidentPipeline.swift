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
    public let extractor: IncidentExtractor

    /// - Throws: when the bundled actor dictionary cannot be read.
    public init(resources: GeoResources, focus: [String] = [], includeStrategic: Bool = false) throws {
        self.resources = resources
        recognizer = PlaceRecognizer(gazetteer: resources.gazetteer)
        resolver = Resolver(gazetteer: resources.gazetteer, focus: focus)
        extractor = IncidentExtractor(actors: try ActorDictionary.builtin(), includeStrategic: includeStrategic)
    }

    /// The incidents of one report, before merging across reports.
    public func incidents(in report: Report) -> [Incident] {
        let mentions = recognizer.mentions(in: report.text)
        let resolutions = resolver.resolve(mentions, in: report.text)
        let candidates = extractor.candidates(in: report, mentions: mentions)
        return IncidentBuilder(gazetteer: resources.gazetteer).incidents(for: report, candidates: candidates, resolutions: resolutions)
    }

    /// The merged incidents of all reports, in a stable order.
    /// - Throws: `GeoEngineError` when the province polygons are invalid.
    public func incidents(from reports: [Report]) throws -> [Incident] {
        var all = IncidentMerger().merge(reports.flatMap { incidents(in: $0) })
        let assigner = try ProvinceAssigner(provinces: resources.provinces)
        try assigner.fillMissingProvinces(&all)
        return all.sorted { ($0.eventDate?.description ?? "", $0.id) < ($1.eventDate?.description ?? "", $1.id) }
    }
}
