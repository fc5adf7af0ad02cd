import GeoModel

/// The incident table's columns: the fields of the one incident schema, `IncidentField`, but
/// `sources` (a table of its own). `admin2` is a column since schema version 3 of both stores;
/// an older store gains it, empty for the incidents it held, when it is opened.
/// Both stores insert, update and read incident rows in this order.
enum IncidentColumns {
    static let fields: [IncidentField] = IncidentField.ordered.filter { $0 != .sources }

    /// The columns' names, which are the fields' names.
    static let names: [String] = fields.map(\.rawValue)

    /// An incident's values for `fields`, coordinates rounded to 6 decimals as every output writes them.
    static func values(of incident: Incident) -> [FieldValue] {
        fields.map { field in
            let value = field.value(in: incident)
            if case let .coordinate(degrees) = value { return .coordinate(Coordinate.round(degrees, 6)) }
            return value
        }
    }
}
