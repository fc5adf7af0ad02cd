import Analysis
import Foundation
import GeoModel

/// Province polygons with incident and fatality counts and a choropleth `fill`.
public struct ProvinceLayer {
    public struct Entry {
        public var region: Region
        public var incidents: Int
        public var fatalities: Int
        public var byType: [String: Int]
    }

    public let entries: [Entry]

    /// A sequential, perceptually ordered ramp from pale yellow to dark red (ColorBrewer YlOrRd).
    public static let ramp = ["#ffffcc", "#ffeda0", "#fed976", "#feb24c", "#fd8d3c", "#fc4e2a", "#e31a1c", "#b10026"]

    /// Counts `incidents` per province code with `IncidentCounter`, the same code `count` uses.
    public init(provinces: [Region], incidents: [Incident]) {
        let rows = IncidentCounter.count(incidents, by: [.province])
        let typeRows = IncidentCounter.count(incidents, by: [.province, .type])
        entries = provinces.map { region in
            let row = rows.first { $0.values[1] == region.code }
            var byType: [String: Int] = [:]
            for typeRow in typeRows where typeRow.values[1] == region.code { byType[typeRow.values[2] ?? ""] = typeRow.incidents }
            return Entry(region: region, incidents: row?.incidents ?? 0, fatalities: row?.fatalities ?? 0, byType: byType)
        }
    }

    /// The ramp's colour for `count` when the largest count is `maximum`; zero gets the first step.
    public static func fill(for count: Int, maximum: Int) -> String {
        guard count > 0, maximum > 0 else { return ramp[0] }
        let step = 1 + Int((Double(count) / Double(maximum)) * Double(ramp.count - 2) + 0.5)
        return ramp[min(ramp.count - 1, step)]
    }

    /// The class edges of the legend: the lowest count of each colour.
    public var legend: [(color: String, from: Int)] {
        let maximum = entries.map(\.incidents).max() ?? 0
        var seen: [String: Int] = [:]
        for count in 0...max(0, maximum) {
            let color = Self.fill(for: count, maximum: maximum)
            if seen[color] == nil { seen[color] = count }
        }
        return Self.ramp.compactMap { color in seen[color].map { (color, $0) } }
    }

    public func write(to out: OutputBuffer) throws {
        let maximum = entries.map(\.incidents).max() ?? 0
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let legendJSON = legend.map { "{\"fill\":\"\($0.color)\",\"from\":\($0.from)}" }.joined(separator: ",")
        out.write("{\"type\":\"FeatureCollection\"")
        if let box = BoundingBox.enclosing(entries.flatMap { $0.region.geometry.coordinates }) {
            out.write(",\"bbox\":[\([box.west, box.south, box.east, box.north].map(FieldValue.format).joined(separator: ","))]")
        }
        out.write(",\"legend\":{\"property\":\"incidents\",\"classes\":[\(legendJSON)]},\"features\":[")
        for (i, entry) in entries.enumerated() {
            out.write(i == 0 ? "\n" : ",\n")
            let properties = ProvinceProperties(name: entry.region.name, admin1Code: entry.region.code, country: entry.region.country,
                                                incidents: entry.incidents, fatalities: entry.fatalities, byType: entry.byType,
                                                fill: Self.fill(for: entry.incidents, maximum: maximum))
            out.write("{\"type\":\"Feature\",\"properties\":")
            out.write(String(decoding: try encoder.encode(properties), as: UTF8.self))
            out.write(",\"geometry\":\(GeometryJSON.text(entry.region.geometry))}")
        }
        out.write("\n]}\n")
    }
}

struct ProvinceProperties: Encodable {
    var name: String
    var admin1Code: String?
    var country: String?
    var incidents: Int
    var fatalities: Int
    var byType: [String: Int]
    var fill: String

    enum CodingKeys: String, CodingKey {
        case name, admin1Code = "admin1_code", country, incidents, fatalities, byType = "incidents_by_type", fill
        case fillOpacity = "fill-opacity", stroke, strokeWidth = "stroke-width"
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(admin1Code, forKey: .admin1Code)
        try c.encode(country, forKey: .country)
        try c.encode(incidents, forKey: .incidents)
        try c.encode(fatalities, forKey: .fatalities)
        try c.encode(byType, forKey: .byType)
        try c.encode(fill, forKey: .fill)
        try c.encode(0.7, forKey: .fillOpacity)
        try c.encode("#555555", forKey: .stroke)
        try c.encode(1, forKey: .strokeWidth)
    }
}

/// GeoJSON geometry text with lon/lat order and at most 6 decimals.
enum GeometryJSON {
    static func text(_ geometry: Geometry) -> String {
        func ring(_ r: [Coordinate]) -> String {
            "[" + r.map { "[\(FieldValue.format($0.longitude)),\(FieldValue.format($0.latitude))]" }.joined(separator: ",") + "]"
        }
        func polygon(_ p: Polygon) -> String { "[" + ([p.exterior] + p.holes).map(ring).joined(separator: ",") + "]" }
        switch geometry {
        case let .point(c): return "{\"type\":\"Point\",\"coordinates\":[\(FieldValue.format(c.longitude)),\(FieldValue.format(c.latitude))]}"
        case let .polygon(p): return "{\"type\":\"Polygon\",\"coordinates\":\(polygon(p))}"
        case let .multiPolygon(ps): return "{\"type\":\"MultiPolygon\",\"coordinates\":[\(ps.map(polygon).joined(separator: ","))]}"
        }
    }
}
