import CIncidentJSON
import GeoModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One incident record out of JSON, parsed by simdjson through the `CIncidentJSON` shim:
/// a line of JSON Lines, or the properties of a GeoJSON feature. The shim looks for the keys of
/// the one incident schema, `IncidentField` (and `IncidentSource.CodingKeys` in `sources`), and
/// fills its fields in that order, which `decoded(_:)` walks.
///
/// Owns its simdjson parser and frees it in `deinit`. Not thread safe: one per task.
final class IncidentJSONParser {
    private let parser: OpaquePointer
    /// The shim's output for a record and for one of its sources: plain memory that this parser
    /// owns, read without the exclusivity checks a class's array property costs on every access.
    private let fields = UnsafeMutableBufferPointer<ij_value>.allocate(capacity: IncidentField.ordered.count)
    private let sourceFields = UnsafeMutableBufferPointer<ij_value>.allocate(capacity: IncidentSource.CodingKeys.allCases.count)
    /// Days already parsed, by their number `YYYYMMDD`: a file holds a few thousand distinct
    /// days in a million records.
    private var daysByNumber: [Int: Day] = [:]

    /// Readable bytes simdjson needs past a record's end.
    static let padding = ij_padding()

    init() {
        let recordKeys = IncidentField.ordered.map(\.rawValue), sourceKeys = IncidentSource.CodingKeys.allCases.map(\.rawValue)
        let sourcesKey = IncidentField.ordered.firstIndex(of: .sources) ?? 0
        let created = Self.withCStrings(recordKeys) { records in
            Self.withCStrings(sourceKeys) { sources in
                ij_parser_create(records.baseAddress, records.count, sourcesKey, sources.baseAddress, sources.count)
            }
        }
        guard let parser = created else { fatalError("simdjson: out of memory") }
        self.parser = parser
        fields.initialize(repeating: ij_value())
        sourceFields.initialize(repeating: ij_value())
    }

    /// Lends `strings` to `body` as C strings, freed when it returns.
    private static func withCStrings<R>(_ strings: [String], _ body: (UnsafeBufferPointer<UnsafePointer<CChar>?>) -> R) -> R {
        let copies = strings.map { UnsafePointer(strdup($0)) }
        defer { copies.forEach { free(UnsafeMutablePointer(mutating: $0)) } }
        return copies.withUnsafeBufferPointer(body)
    }

    deinit {
        ij_parser_destroy(parser)
        fields.deallocate()
        sourceFields.deallocate()
    }

    /// The incident of the JSON object `bytes[start..<end]`; `capacity` bytes from `bytes` are readable.
    /// - Throws: `RecordError` saying what is wrong, in the words of `JSONDecoder`'s errors
    ///   where it had some (`missing 'id'`, `wrong type at latitude`).
    func incident(_ bytes: UnsafePointer<UInt8>, start: Int, end: Int, capacity: Int, fields wanted: ReadFields) throws -> Incident {
        var message: UnsafePointer<CChar>?
        let status = (bytes + start).withMemoryRebound(to: CChar.self, capacity: end - start) {
            ij_parse_record(parser, $0, end - start, capacity - start, fields.baseAddress, &message)
        }
        guard status == 0 else { throw RecordError("not valid JSON: \(message.map { String(cString: $0) } ?? "")") }
        return try decoded(wanted)
    }

    /// Parses a GeoJSON document and keeps its features for `featureIncident(_:fields:)`.
    /// - Returns: the number of features.
    func parseFeatures(_ bytes: UnsafePointer<UInt8>, count: Int, capacity: Int) throws -> Int {
        var message: UnsafePointer<CChar>?
        let features = bytes.withMemoryRebound(to: CChar.self, capacity: count) {
            ij_parse_features(parser, $0, count, capacity, &message)
        }
        guard features >= 0 else { throw RecordError(message.map { String(cString: $0) } ?? "not GeoJSON") }
        return Int(features)
    }

    /// The incident in the properties of feature `index` of the last `parseFeatures`.
    func featureIncident(_ index: Int, fields wanted: ReadFields) throws -> Incident {
        var message: UnsafePointer<CChar>?
        let status = ij_feature_record(parser, index, fields.baseAddress, &message)
        guard status == 0 else { throw RecordError(message.map { String(cString: $0) } ?? "not a feature") }
        return try decoded(wanted)
    }

    /// The incident of the fields filled last, checked by `Incident(validating:)`: one step per
    /// field of the schema, in its order.
    private func decoded(_ wanted: ReadFields) throws -> Incident {
        var draft = IncidentDraft()
        for (slot, field) in IncidentField.ordered.enumerated() {
            let value = fields[slot]
            switch field {
            case .id: if wanted.contains(.identity) { draft.id = try string(value, field) } else { try require(value, field) }
            case .eventDate: draft.eventDate = try eventDate(value)
            case .timePrecision: draft.timePrecision = try integer(value, field)
            case .eventType: draft.eventType = try optionalString(value, field, known: .eventTypes)
            case .subEventType: draft.subEventType = try string(value, field, known: .subEventTypes)
            case .actor1: if wanted.contains(.actors) { draft.actor1 = try optionalString(value, field) }
            case .actor2: if wanted.contains(.actors) { draft.actor2 = try optionalString(value, field) }
            case .location: if wanted.contains(.places) { draft.location = try string(value, field) } else { try require(value, field) }
            case .mention: if wanted.contains(.places) { draft.mention = try optionalString(value, field) ?? "" }
            case .placeID: if wanted.contains(.places) { draft.placeID = try optionalString(value, field) ?? "" }
            case .latitude: draft.latitude = try number(value, field)
            case .longitude: draft.longitude = try number(value, field)
            case .geoPrecision: draft.geoPrecision = try integer(value, field)
            case .admin1: draft.admin1 = try optionalString(value, field)
            case .admin1Code: draft.admin1Code = try optionalString(value, field)
            case .admin2: draft.admin2 = try optionalString(value, field)
            case .country: draft.country = try string(value, field)
            case .fatalities: if value.kind != IJ_ABSENT, value.kind != IJ_NULL { draft.fatalities = try integer(value, field) }
            case .certainty: draft.certainty = try optionalString(value, field)
            case .notes: if wanted.contains(.narrative) { draft.notes = try optionalString(value, field) ?? "" }
            case .sources: if wanted.contains(.narrative) { draft.sources = try sources(value) }
            }
        }
        do { return try Incident(validating: draft) } catch { throw RecordError(error.description) }
    }

    /// The `event_date` field's day. A `YYYY-MM-DD` of digits is looked up by its number
    /// (`YYYYMMDD`) without making a string of it; a file holds a few thousand distinct days.
    private func eventDate(_ value: ij_value) throws -> Day? {
        guard value.kind == IJ_STRING, let text = value.text else {
            _ = try optionalString(value, .eventDate)
            return nil
        }
        let bytes = UnsafeRawBufferPointer(start: text, count: value.length)
        guard let key = Self.dayNumber(bytes) else { return try day(Self.string(value)) }
        if let known = daysByNumber[key] { return known }
        let day = try day(Self.string(value))
        if daysByNumber.count < 100_000 { daysByNumber[key] = day }
        return day
    }

    /// `YYYYMMDD` for ten bytes `YYYY-MM-DD` of ASCII digits, else nil.
    static func dayNumber(_ bytes: UnsafeRawBufferPointer) -> Int? {
        guard bytes.count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D else { return nil }
        var number = 0
        for k in 0..<10 where k != 4 && k != 7 {
            let digit = Int(bytes[k]) &- 0x30
            guard digit >= 0, digit <= 9 else { return nil }
            number = number * 10 + digit
        }
        return number
    }

    private func day(_ text: String) throws -> Day {
        do { return try Day(parsing: text) } catch { throw RecordError("\(error) at event_date") }
    }

    /// The entries of `sources`, each read by the keys of `IncidentSource.CodingKeys`.
    private func sources(_ value: ij_value) throws -> [IncidentSource] {
        if value.kind == IJ_ABSENT || value.kind == IJ_NULL { return [] }
        let count = ij_source_count(parser)
        // An empty array and a value that is not an array both come as no entries: tell them apart.
        guard value.kind == IJ_OTHER else { throw RecordError("wrong type at sources") }
        return try (0..<count).map { index in
            let status = ij_source(parser, index, sourceFields.baseAddress)
            guard status == 0 else { throw RecordError("wrong type at sources.\(index)") }
            var docID: String?, title: String?, url: String?, published: Day?, start = 0, end = 0
            for (slot, key) in IncidentSource.CodingKeys.allCases.enumerated() {
                let value = sourceFields[slot]
                func text() throws -> String? {
                    switch value.kind {
                    case IJ_ABSENT, IJ_NULL: return nil
                    case IJ_STRING: return Self.string(value)
                    default: throw RecordError("wrong type at sources.\(index).\(key.rawValue)")
                    }
                }
                func offset() throws -> Int {
                    switch value.kind {
                    case IJ_ABSENT, IJ_NULL: return 0
                    case IJ_INTEGER: return Int(value.integer)
                    default: throw RecordError("wrong type at sources.\(index).\(key.rawValue)")
                    }
                }
                switch key {
                case .docID: docID = try text()
                case .title: title = try text()
                case .url: url = try text()
                case .published:
                    do { published = try text().map(Day.init(parsing:)) } catch let error as RecordError { throw error } catch {
                        throw RecordError("\(error) at sources.\(index).published")
                    }
                case .start: start = try offset()
                case .end: end = try offset()
                }
            }
            guard let docID else { throw RecordError("missing 'doc_id' at sources.\(index)") }
            return IncidentSource(docID: docID, title: title, url: url, published: published, start: start, end: end)
        }
    }

    private static func string(_ value: ij_value, known: KnownTexts? = nil) -> String {
        let bytes = UnsafeRawBufferPointer(start: value.text, count: value.length)
        if let known, let text = known.text(equalTo: bytes.bindMemory(to: UInt8.self)) { return text }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func optionalString(_ value: ij_value, _ field: IncidentField, known: KnownTexts? = nil) throws -> String? {
        switch value.kind {
        case IJ_ABSENT, IJ_NULL: return nil
        case IJ_STRING: return Self.string(value, known: known)
        default: throw RecordError("wrong type at \(field.rawValue)")
        }
    }

    private func string(_ value: ij_value, _ field: IncidentField, known: KnownTexts? = nil) throws -> String {
        guard value.kind == IJ_STRING else { throw Self.mismatch(value.kind, field) }
        return Self.string(value, known: known)
    }

    /// Checks that a string field the caller does not use is there, without making a string of it.
    private func require(_ value: ij_value, _ field: IncidentField) throws {
        if value.kind != IJ_STRING { throw Self.mismatch(value.kind, field) }
    }

    private func number(_ value: ij_value, _ field: IncidentField) throws -> Double {
        guard value.kind == IJ_INTEGER || value.kind == IJ_NUMBER else { throw Self.mismatch(value.kind, field) }
        return value.number
    }

    /// The error for a required field of another kind than asked for: missing, null or the wrong type.
    private static func mismatch(_ kind: ij_kind, _ field: IncidentField) -> RecordError {
        switch kind {
        case IJ_ABSENT: RecordError("missing '\(field.rawValue)'")
        case IJ_NULL: RecordError("null at \(field.rawValue)")
        default: RecordError("wrong type at \(field.rawValue)")
        }
    }

    private func integer(_ value: ij_value, _ field: IncidentField) throws -> Int {
        switch value.kind {
        case IJ_INTEGER: return Int(value.integer)
        case IJ_NUMBER where value.number == value.number.rounded() && abs(value.number) < 1e15: return Int(value.number)
        default: throw Self.mismatch(value.kind, field)
        }
    }
}

/// A failure in one record, described for the user.
struct RecordError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Decodes JSON Lines: one record a line, blank lines skipped.
struct JSONLinesDecoder: RecordDecoder {
    let parser = IncidentJSONParser()
    let fields: ReadFields
    /// Readable bytes from the buffer's start (the filled bytes and simdjson's padding).
    var capacity: Int

    mutating func decode(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, isLast: Bool) -> RecordStep {
        let count = bytes.count
        guard let base = bytes.baseAddress else { return .incomplete }
        let end: Int
        if let newline = memchrOffset(base, from: start, to: count) { end = newline } else {
            guard isLast else { return .incomplete }
            end = count
        }
        let next = min(count, end + 1), lines = end < count ? 1 : 0
        var contentEnd = end
        while contentEnd > start, [32, 9, 13].contains(bytes[contentEnd - 1]) { contentEnd -= 1 }
        var contentStart = start
        while contentStart < contentEnd, [32, 9].contains(bytes[contentStart]) { contentStart += 1 }
        if contentStart == contentEnd { return .record(next: next, lines: lines, nil) }
        do {
            let incident = try parser.incident(base, start: contentStart, end: contentEnd, capacity: capacity, fields: fields)
            return .record(next: next, lines: lines, incident)
        } catch {
            return .failure(next: next, lines: lines, reason: "\(error)")
        }
    }
}

/// The offset of the first line feed in `base[from..<to]`, found by `memchr`.
func memchrOffset(_ base: UnsafePointer<UInt8>, from: Int, to: Int) -> Int? {
    guard from < to, let found = memchr(base + from, 0x0A, to - from) else { return nil }
    return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
}
