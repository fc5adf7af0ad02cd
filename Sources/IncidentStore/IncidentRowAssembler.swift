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

    /// The incident, with the checks `Incident`'s JSON decoder makes (known sub-type, matching
    /// event type, valid precisions, certainty, date and coordinate).
    /// - Throws: a reason, which the caller wraps in `StoreError.corruptRow`.
    func incident(sources: [IncidentSource]) throws -> Incident {
        guard let subType = SubEventType(rawValue: subEventType) else { throw GeoModelError.unknownSubEventType(subEventType) }
        guard subType.eventType.rawValue == eventType else {
            throw RowReason("event type '\(eventType)' does not hold sub-event type '\(subEventType)'")
        }
        guard let time = TimePrecision(rawValue: timePrecision) else { throw GeoModelError.invalidPrecision(timePrecision) }
        guard let geo = GeoPrecision(rawValue: geoPrecision) else { throw GeoModelError.invalidPrecision(geoPrecision) }
        guard let certainty = Certainty(rawValue: certainty) else { throw GeoModelError.unknownCertainty(certainty) }
        return Incident(id: id, eventDate: try eventDate.map(Day.init(parsing:)), timePrecision: time, subEventType: subType,
                        actor1: actor1, actor2: actor2, location: location, mention: mention, placeID: placeID,
                        coordinate: try Coordinate(latitude: latitude, longitude: longitude), geoPrecision: geo,
                        admin1: admin1, admin1Code: admin1Code, country: country, fatalities: fatalities,
                        certainty: certainty, notes: notes, sources: sources)
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

/// A reason a stored row is not a valid incident.
struct RowReason: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
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
