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
        PlainTextSink.string { titlePieces(of: incident, into: $0) }
    }

    /// The title in pieces: `Air/drone strike — Talbiseh, 2015-10-07`; a week or month date
    /// reads `week of 2015-10-05` or `2015-11`, the span `event_date` starts.
    static func titlePieces<S: TextSink>(of incident: Incident, into sink: S) {
        sink.text(incident.subEventType.rawValue)
        sink.literal(" — ")
        sink.text(incident.location)
        sink.literal(", ")
        guard let day = IncidentFields.spanStart(of: incident) else { sink.literal("undated"); return }
        switch incident.timePrecision {
        case .day: sink.day(day)
        case .week: sink.literal("week of "); sink.day(day)
        case .month: sink.text(day.monthKey)
        }
    }

    /// The URL when it is a web link (http or https), the only kind a balloon or pop-up links
    /// to; a `javascript:` or `file:` URL stays text in the record and is never made a link.
    public static func webLink(_ url: String?) -> String? {
        guard let url else { return nil }
        return isWebLink(url) ? url : nil
    }

    /// Whether `url` starts with `http://` or `https://`, letters in any case (no Unicode
    /// letter lowercases to one of these ASCII ones, so this agrees with `lowercased()`).
    static func isWebLink(_ url: String) -> Bool {
        OutputBuffer.withBytes(of: url) { bytes in
            func hasPrefix(_ prefix: StaticString) -> Bool {
                let count = prefix.utf8CodeUnitCount
                guard bytes.count >= count else { return false }
                for i in 0..<count {
                    let b = bytes[i]
                    let lower = b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") ? b | 0x20 : b
                    if lower != prefix.utf8Start[i] { return false }
                }
                return true
            }
            return hasPrefix("https://") || hasPrefix("http://")
        }
    }

    /// The sources in pieces: `title (url, published)` joined by `; `.
    static func sourcePieces<S: TextSink>(of incident: Incident, into sink: S) {
        let sources = incident.sources
        for i in sources.indices {
            if i > 0 { sink.literal("; ") }
            sourcePieces(sources[i], into: sink)
        }
    }

    /// One source: `title (url, published)`, or only the parts it has.
    private static func sourcePieces<S: TextSink>(_ source: IncidentSource, into sink: S) {
        sink.text(source.title ?? source.docID)
        guard source.url != nil || source.published != nil else { return }
        sink.literal(" (")
        if let url = source.url { sink.text(url) }
        if let day = source.published {
            if source.url != nil { sink.literal(", ") }
            sink.day(day)
        }
        sink.literal(")")
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
