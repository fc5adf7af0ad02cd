import Foundation
import GeoModel

/// Colours and labels shared by every layer, so a type looks the same everywhere.
public enum EventStyle {
    /// A hex colour `#rrggbb` per event type.
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

    /// A hex colour per sub-event type: its event type's colour, darker for the remote kinds.
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
        "\(incident.subEventType.rawValue) — \(incident.location), \(incident.eventDate?.description ?? "undated")"
    }
}
