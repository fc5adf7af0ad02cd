import Foundation
import GeoModel

/// Writes incidents as an RFC 7946 FeatureCollection: lon/lat order, at most 6 decimals, a
/// top-level `bbox`, no `crs`, and simplestyle-spec styling on every point.
public enum GeoJSONWriter {
    /// One feature per incident, one per line.
    public static func write<S: Sequence>(_ incidents: S, to out: OutputBuffer) throws where S.Element == Incident {
        let list = Array(incidents)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        out.write("{\"type\":\"FeatureCollection\"")
        if let box = BoundingBox.enclosing(list.map(\.coordinate)) {
            let edges = [box.west, box.south, box.east, box.north].map(FieldValue.format).joined(separator: ",")
            out.write(",\"bbox\":[\(edges)]")
        }
        out.write(",\"features\":[")
        for (i, incident) in list.enumerated() {
            out.write(i == 0 ? "\n" : ",\n")
            let c = incident.coordinate.rounded(toDecimals: 6)
            out.write("{\"type\":\"Feature\",\"id\":")
            out.write(try String(decoding: encoder.encode(incident.id), as: UTF8.self))
            out.write(",\"geometry\":{\"type\":\"Point\",\"coordinates\":[\(FieldValue.format(c.longitude)),\(FieldValue.format(c.latitude))]}")
            out.write(",\"properties\":")
            out.write(try String(decoding: encoder.encode(StyledIncident(incident: incident)), as: UTF8.self))
            out.write("}")
        }
        out.write("\n]}\n")
    }
}

/// The incident record plus simplestyle-spec keys.
struct StyledIncident: Encodable {
    let incident: Incident

    enum StyleKeys: String, CodingKey {
        case markerColor = "marker-color", markerSymbol = "marker-symbol", markerSize = "marker-size", title, description
    }

    func encode(to encoder: any Encoder) throws {
        try incident.encode(to: encoder)
        var style = encoder.container(keyedBy: StyleKeys.self)
        try style.encode(EventStyle.color(for: incident.eventType), forKey: .markerColor)
        try style.encode(EventStyle.markerSymbol(for: incident.subEventType), forKey: .markerSymbol)
        try style.encode((incident.fatalities ?? 0) >= 10 ? "large" : "medium", forKey: .markerSize)
        try style.encode(EventStyle.title(of: incident), forKey: .title)
        try style.encode("\(incident.notes) — \(IncidentFields.sourceSummary(of: incident))", forKey: .description)
    }
}
