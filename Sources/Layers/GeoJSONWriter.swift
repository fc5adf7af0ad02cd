import GeoModel

/// Writes incidents as an RFC 7946 FeatureCollection: lon/lat order, at most 6 decimals, a
/// top-level `bbox`, no `crs`, and simplestyle-spec styling on every point.
///
/// The writer streams: it holds one feature at a time, so memory stays flat however many
/// incidents the sequence yields. That is why `bbox` comes after `features`: JSON members
/// have no order, and RFC 7946 asks only that the bbox be a member of the collection.
/// An empty collection has no bbox, since there is nothing to bound.
public enum GeoJSONWriter {
    /// Writes `incidents` as a FeatureCollection, one Feature per line.
    /// - Throws: the write error, if the output could not be written.
    /// - Complexity: O(n) time, O(1) memory.
    public static func write<S: Sequence>(_ incidents: S, to out: OutputBuffer) throws where S.Element == Incident {
        out.write(literal: "{\"type\":\"FeatureCollection\",\"features\":[")
        var bounds = Bounds()
        var first = true
        for incident in incidents {
            out.write(literal: first ? "\n" : ",\n")
            first = false
            bounds.add(incident.coordinate)
            writeFeature(incident, to: out)
        }
        out.write(literal: "\n]")
        if let box = bounds.box {
            out.write(literal: ",\"bbox\":[")
            out.write(coordinate: box.west); out.write(byte: UInt8(ascii: ","))
            out.write(coordinate: box.south); out.write(byte: UInt8(ascii: ","))
            out.write(coordinate: box.east); out.write(byte: UInt8(ascii: ","))
            out.write(coordinate: box.north)
            out.write(byte: UInt8(ascii: "]"))
        }
        out.write(literal: "}\n")
        try out.flush()
    }

    /// One Feature: the record in SPEC.md's order, then the simplestyle keys.
    static func writeFeature(_ incident: Incident, to out: OutputBuffer) {
        out.write(literal: "{\"type\":\"Feature\",\"id\":")
        out.write(jsonString: incident.id)
        out.write(literal: ",\"geometry\":{\"type\":\"Point\",\"coordinates\":[")
        out.write(coordinate: incident.coordinate.longitude)
        out.write(byte: UInt8(ascii: ","))
        out.write(coordinate: incident.coordinate.latitude)
        out.write(literal: "]},\"properties\":{")
        JSONFields.write(incident, to: out)
        out.write(literal: ",\"marker-color\":")
        out.write(jsonString: EventStyle.color(for: incident.eventType))
        out.write(literal: ",\"marker-symbol\":")
        out.write(jsonString: EventStyle.markerSymbol(for: incident.subEventType))
        out.write(literal: ",\"marker-size\":\"")
        out.write(literal: Severity(fatalities: incident.fatalities).markerSize)
        out.write(literal: "\",\"title\":")
        out.write(jsonPieces: { EventStyle.titlePieces(of: incident, $0) })
        out.write(literal: ",\"description\":")
        out.write(jsonPieces: { emit in
            emit(.text(incident.notes))
            if !incident.sources.isEmpty {
                emit(.literal(" — "))
                EventStyle.sourcePieces(of: incident, emit)
            }
        })
        out.write(literal: "}}")
    }
}

/// The incident record as JSON members, through the shared `IncidentField` mapping.
enum JSONFields {
    /// `"name":` for each field, in order.
    private static let keys: [[UInt8]] = IncidentField.ordered.map { Array("\"\($0.rawValue)\":".utf8) }

    /// Writes every field as `"name":value`, separated by commas, without braces.
    static func write(_ incident: Incident, to out: OutputBuffer) {
        keys.withUnsafeBufferPointer { keys in
            for (i, field) in IncidentField.ordered.enumerated() {
                if i > 0 { out.write(byte: UInt8(ascii: ",")) }
                keys[i].withUnsafeBufferPointer { out.write($0) }
                write(field.value(in: incident), to: out)
            }
        }
    }

    /// One value as JSON.
    static func write(_ value: FieldValue, to out: OutputBuffer) {
        switch value {
        case let .text(text): out.write(jsonString: text)
        case let .integer(number): out.write(integer: number)
        case let .coordinate(degrees): out.write(coordinate: degrees)
        case let .day(day):
            out.write(byte: UInt8(ascii: "\""))
            out.write(day: day)
            out.write(byte: UInt8(ascii: "\""))
        case let .sources(sources): write(sources, to: out)
        case .null: out.write(literal: "null")
        }
    }

    /// The `sources` array, each entry's keys in the record's order.
    static func write(_ sources: [IncidentSource], to out: OutputBuffer) {
        out.write(byte: UInt8(ascii: "["))
        for (i, source) in sources.enumerated() {
            out.write(literal: i == 0 ? "{\"doc_id\":" : ",{\"doc_id\":")
            out.write(jsonString: source.docID)
            out.write(literal: ",\"title\":")
            out.write(jsonString: source.title)
            out.write(literal: ",\"url\":")
            out.write(jsonString: source.url)
            out.write(literal: ",\"published\":")
            if let day = source.published { write(.day(day), to: out) } else { out.write(literal: "null") }
            out.write(literal: ",\"start\":")
            out.write(integer: source.start)
            out.write(literal: ",\"end\":")
            out.write(integer: source.end)
            out.write(byte: UInt8(ascii: "}"))
        }
        out.write(byte: UInt8(ascii: "]"))
    }
}

/// The running bounding box of the positions written so far.
struct Bounds {
    private(set) var box: (west: Double, south: Double, east: Double, north: Double)?

    mutating func add(_ c: Coordinate) {
        guard let b = box else {
            box = (c.longitude, c.latitude, c.longitude, c.latitude)
            return
        }
        box = (min(b.west, c.longitude), min(b.south, c.latitude), max(b.east, c.longitude), max(b.north, c.latitude))
    }
}
