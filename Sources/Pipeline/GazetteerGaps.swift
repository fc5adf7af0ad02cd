import Geocoding
import GeoModel

/// Place names that events were linked to but the gazetteer could not place in the country a
/// report set them in: not found, placed only at a larger place around them ("the X area of Y
/// district"), or found only abroad. `extract` and `map` end with a hint to download that
/// country's GeoNames dump when there are any.
public struct GazetteerGaps: Sendable, Equatable {
    /// Country code → the distinct names missing there.
    public private(set) var names: [String: Set<String>] = [:]

    public init() {}

    public var isEmpty: Bool { names.isEmpty }

    /// Notes the linked mentions of one report that the gazetteer left unplaced.
    /// - Parameter setting: where the report sets its events; a reading abroad that it accepts
    ///   ("Arsal" in a report on Syria that names Lebanon) is no gap.
    mutating func note(_ resolutions: [Resolution], setting: IncidentBuilder.Setting) {
        let scene = setting.preferred
        for resolution in resolutions {
            let mention = resolution.mention
            // A name that is a country, a division or a large city somewhere is known, not missing.
            guard !mention.candidates.contains(where: { $0.place.isCountry || $0.place.isProvince || $0.place.population >= 100_000 })
            else { continue }
            let found = resolution.place.map { place in mention.candidates.contains { $0.place.id == place.id } } ?? false
            let country: String?
            if let place = resolution.place, !scene.isEmpty, !scene.contains(place.country) {
                // A namesake abroad, where the report is set elsewhere, unless the report accepts it.
                country = setting.accepts(place, readingsOf: mention) ? nil : scene.sorted().first
            } else if !found {
                country = resolution.place?.country ?? scene.sorted().first
            } else {
                country = nil
            }
            if let country { names[country, default: []].insert(mention.text) }
        }
    }

    /// The hint for the countries not in `installed`, one line, or nil when there is none:
    /// "3 place names in YE were not in the gazetteer (Bani Qays, ...); `incidentmap gazetteer
    /// download YE` adds that country's villages from GeoNames".
    public func hint(installed: Set<String>) -> String? {
        let missing = names.filter { !installed.contains($0.key) && $0.key.count == 2 }
        guard !missing.isEmpty else { return nil }
        let countries = missing.keys.sorted { (missing[$0]!.count, $1) > (missing[$1]!.count, $0) }
        let count = missing.values.reduce(0) { $0 + $1.count }
        let examples = countries.flatMap { missing[$0]!.sorted() }.prefix(3).joined(separator: ", ")
        let places = countries.count == 1 ? "that country's" : "those countries'"
        return "\(count) place name\(count == 1 ? "" : "s") in \(countries.joined(separator: ", ")) "
            + "\(count == 1 ? "was" : "were") not in the gazetteer (\(examples)\(count > 3 ? ", ..." : "")); "
            + "`incidentmap gazetteer download \(countries.joined(separator: " "))` adds \(places) villages from GeoNames"
    }
}
