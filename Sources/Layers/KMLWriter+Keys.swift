import GeoModel

/// A shared style: one per sub-event type and fatality class.
struct StyleKey: Hashable, Comparable {
    var subType: SubEventType
    var severity: Severity

    init(_ incident: Incident) {
        subType = incident.subEventType
        severity = Severity(fatalities: incident.fatalities)
    }

    /// `air-drone-strike-many`: a valid XML id.
    var id: String { Self.ids[subType]![severity.rawValue] }

    private static let ids: [SubEventType: [String]] = Dictionary(uniqueKeysWithValues: SubEventType.allCases.map { type in
        (type, Severity.allCases.map { "\(EventStyle.slug(type.rawValue))-\($0.name)" })
    })

    static func < (lhs: StyleKey, rhs: StyleKey) -> Bool { lhs.id < rhs.id }
}

/// The Folder an incident goes in: its province, with incidents outside any province last.
struct FolderKey: Comparable {
    var unassigned: Bool
    var name: String
    var code: String

    init(_ incident: Incident) {
        unassigned = incident.admin1 == nil && incident.admin1Code == nil
        code = incident.admin1Code ?? ""
        name = incident.admin1 ?? code
    }

    var title: String { unassigned ? "No province" : name }

    static func < (lhs: FolderKey, rhs: FolderKey) -> Bool {
        (lhs.unassigned ? 1 : 0, lhs.name, lhs.code) < (rhs.unassigned ? 1 : 0, rhs.name, rhs.code)
    }
}
