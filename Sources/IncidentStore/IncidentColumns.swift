import GeoModel

/// An incident's column values in `SQLiteSchema.incidentColumns` order, shared by both stores.
enum IncidentColumns {
    /// A column value: text, integer, real or NULL.
    enum Value: Sendable, Hashable {
        case text(String?)
        case integer(Int?)
        case real(Double)
    }

    static func values(of incident: Incident) -> [Value] {
        let position = incident.coordinate.rounded(toDecimals: 6)
        return [
            .text(incident.id), .text(incident.eventDate?.description), .integer(incident.timePrecision.rawValue),
            .text(incident.eventType.rawValue), .text(incident.subEventType.rawValue), .text(incident.actor1),
            .text(incident.actor2), .text(incident.location), .text(incident.mention), .text(incident.placeID),
            .real(position.latitude), .real(position.longitude), .integer(incident.geoPrecision.rawValue),
            .text(incident.admin1), .text(incident.admin1Code), .text(incident.country), .integer(incident.fatalities),
            .text(incident.certainty.rawValue), .text(incident.notes),
        ]
    }
}
