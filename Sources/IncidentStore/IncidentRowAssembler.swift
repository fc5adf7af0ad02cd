import GeoModel

/// One incident row's cells, read by position, whichever store they come from.
protocol IncidentRowCells {
    func text(at index: Int) throws -> String?
    func integer(at index: Int) throws -> Int?
    func real(at index: Int) throws -> Double?
}

/// An incident row as a draft: `IncidentColumns.fields`, each read by its kind.
struct IncidentRow: Sendable {
    var key: Int64
    var draft = IncidentDraft()

    /// Reads the fields from `cells`, the first at `first`; a date must be in YYYY-MM-DD form.
    /// - Throws: the cell reader's error, or `GeoModelError.invalidDay`.
    init(key: Int64, cells: some IncidentRowCells, first: Int = 1) throws {
        self.key = key
        for (offset, field) in IncidentColumns.fields.enumerated() {
            let index = first + offset
            let value: FieldValue
            switch field.kind {
            case .text: value = try cells.text(at: index).map(FieldValue.text) ?? .null
            case .integer: value = try cells.integer(at: index).map(FieldValue.integer) ?? .null
            case .coordinate: value = try cells.real(at: index).map(FieldValue.coordinate) ?? .null
            case .day: value = try cells.text(at: index).map { FieldValue.day(try Day(parsing: $0)) } ?? .null
            case .sources: value = .null
            }
            draft.set(field, to: value)
        }
    }

    /// The incident, with the checks of `Incident(validating:)` that every reader shares
    /// (known sub-type, matching event type, valid precisions, certainty and coordinate).
    /// - Throws: a reason, which the caller wraps in `StoreError.corruptRow`.
    func incident(sources: [IncidentSource]) throws -> Incident {
        var complete = draft
        complete.sources = sources
        return try Incident(validating: complete)
    }
}

/// A source row's columns as plain values.
struct SourceRow: Sendable {
    var docID: String
    var title: String?
    var url: String?
    var published: String?
    var start: Int
    var end: Int

    func source() throws -> IncidentSource {
        IncidentSource(docID: docID, title: title, url: url, published: try published.map(Day.init(parsing:)), start: start, end: end)
    }
}

/// Builds incidents from the rows of an incidents-LEFT-JOIN-sources query, which repeat an
/// incident's columns once per source (or once with no source), incident by incident and each
/// incident's sources in order. Reading columns this way skips building and parsing a JSON
/// document per incident, which took most of a large query's time.
struct IncidentRowAssembler {
    let location: String
    private(set) var incidents: [StoredIncident] = []
    private var current: IncidentRow?
    private var sources: [IncidentSource] = []

    init(location: String) { self.location = location }

    /// Adds one joined row: `incident` is read only when `key` starts a new incident.
    /// - Throws: `StoreError.corruptRow` naming the row.
    mutating func add(key: Int64, incident: () throws -> IncidentRow, source: () throws -> SourceRow?) throws {
        do {
            if current?.key != key {
                try finish()
                current = try incident()
            }
            if let row = try source() { sources.append(try row.source()) }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.corruptRow(location: location, reason: "incident row \(key): \(StoreError.describe(error))")
        }
    }

    /// The incidents, once every row is added.
    mutating func finished() throws -> [StoredIncident] {
        try finish()
        return incidents
    }

    private mutating func finish() throws {
        guard let row = current else { return }
        do {
            incidents.append(StoredIncident(rowKey: row.key, incident: try row.incident(sources: sources)))
        } catch {
            throw StoreError.corruptRow(location: location, reason: "incident row \(row.key): \(StoreError.describe(error))")
        }
        current = nil
        sources = []
    }
}
