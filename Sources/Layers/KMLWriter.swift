import GeoModel

/// Writes incidents as KML 2.2, valid against the OGC schema: one Folder per province,
/// sorted; one shared Style per sub-event type and fatality class; a TimeStamp for day
/// precision and a TimeSpan for week and month precision; every record field as typed
/// ExtendedData (a `Schema` and `SchemaData`); and a balloon with the evidence and its sources.
///
/// Every text is XML-escaped and no CDATA is used, so a name holding `<`, `&` or `]]>` stays
/// text. The Placemark carries no `id` attribute: KML ids must be unique XML names, which a
/// merged file cannot promise; the incident id is in its ExtendedData.
///
/// Memory: the writer makes two passes over the collection and holds one placemark at a
/// time. When the incidents are already grouped by province (as `LayerSet` and the benchmark
/// give them) it needs no more; otherwise it sorts an array of their indices, one `Int` per
/// incident, and never copies the incidents themselves.
public enum KMLWriter {
    /// The Schema's id, which every placemark's SchemaData points to.
    static let schemaID = "incident"

    /// Writes the KML document.
    /// - Complexity: O(n) when grouped by province, O(n log n) otherwise.
    public static func write<C: RandomAccessCollection>(_ incidents: C, name: String = "incidentmap incidents",
                                                         to out: OutputBuffer) where C.Element == Incident {
        var usedStyles = Set<StyleKey>()
        var grouped = true
        var previous: FolderKey?
        for incident in incidents {
            usedStyles.insert(StyleKey(incident))
            let key = FolderKey(incident)
            if let previous, key < previous { grouped = false }
            previous = key
        }

        out.write(literal: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\">\n<Document>\n<name>")
        out.write(xmlText: name)
        out.write(literal: "</name>\n")
        for key in usedStyles.sorted() { writeStyle(key, to: out) }
        writeSchema(to: out)

        let scratch = OutputBuffer()
        var current: FolderKey?
        func emit(_ incident: Incident) {
            let key = FolderKey(incident)
            if key != current {
                if current != nil { out.write(literal: "</Folder>\n") }
                out.write(literal: "<Folder>\n<name>")
                out.write(xmlText: key.title)
                out.write(literal: "</name>\n")
                current = key
            }
            writePlacemark(incident, scratch: scratch, to: out)
        }
        if grouped {
            for incident in incidents { emit(incident) }
        } else {
            let order = incidents.indices.enumerated()
                .map { (key: FolderKey(incidents[$0.element]), offset: $0.offset, index: $0.element) }
                .sorted { ($0.key, $0.offset) < ($1.key, $1.offset) }
            for entry in order { emit(incidents[entry.index]) }
        }
        if current != nil { out.write(literal: "</Folder>\n") }
        out.write(literal: "</Document>\n</kml>\n")
    }

    /// One Placemark, its children in the order the schema requires.
    static func writePlacemark(_ incident: Incident, scratch: OutputBuffer, to out: OutputBuffer) {
        out.write(literal: "<Placemark>\n<name>")
        out.write(xmlPieces: { EventStyle.titlePieces(of: incident, $0) })
        out.write(literal: "</name>\n<description>")
        writeBalloon(incident, to: out)
        out.write(literal: "</description>\n")
        writeTime(incident, to: out)
        out.write(literal: "<styleUrl>#")
        out.write(StyleKey(incident).id)
        out.write(literal: "</styleUrl>\n<ExtendedData><SchemaData schemaUrl=\"#incident\">\n")
        for (i, field) in IncidentField.ordered.enumerated() {
            let value = field.value(in: incident)
            if case .null = value { continue }
            Self.dataOpenings[i].withUnsafeBufferPointer { out.write($0) }
            switch value {
            case let .text(text): out.write(xmlText: text)
            case let .integer(number): out.write(integer: number)
            case let .coordinate(degrees): out.write(coordinate: degrees)
            case let .day(day): out.write(day: day)
            case let .sources(sources):
                scratch.reset()
                JSONFields.write(sources, to: scratch)
                scratch.bytes().withUnsafeBufferPointer { out.writeXMLEscaped($0, twice: false) }
            case .null: break
            }
            out.write(literal: "</SimpleData>\n")
        }
        out.write(literal: "</SchemaData></ExtendedData>\n<Point><coordinates>")
        out.write(coordinate: incident.coordinate.longitude)
        out.write(byte: UInt8(ascii: ","))
        out.write(coordinate: incident.coordinate.latitude)
        out.write(literal: "</coordinates></Point>\n</Placemark>\n")
    }

    /// The balloon: title, evidence, fatalities, then each source's linked title and date, as
    /// HTML that is itself escaped as XML text.
    static func writeBalloon(_ incident: Incident, to out: OutputBuffer) {
        out.write(literal: "&lt;h3&gt;")
        out.write(xmlPieces: { EventStyle.titlePieces(of: incident, $0) }, asHTMLInXML: true)
        out.write(literal: "&lt;/h3&gt;&lt;p&gt;")
        out.write(xmlText: incident.notes, asHTMLInXML: true)
        out.write(literal: "&lt;/p&gt;")
        if let fatalities = incident.fatalities {
            out.write(literal: "&lt;p&gt;Fatalities: ")
            out.write(integer: fatalities)
            out.write(literal: "&lt;/p&gt;")
        }
        for source in incident.sources {
            out.write(literal: "&lt;p&gt;")
            if let url = EventStyle.webLink(source.url) {
                out.write(literal: "&lt;a href=&quot;")
                out.write(xmlText: url, asHTMLInXML: true)
                out.write(literal: "&quot;&gt;")
                out.write(xmlText: source.title ?? source.docID, asHTMLInXML: true)
                out.write(literal: "&lt;/a&gt;")
            } else {
                out.write(xmlText: source.title ?? source.docID, asHTMLInXML: true)
            }
            if let day = source.published {
                out.write(literal: ", ")
                out.write(day: day)
            }
            out.write(literal: "&lt;/p&gt;")
        }
    }

    /// A TimeStamp for day precision; a TimeSpan over the ISO week or the month otherwise.
    static func writeTime(_ incident: Incident, to out: OutputBuffer) {
        guard let day = incident.eventDate else { return }
        let span: (Day, Day)
        switch incident.timePrecision {
        case .day:
            out.write(literal: "<TimeStamp><when>")
            out.write(day: day)
            out.write(literal: "</when></TimeStamp>\n")
            return
        case .week: span = (day.startOfISOWeek, day.startOfISOWeek.adding(days: 6))
        case .month: span = (day.startOfMonth, day.endOfMonth)
        }
        out.write(literal: "<TimeSpan><begin>")
        out.write(day: span.0)
        out.write(literal: "</begin><end>")
        out.write(day: span.1)
        out.write(literal: "</end></TimeSpan>\n")
    }

    /// `<SimpleData name="...">` for each field, in order.
    private static let dataOpenings: [[UInt8]] = IncidentField.ordered.map { Array("<SimpleData name=\"\($0.rawValue)\">".utf8) }

    /// The KML type of each field's SimpleData.
    static func kmlType(of field: IncidentField) -> String {
        switch field {
        case .timePrecision, .geoPrecision, .fatalities: "int"
        case .latitude, .longitude: "double"
        default: "string"
        }
    }

    static func writeSchema(to out: OutputBuffer) {
        out.write(literal: "<Schema name=\"incident\" id=\"incident\">\n")
        for field in IncidentField.ordered {
            out.write("<SimpleField type=\"\(kmlType(of: field))\" name=\"\(field.rawValue)\"></SimpleField>\n")
        }
        out.write(literal: "</Schema>\n")
    }

    static func writeStyle(_ key: StyleKey, to out: OutputBuffer) {
        out.write(literal: "<Style id=\"")
        out.write(key.id)
        out.write(literal: "\"><IconStyle><color>")
        out.write(kmlColor(EventStyle.color(for: key.subType)))
        out.write(literal: "</color><scale>")
        out.write(literal: key.severity.iconScale)
        out.write(literal: "</scale><Icon><href>http://maps.google.com/mapfiles/kml/shapes/placemark_circle.png</href></Icon></IconStyle></Style>\n")
    }

    /// KML colours are `aabbggrr`.
    static func kmlColor(_ hex: String) -> String {
        let digits = Array(hex.dropFirst())
        guard digits.count == 6 else { return "ff0000ff" }
        return "ff" + String(digits[4...5]) + String(digits[2...3]) + String(digits[0...1])
    }
}
