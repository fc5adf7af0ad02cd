import GazetteerKit
import GeoModel

/// The incidents of one report, for telling event mentions from context mentions.
struct EventLinks {
    let incidents: [Incident]
    let docID: String

    /// True when an incident was coded at this mention: its evidence sentence holds the
    /// mention, its mention is the same name, and its place is the mention's place or the
    /// division that holds it.
    func links(_ mention: PlaceMention, to place: Place) -> Bool {
        incidents.contains { incident in
            guard incident.mention.hasSuffix(mention.text) || mention.text.hasSuffix(incident.mention) else { return false }
            let samePlace = incident.placeID == place.id
                || (incident.geoPrecision == .province && incident.admin1Code != nil && incident.admin1Code == place.admin1Code)
            guard samePlace else { return false }
            return incident.sources.contains { source in
                source.docID == docID && source.start <= mention.span.start && mention.span.end <= source.end
            }
        }
    }
}
