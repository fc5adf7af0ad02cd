import Analysis
import GeoModel

/// The province choropleth: every province polygon with its incident and fatality counts,
/// its counts per event type, and a `fill` from a perceptual sequential scale.
///
/// Only the countries that incidents fall in are drawn (the built-in polygons cover the world);
/// their provinces without incidents are kept, with zero counts and the scale's "none" colour.
/// A region with no country is always kept.
public struct ProvinceLayer: Sendable {
    /// One province and its counts.
    public struct Entry: Sendable {
        public var region: Region
        public var incidents: Int
        public var fatalities: Int
        /// Incidents per ACLED event type; types without incidents are absent.
        public var byType: [EventType: Int]
    }

    /// One class of the legend: a colour and the counts it stands for.
    public struct LegendClass: Sendable, Equatable {
        public var fill: String
        public var minimum: Int
        public var maximum: Int

        /// `0`, `3` or `4–6`.
        public var label: String { minimum == maximum ? "\(minimum)" : "\(minimum)–\(maximum)" }
    }

    public let entries: [Entry]
    /// The largest incident count of any province.
    public let maximum: Int

    /// The colour of a province with no incidents: a neutral grey, outside the scale.
    public static let noneColor = "#eeeeee"

    /// Six steps of viridis, the perceptually uniform sequential scale, from light (few) to dark (many).
    public static let ramp = ["#fde725", "#7ad151", "#22a884", "#2a788e", "#414487", "#440154"]

    /// Counts `incidents` per province with `IncidentCounter`, the same code `count` uses.
    /// A province is matched by its code, or by its name when it has no code.
    public init<S: Sequence>(provinces: [Region], incidents: S) where S.Element == Incident {
        let typeRows = IncidentCounter.count(incidents, by: [.province, .type, .country])
        var totals: [ProvinceID: (incidents: Int, fatalities: Int, byType: [EventType: Int])] = [:]
        var countries: Set<String> = []
        for row in typeRows {
            if let country = row.values[3] { countries.insert(country) }
            let id = ProvinceID(name: row.values[0], code: row.values[1])
            var total = totals[id, default: (0, 0, [:])]
            total.incidents += row.incidents
            total.fatalities += row.fatalities
            if let type = row.values[2].flatMap(EventType.init(rawValue:)) { total.byType[type, default: 0] += row.incidents }
            totals[id] = total
        }
        let shown = provinces.filter { region in region.country.map { $0.isEmpty || countries.contains($0) } ?? true }
        entries = shown.map { region in
            let match = totals.first { region.code != nil ? $0.key.code == region.code : $0.key.name == region.name }?.value
            return Entry(region: region, incidents: match?.incidents ?? 0, fatalities: match?.fatalities ?? 0, byType: match?.byType ?? [:])
        }
        maximum = entries.map(\.incidents).max() ?? 0
    }

    private struct ProvinceID: Hashable {
        var name: String?
        var code: String?
    }

    /// How many classes the scale has: one per count up to six, six at most.
    var classCount: Int { min(Self.ramp.count, maximum) }

    /// The colour for `count` incidents: equal-interval classes from 1 to the maximum.
    public func fill(for count: Int) -> String {
        guard count > 0, maximum > 0 else { return Self.noneColor }
        let k = classCount
        let step = (min(count, maximum) * k + maximum - 1) / maximum
        return color(ofClass: step)
    }

    /// The colour of class `step` (1 through `classCount`), spread across the ramp.
    private func color(ofClass step: Int) -> String {
        let k = classCount
        let index = k == 1 ? Self.ramp.count - 1 : (step - 1) * (Self.ramp.count - 1) / (k - 1)
        return Self.ramp[index]
    }

    /// The legend: "none" for zero, then each class with its count range.
    public var legend: [LegendClass] {
        var classes = [LegendClass(fill: Self.noneColor, minimum: 0, maximum: 0)]
        let k = classCount
        guard k > 0 else { return classes }
        for step in 1...k {
            classes.append(LegendClass(fill: color(ofClass: step), minimum: (step - 1) * maximum / k + 1, maximum: step * maximum / k))
        }
        return classes
    }

    /// The property name of an event type's count, such as `explosions_remote_violence`.
    public static func countKey(for type: EventType) -> String {
        EventStyle.slug(type.rawValue).replacingOccurrences(of: "-", with: "_")
    }
}

extension ProvinceLayer {
    /// Writes the layer as an RFC 7946 FeatureCollection with a top-level `bbox` and the legend
    /// in the collection's `properties`; rings are wound counter-clockwise outside and
    /// clockwise for holes, whatever the input's winding.
    public func write(to out: OutputBuffer) throws {
        out.write(literal: "{\"type\":\"FeatureCollection\"")
        var bounds = Bounds()
        for entry in entries { for c in entry.region.geometry.coordinates { bounds.add(c) } }
        if let box = bounds.box {
            out.write(literal: ",\"bbox\":[")
            for (i, edge) in [box.west, box.south, box.east, box.north].enumerated() {
                if i > 0 { out.write(byte: UInt8(ascii: ",")) }
                out.write(coordinate: edge)
            }
            out.write(byte: UInt8(ascii: "]"))
        }
        out.write(literal: ",\"properties\":{\"title\":\"Incidents per province\",\"legend\":{\"property\":\"incidents\",\"classes\":[")
        for (i, item) in legend.enumerated() {
            if i > 0 { out.write(byte: UInt8(ascii: ",")) }
            out.write(literal: "{\"fill\":")
            out.write(jsonString: item.fill)
            out.write(literal: ",\"min\":")
            out.write(integer: item.minimum)
            out.write(literal: ",\"max\":")
            out.write(integer: item.maximum)
            out.write(literal: ",\"label\":")
            out.write(jsonString: item.label)
            out.write(byte: UInt8(ascii: "}"))
        }
        out.write(literal: "]}},\"features\":[")
        for (i, entry) in entries.enumerated() {
            out.write(literal: i == 0 ? "\n" : ",\n")
            writeFeature(entry, to: out)
        }
        out.write(literal: "\n]}\n")
        try out.flush()
    }

    private func writeFeature(_ entry: Entry, to out: OutputBuffer) {
        out.write(literal: "{\"type\":\"Feature\",\"properties\":{\"name\":")
        out.write(jsonString: entry.region.name)
        out.write(literal: ",\"admin1_code\":")
        out.write(jsonString: entry.region.code)
        out.write(literal: ",\"country\":")
        out.write(jsonString: entry.region.country)
        out.write(literal: ",\"incidents\":")
        out.write(integer: entry.incidents)
        out.write(literal: ",\"fatalities\":")
        out.write(integer: entry.fatalities)
        for type in EventType.allCases {
            out.write(literal: ",")
            out.write(jsonString: Self.countKey(for: type))
            out.write(literal: ":")
            out.write(integer: entry.byType[type] ?? 0)
        }
        out.write(literal: ",\"title\":")
        out.write(jsonString: "\(entry.region.name): \(entry.incidents) incidents, \(entry.fatalities) fatalities")
        out.write(literal: ",\"fill\":")
        out.write(jsonString: fill(for: entry.incidents))
        out.write(literal: ",\"fill-opacity\":0.75,\"stroke\":\"#555555\",\"stroke-width\":1},\"geometry\":")
        GeometryJSON.write(entry.region.geometry, to: out)
        out.write(byte: UInt8(ascii: "}"))
    }
}
