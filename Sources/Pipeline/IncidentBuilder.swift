import Extraction
import GazetteerKit
import Geocoding
import GeoModel

/// Turns a report's event candidates and its resolved place mentions into incidents.
struct IncidentBuilder {
    let gazetteer: Gazetteer

    func incidents(for report: Report, candidates: [EventCandidate], resolutions: [Resolution]) -> [Incident] {
        let bySpan = Dictionary(resolutions.map { ($0.mention.span, $0) }, uniquingKeysWith: { first, _ in first })
        var result: [Incident] = []
        for candidate in candidates {
            for location in candidate.locations {
                guard let resolution = bySpan[location.mention.span], let resolved = resolution.place, !resolved.isCountry else { continue }
                var place = resolved
                var precision = resolution.geoPrecision
                switch location.scope {
                case .province:
                    if !place.isProvince, let code = place.admin1Code, let province = gazetteer.province(code: code) { place = province }
                    precision = .province
                case .near:
                    precision = max(precision, .nearTown)
                case .place:
                    break
                }
                if place.isProvince { precision = .province }
                let source = IncidentSource(docID: report.id, title: report.title, url: report.url, published: report.date,
                                            start: candidate.sentence.span.start, end: candidate.sentence.span.end)
                var incident = Incident(
                    id: "", eventDate: candidate.date?.day, timePrecision: candidate.date?.precision ?? .month,
                    subEventType: candidate.subEventType, actor1: candidate.actor1, actor2: candidate.actor2,
                    location: place.name, mention: location.mention.text, placeID: place.id,
                    coordinate: place.coordinate.rounded(toDecimals: 6), geoPrecision: precision, admin1: place.admin1,
                    admin1Code: place.admin1Code, country: place.country, fatalities: candidate.fatalities,
                    certainty: candidate.certainty, notes: candidate.sentence.text, sources: [source])
                incident.id = IncidentIdentity.id(for: incident)
                result.append(incident)
            }
        }
        return result
    }
}

/// Stable incident ids: a hash of what makes an incident one incident in ACLED's sense.
public enum IncidentIdentity {
    /// `SY-` followed by 12 hex digits of a stable hash of type, place, day and actors.
    public static func id(for incident: Incident) -> String {
        var hash = StableHash()
        hash.combine(incident.subEventType.rawValue)
        hash.combine(incident.placeID)
        hash.combine(incident.eventDate?.description ?? "")
        hash.combine(incident.actor1 ?? "")
        hash.combine(incident.actor2 ?? "")
        return "\(incident.country)-\(hash.hexDigest.prefix(12))"
    }
}
