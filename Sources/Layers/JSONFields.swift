import GeoModel

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
