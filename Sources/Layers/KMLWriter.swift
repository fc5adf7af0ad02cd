import GeoModel

/// Writes incidents as KML 2.2, valid against the OGC schema: one Folder per province, one
/// shared Style per sub-event type, a TimeStamp or TimeSpan, ExtendedData with every field,
/// and a balloon description with the evidence and its source.
public enum KMLWriter {
    public static func write<S: Sequence>(_ incidents: S, name: String = "incidentmap incidents", to out: OutputBuffer) where S.Element == Incident {
        let list = Array(incidents)
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\">\n<Document>\n")
        out.write("<name>\(XMLText.escape(name))</name>\n")
        let subTypes = Set(list.map(\.subEventType)).sorted { $0.rawValue < $1.rawValue }
        for subType in subTypes {
            out.write("<Style id=\"\(EventStyle.slug(subType.rawValue))\"><IconStyle><color>\(kmlColor(EventStyle.color(for: subType)))</color>")
            out.write("<scale>1.1</scale><Icon><href>http://maps.google.com/mapfiles/kml/shapes/placemark_circle.png</href></Icon></IconStyle></Style>\n")
        }
        let groups = Dictionary(grouping: list) { $0.admin1 ?? "No province" }
        for province in groups.keys.sorted() {
            out.write("<Folder>\n<name>\(XMLText.escape(province))</name>\n")
            for incident in groups[province]!.sorted(by: { $0.id < $1.id }) { writePlacemark(incident, to: out) }
            out.write("</Folder>\n")
        }
        out.write("</Document>\n</kml>\n")
    }

    static func writePlacemark(_ incident: Incident, to out: OutputBuffer) {
        out.write("<Placemark id=\"\(XMLText.escape(incident.id))\">\n<name>\(XMLText.escape(EventStyle.title(of: incident)))</name>\n")
        let source = incident.sources.first
        var balloon = "<p>\(XMLText.escape(incident.notes))</p>"
        if let source {
            let title = XMLText.escape(source.title ?? source.docID)
            let link = source.url.map { "<a href=\"\(XMLText.escape($0))\">\(title)</a>" } ?? title
            balloon += "<p>\(link)\(source.published.map { ", \($0)" } ?? "")</p>"
        }
        // The balloon is escaped text, so no CDATA section can be broken by the report's words.
        out.write("<description>\(XMLText.escape(balloon))</description>\n")
        if let day = incident.eventDate {
            switch incident.timePrecision {
            case .day: out.write("<TimeStamp><when>\(day)</when></TimeStamp>\n")
            case .week: out.write("<TimeSpan><begin>\(day.startOfISOWeek)</begin><end>\(day.startOfISOWeek.adding(days: 6))</end></TimeSpan>\n")
            case .month: out.write("<TimeSpan><begin>\(day.startOfMonth)</begin><end>\(day.endOfMonth)</end></TimeSpan>\n")
            }
        }
        out.write("<styleUrl>#\(EventStyle.slug(incident.subEventType.rawValue))</styleUrl>\n<ExtendedData>\n")
        for (name, value) in zip(IncidentFields.names, IncidentFields.values(of: incident)) {
            out.write("<Data name=\"\(name)\"><value>\(XMLText.escape(value.plainText))</value></Data>\n")
        }
        out.write("<Data name=\"source\"><value>\(XMLText.escape(IncidentFields.sourceSummary(of: incident)))</value></Data>\n")
        out.write("</ExtendedData>\n")
        let c = incident.coordinate.rounded(toDecimals: 6)
        out.write("<Point><coordinates>\(FieldValue.format(c.longitude)),\(FieldValue.format(c.latitude))</coordinates></Point>\n</Placemark>\n")
    }

    /// KML colours are `aabbggrr`.
    static func kmlColor(_ hex: String) -> String {
        let digits = Array(hex.dropFirst())
        guard digits.count == 6 else { return "ff0000ff" }
        return "ff" + String(digits[4...5]) + String(digits[2...3]) + String(digits[0...1])
    }
}
