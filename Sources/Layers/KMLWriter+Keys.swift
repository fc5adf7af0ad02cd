import GeoModel

/// A shared style: one per sub-event type and fatality class.
struct StyleKey: Hashable, Comparable {
    var subType: SubEventType
    var severity: Severity

    init(subType: SubEventType, severity: Severity) {
        self.subType = subType
        self.severity = severity
    }

    init(_ incident: Incident) {
        self.init(subType: incident.subEventType, severity: Severity(fatalities: incident.fatalities))
    }

    /// `air-drone-strike-many`: a valid XML id.
    var id: String { "\(EventStyle.slug(subType.rawValue))-\(severity.name)" }

    static func < (lhs: StyleKey, rhs: StyleKey) -> Bool { lhs.id < rhs.id }
}

/// The styles a document uses: one flag per sub-event type and fatality class, so that noting
/// an incident's style costs no hashing.
struct StyleSet {
    private var used = [Bool](repeating: false, count: SubEventType.allCases.count * Severity.allCases.count)

    mutating func insert(_ subType: SubEventType, _ severity: Severity) {
        used[Self.slot[subType] + severity.rawValue] = true
    }

    /// The styles in use.
    var keys: [StyleKey] {
        SubEventType.allCases.flatMap { subType in
            Severity.allCases.filter { used[Self.slot[subType] + $0.rawValue] }.map { StyleKey(subType: subType, severity: $0) }
        }
    }

    /// Where each sub-event type's flags start.
    private static let slot = CaseTable<SubEventType, Int> { subType in
        SubEventType.allCases.firstIndex(of: subType)! * Severity.allCases.count
    }
}

/// The province an incident is sorted under and named by in the `province` field, with
/// incidents outside any province last.
struct FolderKey: Comparable {
    var unassigned: Bool
    var name: String
    var code: String

    init(admin1: String?, code admin1Code: String?) {
        unassigned = admin1 == nil && admin1Code == nil
        code = admin1Code ?? ""
        name = admin1 ?? code
    }

    init(_ incident: Incident) {
        self.init(admin1: incident.admin1, code: incident.admin1Code)
    }

    var title: String { unassigned ? "No province" : name }

    static func < (lhs: FolderKey, rhs: FolderKey) -> Bool {
        (lhs.unassigned ? 1 : 0, lhs.name, lhs.code) < (rhs.unassigned ? 1 : 0, rhs.name, rhs.code)
    }
}
