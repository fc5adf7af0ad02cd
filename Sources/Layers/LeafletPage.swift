import Foundation
import GeoModel

/// Writes the interactive `map.html`: Leaflet and Leaflet.markercluster inlined, the country
/// outlines and the province choropleth as vector layers, clustered incident markers, a time
/// slider, filters, a table and pop-ups, in one file that loads nothing from the network.
///
/// The incidents go into the page as one JSON document of columns (one array per filterable
/// field, indices into shared lists of types, actors and certainties), so that the page's
/// script filters 100,000 incidents with plain array loops. Every text from a report is written
/// as a JSON string with `<`, `>` and `&` escaped inside a `type="application/json"` script
/// element, and the page puts it into the DOM only through `textContent`, never as markup: a
/// report holding `<script>` stays text. The Content-Security-Policy forbids every fetch.
public enum LeafletPage {
    /// How far beyond the mapped area country outlines are kept, in degrees.
    static let countryMargin = 12.0

    /// Writes the page.
    /// - Parameters:
    ///   - countries: country outlines for the base layer; those far from the data are left out.
    ///   - assets: the Leaflet files to inline.
    public static func write(incidents: [Incident], provinces: ProvinceLayer, countries: [Region],
                             assets: LeafletAssets, title: String = "incidentmap", to out: OutputBuffer) throws {
        out.write(head(title: title, assets: assets))
        out.write(literal: "<script id=\"map-data\" type=\"application/json\">")
        writeData(incidents: incidents, provinces: provinces, countries: countries, to: out)
        out.write(literal: "</script>\n<script id=\"map-details\" type=\"application/json\">")
        writeDetails(incidents: incidents, to: out)
        out.write(literal: "</script>\n<script>")
        out.write(assets.leafletJS)
        out.write(literal: "</script>\n<script>")
        out.write(assets.clusterJS)
        out.write(literal: "</script>\n<script>")
        out.write(script)
        out.write(literal: "</script>\n</body></html>\n")
        try out.flush()
    }

    /// Writes `[` the values `value` gives, one per incident, `]`.
    static func writeColumn(_ incidents: [Incident], to out: OutputBuffer, _ value: (Incident) -> Void) {
        out.write(byte: UInt8(ascii: "["))
        for (i, incident) in incidents.enumerated() {
            if i > 0 { out.write(byte: UInt8(ascii: ",")) }
            value(incident)
        }
        out.write(byte: UInt8(ascii: "]"))
    }

    /// The texts only pop-ups, the table and the search need, as columns: a second JSON
    /// document, which the page parses after its first draw.
    static func writeDetails(incidents: [Incident], to out: OutputBuffer) {
        out.write(literal: "{\"sub_event_type\":")
        writeColumn(incidents, to: out) { out.write(jsonString: $0.subEventType.rawValue, forHTML: true) }
        out.write(literal: ",\n\"location\":")
        writeColumn(incidents, to: out) { out.write(jsonString: $0.location, forHTML: true) }
        out.write(literal: ",\n\"admin1\":")
        writeColumn(incidents, to: out) { out.write(jsonString: $0.admin1 ?? "", forHTML: true) }
        out.write(literal: ",\n\"notes\":")
        writeColumn(incidents, to: out) { out.write(jsonString: $0.notes, forHTML: true) }
        out.write(literal: ",\n\"sources\":")
        writeColumn(incidents, to: out) { incident in
            out.write(byte: UInt8(ascii: "["))
            for (j, source) in incident.sources.enumerated() {
                if j > 0 { out.write(byte: UInt8(ascii: ",")) }
                out.write(byte: UInt8(ascii: "["))
                out.write(jsonString: source.title ?? source.docID, forHTML: true)
                out.write(byte: UInt8(ascii: ","))
                out.write(jsonString: EventStyle.webLink(source.url) ?? "", forHTML: true)
                out.write(byte: UInt8(ascii: ","))
                out.write(jsonString: source.published?.description ?? "", forHTML: true)
                out.write(byte: UInt8(ascii: "]"))
            }
            out.write(byte: UInt8(ascii: "]"))
        }
        out.write(literal: "}")
    }

    /// The page's data: lists, province and country shapes, then the incidents' filterable
    /// fields and positions as columns.
    static func writeData(incidents: [Incident], provinces: ProvinceLayer, countries: [Region], to out: OutputBuffer) {
        let types = EventType.allCases
        var actors: [String] = []
        var actorIndex: [String: Int] = [:]
        func actor(_ name: String?) -> Int {
            guard let name else { return -1 }
            if let i = actorIndex[name] { return i }
            actorIndex[name] = actors.count
            actors.append(name)
            return actors.count - 1
        }
        var provinceByCode: [String: Int] = [:], provinceByName: [String: Int] = [:]
        for (i, entry) in provinces.entries.enumerated() {
            if let code = entry.region.code { provinceByCode[code] = provinceByCode[code] ?? i } else { provinceByName[entry.region.name] = provinceByName[entry.region.name] ?? i }
        }
        func province(of incident: Incident) -> Int {
            if let code = incident.admin1Code, let i = provinceByCode[code] { return i }
            if let name = incident.admin1, let i = provinceByName[name] { return i }
            return -1
        }

        out.write(literal: "{\"credit\":")
        out.write(jsonString: LeafletAssets.credit, forHTML: true)
        out.write(literal: ",\"types\":[")
        for (i, type) in types.enumerated() {
            if i > 0 { out.write(byte: UInt8(ascii: ",")) }
            out.write(literal: "{\"name\":")
            out.write(jsonString: type.rawValue, forHTML: true)
            out.write(literal: ",\"color\":")
            out.write(jsonString: EventStyle.color(for: type))
            out.write(byte: UInt8(ascii: "}"))
        }
        out.write(literal: "],\"certainties\":")
        writeStrings(Certainty.allCases.map(\.rawValue), to: out)
        out.write(literal: ",\"precisions\":[\"\",\"day\",\"week\",\"month\"],\"ramp\":")
        writeStrings(ProvinceLayer.ramp, to: out)
        out.write(literal: ",\"none\":")
        out.write(jsonString: ProvinceLayer.noneColor)

        out.write(literal: ",\n\"provinces\":[")
        for (i, entry) in provinces.entries.enumerated() {
            out.write(literal: i == 0 ? "\n" : ",\n")
            out.write(literal: "{\"type\":\"Feature\",\"properties\":{\"name\":")
            out.write(jsonString: entry.region.name, forHTML: true)
            out.write(literal: ",\"code\":")
            out.write(jsonString: entry.region.code ?? "", forHTML: true)
            out.write(literal: "},\"geometry\":")
            GeometryJSON.write(entry.region.geometry, to: out)
            out.write(byte: UInt8(ascii: "}"))
        }
        out.write(literal: "],\n\"countries\":[")
        for (i, country) in nearby(countries, incidents: incidents, provinces: provinces).enumerated() {
            out.write(literal: i == 0 ? "\n" : ",\n")
            out.write(literal: "{\"type\":\"Feature\",\"properties\":{\"name\":")
            out.write(jsonString: country.name, forHTML: true)
            out.write(literal: "},\"geometry\":")
            GeometryJSON.write(country.geometry, to: out)
            out.write(byte: UInt8(ascii: "}"))
        }
        out.write(literal: "],\n\"incidents\":{")
        // Columns: one array per field, in incident order.
        func column(_ name: StaticString, first: Bool = false, _ value: (Incident) -> Void) {
            if !first { out.write(literal: ",\n") }
            out.write(literal: "\"")
            out.write(literal: name)
            out.write(literal: "\":")
            writeColumn(incidents, to: out, value)
        }
        column("lat", first: true) { out.write(coordinate: $0.coordinate.latitude) }
        column("lon") { out.write(coordinate: $0.coordinate.longitude) }
        column("date") { incident in
            if let day = IncidentFields.spanStart(of: incident) { out.write(byte: UInt8(ascii: "\"")); out.write(day: day); out.write(byte: UInt8(ascii: "\"")) } else { out.write(literal: "null") }
        }
        column("time_precision") { out.write(integer: $0.timePrecision.rawValue) }
        column("type") { out.write(integer: types.firstIndex(of: $0.eventType)!) }
        column("actor1") { out.write(integer: actor($0.actor1)) }
        column("actor2") { out.write(integer: actor($0.actor2)) }
        column("certainty") { out.write(integer: Certainty.allCases.firstIndex(of: $0.certainty)!) }
        column("province") { out.write(integer: province(of: $0)) }
        column("fatalities") { incident in if let f = incident.fatalities { out.write(integer: f) } else { out.write(literal: "null") } }
        column("geo_precision") { out.write(integer: $0.geoPrecision.rawValue) }
        out.write(literal: "},\n\"actors\":")
        writeStrings(actors, to: out)
        out.write(literal: "}")
    }

    /// The countries whose bounding box comes within `countryMargin` degrees of the data.
    static func nearby(_ countries: [Region], incidents: [Incident], provinces: ProvinceLayer) -> [Region] {
        var bounds = Bounds()
        for incident in incidents { bounds.add(incident.coordinate) }
        for entry in provinces.entries { for c in entry.region.geometry.coordinates { bounds.add(c) } }
        guard let box = bounds.box else { return countries }
        return countries.filter { country in
            guard let b = country.geometry.boundingBox else { return false }
            return b.west <= box.east + countryMargin && b.east >= box.west - countryMargin
                && b.south <= box.north + countryMargin && b.north >= box.south - countryMargin
        }
    }

    static func writeStrings(_ values: [String], to out: OutputBuffer) {
        out.write(byte: UInt8(ascii: "["))
        for (i, value) in values.enumerated() {
            if i > 0 { out.write(byte: UInt8(ascii: ",")) }
            out.write(jsonString: value, forHTML: true)
        }
        out.write(byte: UInt8(ascii: "]"))
    }
}
