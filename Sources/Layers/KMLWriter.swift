import GeoModel

/// Writes incidents as KML 2.2, valid against the OGC schema: one Document whose placemarks
/// are sorted by province; one shared Style per sub-event type and fatality class (a circle
/// icon tinted by type and scaled by fatalities); a TimeStamp for day precision and a TimeSpan
/// for week and month precision; every record field, and the `province`, as typed ExtendedData
/// (a `Schema` and `SchemaData`); and a balloon with the evidence and its sources.
///
/// The placemarks sit directly in the Document, in no Folder: GDAL's LIBKML and KML drivers
/// (and so QGIS) read every Folder as a layer of its own, nested or not (checked with GDAL 3.6:
/// a Folder of province Folders gave an empty layer plus one per province), and a layer named
/// after a province such as `'Amran` stopped `ogr2ogr`. One Document of placemarks is one layer,
/// and the `province` field groups it in QGIS as the Folders did in Google Earth.
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
        // An array's incidents are read in place; other collections through their indices.
        let done: Void? = incidents.withContiguousStorageIfAvailable { buffer in
            writeDocument(buffer, name: name, to: out)
        }
        if done == nil { writeDocument(incidents, name: name, to: out) }
    }

    /// The document: styles in use and the schema, then the placemarks province by province.
    private static func writeDocument<C: RandomAccessCollection>(_ incidents: C, name: String, to out: OutputBuffer)
        where C.Element == Incident {
        var usedStyles = StyleSet()
        var grouped = true
        var previous: FolderKey?
        for i in incidents.indices {
            // Fields are read one by one, so no incident is copied whole.
            usedStyles.insert(incidents[i].subEventType, Severity(fatalities: incidents[i].fatalities))
            let key = FolderKey(admin1: incidents[i].admin1, code: incidents[i].admin1Code)
            if let previous, key < previous { grouped = false }
            previous = key
        }

        out.write(literal: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\">\n<Document>\n<name>")
        out.write(xmlText: name)
        out.write(literal: "</name>\n")
        for key in usedStyles.keys.sorted() { writeStyle(key, to: out) }
        writeSchema(to: out)

        let placemark = PlacemarkWriter(out: out)
        func emit(_ incident: Incident) { placemark.write(incident) }
        if grouped {
            for i in incidents.indices { emit(incidents[i]) }
        } else {
            let order = incidents.indices.enumerated()
                .map { (key: FolderKey(incidents[$0.element]), offset: $0.offset, index: $0.element) }
                .sorted { ($0.key, $0.offset) < ($1.key, $1.offset) }
            for entry in order { emit(incidents[entry.index]) }
        }
        out.write(literal: "</Document>\n</kml>\n")
    }

    /// Writes one Placemark at a time, with the constant pieces it needs made once.
    private struct PlacemarkWriter {
        let out: OutputBuffer
        /// Where the `sources` field is written as JSON before it is escaped as XML text.
        let scratch = OutputBuffer()
        let openings = dataOpenings
        let styleURLs = styleReferences

        /// One Placemark, its children in the order the schema requires.
        func write(_ incident: Incident) {
            out.write(literal: "<Placemark>\n<name>")
            let name = XMLTextSink(out: out, asHTMLInXML: false)
            EventStyle.titlePieces(of: incident, into: name)
            out.write(literal: "</name>\n<description>")
            writeBalloon(incident, to: out)
            out.write(literal: "</description>\n")
            writeTime(incident, to: out)
            // <styleUrl>, then the openings of ExtendedData and SchemaData.
            out.write(styleURLs[incident.subEventType][Severity(fatalities: incident.fatalities)])
            IncidentField.visitAll(incident, SimpleDataWriter(out: out, scratch: scratch, openings: openings))
            out.write(literal: "<SimpleData name=\"province\">")
            out.write(xmlText: FolderKey(incident).title)
            out.write(literal: "</SimpleData>\n</SchemaData></ExtendedData>\n<Point><coordinates>")
            out.write(coordinate: incident.coordinate.longitude)
            out.write(byte: UInt8(ascii: ","))
            out.write(coordinate: incident.coordinate.latitude)
            out.write(literal: "</coordinates></Point>\n</Placemark>\n")
        }
    }

    /// Writes each field that has a value as a typed `SimpleData`.
    private struct SimpleDataWriter: IncidentFieldVisitor {
        let out: OutputBuffer
        let scratch: OutputBuffer
        let openings: CaseTable<IncidentField, ByteString>

        /// `<SimpleData name="field">`, the value `write` writes, then the closing tag.
        private func element(_ field: IncidentField, _ write: () -> Void) {
            out.write(openings[field])
            write()
            out.write(literal: "</SimpleData>\n")
        }

        func visit(_ field: IncidentField, text: String) { element(field) { out.write(xmlText: text) } }
        func visit(_ field: IncidentField, integer: Int) { element(field) { out.write(integer: integer) } }
        func visit(_ field: IncidentField, coordinate: Double) { element(field) { out.write(coordinate: coordinate) } }
        func visit(_ field: IncidentField, day: Day) { element(field) { out.write(day: day) } }

        /// The sources as the same JSON array the GeoJSON record holds, escaped as XML text.
        func visit(_ field: IncidentField, sources: [IncidentSource]) {
            element(field) {
                scratch.reset()
                JSONFields.write(sources, to: scratch)
                scratch.withWrittenBytes { out.writeXMLEscaped($0, twice: false) }
            }
        }

        func visitNull(_ field: IncidentField) {}
    }

    /// The balloon: title, evidence, fatalities, then each source's linked title and date, as
    /// HTML that is itself escaped as XML text.
    static func writeBalloon(_ incident: Incident, to out: OutputBuffer) {
        let html = XMLTextSink(out: out, asHTMLInXML: true)
        out.write(literal: "&lt;h3&gt;")
        EventStyle.titlePieces(of: incident, into: html)
        out.write(literal: "&lt;/h3&gt;&lt;p&gt;")
        html.text(incident.notes)
        out.write(literal: "&lt;/p&gt;")
        if let fatalities = incident.fatalities {
            out.write(literal: "&lt;p&gt;Fatalities: ")
            out.write(integer: fatalities)
            out.write(literal: "&lt;/p&gt;")
        }
        let sources = incident.sources
        for i in sources.indices { writeBalloonSource(sources[i], to: out) }
    }

    /// One source's paragraph: its title, linked when its URL is a web link, and its date.
    private static func writeBalloonSource(_ source: IncidentSource, to out: OutputBuffer) {
        out.write(literal: "&lt;p&gt;")
        if let url = source.url, EventStyle.isWebLink(url) {
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

    /// A TimeStamp for day precision; a TimeSpan over the ISO week or the month otherwise.
    static func writeTime(_ incident: Incident, to out: OutputBuffer) {
        guard let day = incident.eventDate else { return }
        if incident.timePrecision == .day {
            out.write(literal: "<TimeStamp><when>")
            out.write(day: day)
            out.write(literal: "</when></TimeStamp>\n")
            return
        }
        out.write(literal: "<TimeSpan><begin>")
        // The ISO week or the month; `Day` counts these in days, with no calendar run per placemark.
        let start = incident.timePrecision == .week ? day.startOfISOWeek : day.startOfMonth
        out.write(day: start)
        out.write(literal: "</begin><end>")
        out.write(day: incident.timePrecision == .week ? start.adding(days: 6) : day.endOfMonth)
        out.write(literal: "</end></TimeSpan>\n")
    }

    /// `<SimpleData name="...">` for each field.
    private static let dataOpenings = CaseTable<IncidentField, ByteString> { ByteString("<SimpleData name=\"\($0.rawValue)\">") }

    /// For each sub-event type and fatality class: the placemark's `styleUrl`, then the
    /// openings of its ExtendedData, made once.
    private static let styleReferences = CaseTable<SubEventType, CaseTable<Severity, ByteString>> { subType in
        CaseTable { severity in
            ByteString("<styleUrl>#\(StyleKey(subType: subType, severity: severity).id)</styleUrl>\n"
                + "<ExtendedData><SchemaData schemaUrl=\"#\(schemaID)\">\n")
        }
    }

    /// The KML type of each field's SimpleData.
    static func kmlType(of field: IncidentField) -> String {
        switch field.kind {
        case .integer: "int"
        case .coordinate: "double"
        case .text, .day, .sources: "string"
        }
    }

    static func writeSchema(to out: OutputBuffer) {
        out.write(literal: "<Schema name=\"incident\" id=\"incident\">\n")
        for field in IncidentField.ordered {
            out.write("<SimpleField type=\"\(kmlType(of: field))\" name=\"\(field.rawValue)\"></SimpleField>\n")
        }
        out.write(literal: "<SimpleField type=\"string\" name=\"province\"></SimpleField>\n")
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
