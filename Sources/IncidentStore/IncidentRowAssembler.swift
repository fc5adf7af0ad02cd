import GeoModel

/// An incident row's columns as plain values, whichever store they were read from.
struct IncidentRow: Sendable {
    var key: Int64
    var id: String
    var eventDate: String?
    var timePrecision: Int
    var eventType: String
    var subEventType: String
    var actor1: String?
    var actor2: String?
    var location: String
    var mention: String
    var placeID: String
    var latitude: Double
    var longitude: Double
    var geoPrecision: Int
    var admin1: String?
    var admin1Code: String?
    var country: String
    var fatalities: Int?
    var certainty: String
    var notes: String

    /// The incident, with the checks of `Incident(validating:)` that every reader shares
    /// (known sub-type, matching event type, valid precisions, certainty and coordinate) and a
    /// date in YYYY-MM-DD form.
    /// - Throws: a reason, which the caller wraps in `StoreError.corruptRow`.
    func incident(sources: [IncidentSource]) throws -> Incident {
        var draft = IncidentDraft()
        draft.id = id
        draft.eventDate = try eventDate.map(Day.init(parsing:))
        draft.timePrecision = timePrecision
        draft.eventType = eventType
        draft.subEventType = subEventType
        draft.actor1 = actor1
        draft.actor2 = actor2
        draft.location = location
        draft.mention = mention
        draft.placeID = placeID
        draft.latitude = latitude
        draft.longitude = longitude
        draft.geoPrecision = geoPrecision
        draft.admin1 = admin1
        draft.admin1Code = admin1Code
        draft.country = country
        draft.fatalities = fatalities
        draft.certainty = certainty
        draft.notes = notes
        draft.sources = sources
        return try Incident(validating: draft)
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
