import Extraction
import GazetteerKit
import Geocoding
import GeoModel

/// Turns a report's event candidates and its resolved place mentions into incidents.
struct IncidentBuilder: Sendable {
    /// Where the first-level divisions and country names come from.
    let gazetteer: Gazetteer
    /// Turns the extractor's actor keys into ACLED's names for the incident's country and date.
    let actors: ActorDictionary

    init(gazetteer: Gazetteer, actors: ActorDictionary) {
        self.gazetteer = gazetteer
        self.actors = actors
    }

    /// ACLED's English name of a country code, else the gazetteer's, else the code.
    func countryName(_ code: String) -> String {
        CountryCodes.name(for: code) ?? gazetteer.country(code: code)?.name ?? code
    }

    /// Where a report's events may lie: the countries to prefer and the countries it names.
    struct Setting {
        /// `--focus`, else the countries the report sets its events in; empty when unknown.
        var preferred: Set<String>
        /// True when the report itself names the preferred countries as the scene ("in Syria"):
        /// then they are the only ones.
        var isNamedScene: Bool
        /// Every country the report names.
        var named: Set<String>

        /// True when a place may be an event's scene: it lies in a preferred country; or, when
        /// the scene is only inferred (from `--focus` or the report's actors), the text names its
        /// country or it is a large city with no namesake in the preferred countries. Otherwise
        /// it is a stray reading of the name ("Bani" in the Dominican Republic for a report set in Yemen).
        func accepts(_ place: Place, readingsOf mention: PlaceMention) -> Bool {
            guard !preferred.isEmpty, !preferred.contains(place.country) else { return true }
            if isNamedScene { return false }
            if named.contains(place.country) { return true }
            // A large city, under its own name spelled as the text spells it (not one of its many
            // alternate names), with no namesake where the report is set.
            let spelledAsWritten = mention.candidates.contains {
                $0.place.id == place.id && $0.isExactSpelling && $0.editDistance == 0 && $0.matchKind == .name
            }
            return place.population >= 100_000 && spelledAsWritten && !mention.candidates.contains { preferred.contains($0.place.country) }
        }
    }

    /// One incident per linked place of each candidate.
    ///
    /// A place the report's setting does not accept (`Setting.accepts`) gives no incident. A
    /// province given only as the setting of a town named in the same clause gives no incident of its own.
    func incidents(for report: Report, extraction: ReportExtraction, resolutions: [Resolution], setting: Setting) -> [Incident] {
        var resolutionAt: [TextSpan: Int] = [:]
        resolutionAt.reserveCapacity(resolutions.count)
        for index in resolutions.indices where resolutionAt[resolutions[index].mention.span] == nil {
            resolutionAt[resolutions[index].mention.span] = index
        }
        var result: [Incident] = []
        var sites: [Site] = []
        // The report's code points, read once and only when a candidate has several sites.
        var scalars: [Unicode.Scalar]?
        for candidate in extraction.candidates {
            sites.removeAll(keepingCapacity: true)
            // Scenes first; a landmark becomes the place only when no scene of its clause was placed.
            for landmarks in [false, true] {
                if landmarks, !sites.isEmpty { break }
                for location in candidate.locations.indices where candidate.locations[location].isLandmark == landmarks {
                    guard let index = resolutionAt[candidate.locations[location].mention.span],
                          let resolved = resolutions[index].place, !resolved.isCountry else { continue }
                    if !setting.accepts(resolved, readingsOf: resolutions[index].mention) { continue }
                    sites.append(site(of: candidate.locations[location], at: location, resolved: resolved,
                                      precision: resolutions[index].geoPrecision))
                }
            }
            // A province given only as the setting of a town the same clause places gives no incident,
            // nor does a district or province that only locates the place before it ("Al Hawl village
            // in Nihm district, Sanaa governorate"): ACLED codes the finest place named.
            let finer = sites.filter { $0.precision != .province }.compactMap(\.place.admin1Code)
            if sites.count > 1, scalars == nil { scalars = Array(report.text.unicodeScalars) }
            for site in sites where site.precision != .province || !finer.contains(site.place.admin1Code ?? "") {
                if sites.count > 1, let scalars, isContainer(site, of: sites, in: candidate, text: scalars) { continue }
                result.append(incident(of: candidate, at: site, in: report))
            }
        }
        // "Warplanes struck towns in Homs province on Tuesday. The jets hit Rastan and Talbiseh":
        // a province-wide summary of events the report places more finely is not an incident of its own.
        guard result.contains(where: { $0.geoPrecision == .province }) else { return result }
        let summaries = result.indices.filter { index in
            let incident = result[index]
            return incident.geoPrecision == .province && result.contains { other in
                other.geoPrecision < .province && other.subEventType == incident.subEventType
                    && incident.dateCovers(other) && other.admin1Code == incident.admin1Code
            }
        }
        let dropped = Set(summaries)
        return result.indices.filter { !dropped.contains($0) }.map { result[$0] }
    }

    /// True when a district or province site only locates a finer site named just before it:
    /// "X area of Y district", "Y district, Z governorate", "X in Y province" (no "and" between).
    private func isContainer(_ site: Site, of sites: [Site], in candidate: EventCandidate, text: [Unicode.Scalar]) -> Bool {
        let isDivision = site.isDistrict || site.place.isProvince || site.precision == .province
        let start = candidate.locations[site.location].mention.span.start
        return sites.contains { other in
            // Districts listed side by side ("Harad, Hayran") are each a scene.
            guard other.location != site.location, !other.place.isProvince, other.precision != .province,
                  !(site.isDistrict && other.isDistrict) else { return false }
            let end = candidate.locations[other.location].mention.span.end
            guard end <= start, start - end <= 40, start <= text.count else { return false }
            let between = String(String.UnicodeScalarView(text[end..<start])).lowercased()
            guard !between.contains(" and "), !between.contains(" or ") else { return false }
            // A division after a comma locates the place before it; any place after "in" or "of" does
            // ("Rastan in Homs", "the Maqbanah area of Hays"), while towns after commas are a list.
            // A town after a district of its own province and a comma is the district's setting too
            // ("Al Dhaher district, Saada"), not the next town of a list.
            let settingOfADistrict = other.isDistrict && between == ", " && site.place.admin1Code != nil
                && site.place.admin1Code == other.place.admin1Code
            return isDivision || settingOfADistrict || between.hasSuffix(" in ") || between.hasSuffix(" of ") || between.hasSuffix(" of the ")
        }
    }

    /// Where one of a candidate's places puts its incident: the place and precision after its scope.
    private struct Site {
        /// The location's index among the candidate's.
        var location: Int
        var place: Place
        var precision: GeoPrecision
        /// The district the site stands for, when `place` is that district's seat.
        var district: Place? = nil

        /// True when the site is a district, placed at its seat or its own point.
        var isDistrict: Bool { district != nil || place.isDistrict }
    }

    private func site(of location: EventLocation, at index: Int, resolved: Place, precision resolvedPrecision: GeoPrecision) -> Site {
        var place = resolved
        var precision = resolvedPrecision
        switch location.scope {
        case .province:
            // ACLED places a province-wide event at the province's reference point, precision 3.
            if !place.isProvince, let code = place.admin1Code, let province = gazetteer.province(code: code) { place = province }
            precision = .province
        case .near:
            precision = max(precision, .nearTown)
        case .place:
            break
        }
        if place.isProvince { precision = .province }
        // ACLED codes an event known only by its province at the provincial capital, and one known
        // only by its district at the district capital; the district still names `admin2`.
        var district: Place?
        if precision == .province, let code = place.admin1Code, let seat = gazetteer.seat(ofProvince: code) {
            place = seat
        } else if place.isDistrict, let seat = gazetteer.seat(ofDistrict: place) {
            district = place
            place = seat
            precision = max(precision, .nearTown)
        }
        return Site(location: index, place: place, precision: precision, district: district)
    }

    /// The incident of one candidate at one of its sites.
    private func incident(of candidate: EventCandidate, at site: Site, in report: Report) -> Incident {
        let place = site.place
        let location = candidate.locations[site.location]
        let source = IncidentSource(docID: report.id, title: report.title, url: report.url, published: report.date,
                                    start: candidate.sentence.span.start, end: candidate.sentence.span.end)
        let day = candidate.date?.day ?? report.date
        let name = { (key: String) in self.actors.name(of: key, country: place.country, date: day, countryName: self.countryName) }
        let actor1 = candidate.actor1.map(name) ?? actors.defaultActor(for: candidate.subEventType, country: place.country, date: day,
                                                                                                    countryName: countryName)
        var actor2 = candidate.actor2.map(name)
        if actor2 == actor1 { actor2 = nil }
        // Ground taken by state forces is the government regaining it, ACLED's rule for its two territory sub-types.
        var type = candidate.subEventType
        if type == .nonStateActorOvertakesTerritory, let actor1, actor1.hasPrefix("Military Forces of") || actor1.hasPrefix("Police Forces of") {
            type = .governmentRegainsTerritory
        }
        var incident = Incident(
            id: "", eventDate: candidate.date?.day, timePrecision: candidate.date?.precision ?? .month,
            subEventType: type, actor1: actor1, actor2: actor2,
            location: place.name, mention: location.mention.text, placeID: place.id,
            coordinate: place.coordinate.rounded(toDecimals: 6), geoPrecision: site.precision, admin1: place.admin1,
            admin1Code: place.admin1Code, country: place.country, fatalities: candidate.fatalities,
            certainty: candidate.certainty, notes: candidate.sentence.text, sources: [source])
        incident.id = IncidentIdentity.id(for: incident)
        if site.isDistrict { incident.admin2 = (site.district ?? place).name }
        return incident
    }
}

extension Incident {
    /// True when this incident's date may summarise `other`'s: the same day, or the same month
    /// for a month-precision summary ("an offensive launched earlier this month"). A week-precision
    /// date is most often only the publication date standing in, not a summary, so it must match.
    func dateCovers(_ other: Incident) -> Bool {
        guard let mine = eventDate, let theirs = other.eventDate else { return eventDate == other.eventDate }
        return timePrecision == .month ? mine.startOfMonth == theirs.startOfMonth : mine == theirs
    }
}
