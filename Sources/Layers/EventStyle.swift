import Foundation
import GeoModel

/// Colours, symbols and labels shared by every layer, so a type looks the same everywhere.
public enum EventStyle {
    /// A hex colour `#rrggbb` per event type (colour-blind-safe hues, one per ACLED type).
    public static func color(for type: EventType) -> String {
        switch type {
        case .battles: "#d62728"
        case .explosionsRemoteViolence: "#ff7f0e"
        case .violenceAgainstCivilians: "#7b3294"
        case .protests: "#1f77b4"
        case .riots: "#8c564b"
        case .strategicDevelopments: "#7f7f7f"
        }
    }

    /// A hex colour per sub-event type: its event type's colour, varied for the remote kinds.
    public static func color(for subType: SubEventType) -> String {
        switch subType {
        case .airDroneStrike: "#e6550d"
        case .shellingArtilleryMissileAttack: "#fd8d3c"
        case .remoteExplosiveLandmineIED, .suicideBomb, .grenade: "#a63603"
        default: color(for: subType.eventType)
        }
    }

    /// A short id usable in XML and CSS, such as `air-drone-strike`.
    public static func slug(_ text: String) -> String {
        var result = ""
        for c in text.lowercased() {
            if c.isLetter || c.isNumber { result.append(c) } else if result.last != "-" { result.append("-") }
        }
        return result.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
    }
}

extension EventStyle {
    /// A Maki icon name for simplestyle's `marker-symbol`.
    public static func markerSymbol(for subType: SubEventType) -> String {
        switch subType {
        case .airDroneStrike: "airport"
        case .shellingArtilleryMissileAttack, .chemicalWeapon: "danger"
        case .remoteExplosiveLandmineIED, .suicideBomb, .grenade: "fire-station"
        case .armedClash, .governmentRegainsTerritory, .nonStateActorOvertakesTerritory: "cross"
        case .attack, .sexualViolence, .abductionForcedDisappearance: "skull"
        default: "circle"
        }
    }

    /// A one-line title: sub-type, place and date.
    public static func title(of incident: Incident) -> String {
        TextPiece.string { titlePieces(of: incident, $0) }
    }

    /// The title in pieces: `Air/drone strike — Talbiseh, 2015-10-07`.
    static func titlePieces(of incident: Incident, _ emit: (TextPiece) -> Void) {
        emit(.text(incident.subEventType.rawValue))
        emit(.literal(" — "))
        emit(.text(incident.location))
        emit(.literal(", "))
        if let day = incident.eventDate { emit(.day(day)) } else { emit(.literal("undated")) }
    }

    /// The URL when it is a web link (http or https), the only kind a balloon or pop-up links
    /// to; a `javascript:` or `file:` URL stays text in the record and is never made a link.
    public static func webLink(_ url: String?) -> String? {
        guard let url else { return nil }
        let lower = url.lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://") ? url : nil
    }

    /// The sources in pieces: `title (url, published)` joined by `; `.
    static func sourcePieces(of incident: Incident, _ emit: (TextPiece) -> Void) {
        for (i, source) in incident.sources.enumerated() {
            if i > 0 { emit(.literal("; ")) }
            emit(.text(source.title ?? source.docID))
            guard source.url != nil || source.published != nil else { continue }
            emit(.literal(" ("))
            if let url = source.url { emit(.text(url)) }
            if let day = source.published {
                if source.url != nil { emit(.literal(", ")) }
                emit(.day(day))
            }
            emit(.literal(")"))
        }
    }
}

/// How heavy an incident was, by its reported fatalities: it sets the marker size everywhere.
public enum Severity: Int, CaseIterable, Sendable {
    /// No fatalities reported, or none known.
    case none = 0
    /// One to nine.
    case some = 1
    /// Ten or more.
    case many = 2

    public init(fatalities: Int?) {
        switch fatalities ?? 0 {
        case ..<1: self = .none
        case 1..<10: self = .some
        default: self = .many
        }
    }

    /// simplestyle's `marker-size`.
    public var markerSize: StaticString {
        switch self {
        case .none: "small"
        case .some: "medium"
        case .many: "large"
        }
    }

    /// KML's IconStyle `scale`.
    public var iconScale: StaticString {
        switch self {
        case .none: "0.8"
        case .some: "1.1"
        case .many: "1.5"
        }
    }

    /// A suffix for style ids.
    public var name: String {
        switch self {
        case .none: "none"
        case .some: "some"
        case .many: "many"
        }
    }

    /// The circle radius in map.html, in SVG units.
    public var radius: Int {
        switch self {
        case .none: 4
        case .some: 6
        case .many: 9
        }
    }
}
