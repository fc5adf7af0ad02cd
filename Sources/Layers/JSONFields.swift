import GeoModel

/// The incident record as JSON members, through the shared `IncidentField` mapping.
enum JSONFields {
    /// `"name":` for each field, with the comma that separates it from the one before (the
    /// first field in SPEC.md's order has none).
    private static let keys = CaseTable<IncidentField, ByteString> { field in
        ByteString((field == IncidentField.ordered[0] ? "" : ",") + "\"\(field.rawValue)\":")
    }

    /// Writes every field as `"name":value`, separated by commas, without braces.
    static func write(_ incident: Incident, to out: OutputBuffer) {
        IncidentField.visitAll(incident, MemberWriter(out: out, keys: keys))
    }

    /// Writes each field it is handed as one JSON member.
    private struct MemberWriter: IncidentFieldVisitor {
        let out: OutputBuffer
        let keys: CaseTable<IncidentField, ByteString>

        /// `"field":`, then the value `write` writes.
        private func member(_ field: IncidentField, _ write: () -> Void) {
            out.write(keys[field])
            write()
        }

        func visit(_ field: IncidentField, text: String) { member(field) { out.write(jsonString: text) } }
        func visit(_ field: IncidentField, integer: Int) { member(field) { out.write(integer: integer) } }
        func visit(_ field: IncidentField, coordinate: Double) { member(field) { out.write(coordinate: coordinate) } }
        func visit(_ field: IncidentField, day: Day) { member(field) { JSONFields.write(day: day, to: out) } }
        func visit(_ field: IncidentField, sources: [IncidentSource]) { member(field) { JSONFields.write(sources, to: out) } }
        func visitNull(_ field: IncidentField) { member(field) { out.write(literal: "null") } }
    }

    /// A day as a JSON string.
    static func write(day: Day, to out: OutputBuffer) {
        out.write(byte: UInt8(ascii: "\""))
        out.write(day: day)
        out.write(byte: UInt8(ascii: "\""))
    }

    /// The `sources` array, each entry's keys in the record's order.
    static func write(_ sources: [IncidentSource], to out: OutputBuffer) {
        out.write(byte: UInt8(ascii: "["))
        for i in sources.indices {
            write(sources[i], first: i == 0, to: out)
        }
        out.write(byte: UInt8(ascii: "]"))
    }

    /// `,"name":` for each key of a source but the first, which `write(_:first:to:)` opens with.
    private static let sourceKeys = CaseTable<IncidentSource.CodingKeys, ByteString> { ByteString(",\"\($0.rawValue)\":") }
    private static let firstSourceKey = ByteString("{\"\(IncidentSource.CodingKeys.docID.rawValue)\":")
    private static let laterSourceKey = ByteString(",{\"\(IncidentSource.CodingKeys.docID.rawValue)\":")

    /// One source in `IncidentSource`'s encoded form, with its `CodingKeys`.
    private static func write(_ source: IncidentSource, first: Bool, to out: OutputBuffer) {
        out.write(first ? firstSourceKey : laterSourceKey)
        out.write(jsonString: source.docID)
        out.write(sourceKeys[.title])
        if let title = source.title { out.write(jsonString: title) } else { out.write(literal: "null") }
        out.write(sourceKeys[.url])
        if let url = source.url { out.write(jsonString: url) } else { out.write(literal: "null") }
        out.write(sourceKeys[.published])
        if let day = source.published { write(day: day, to: out) } else { out.write(literal: "null") }
        out.write(sourceKeys[.start])
        out.write(integer: source.start)
        out.write(sourceKeys[.end])
        out.write(integer: source.end)
        out.write(byte: UInt8(ascii: "}"))
    }
}
