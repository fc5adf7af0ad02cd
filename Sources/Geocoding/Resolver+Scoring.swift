import Foundation
import GazetteerKit
import GeoModel

extension Resolver {
    /// Scores every candidate of a mention, best first, each with the reasons for its score.
    func rank(_ mention: PlaceMention, focus: Set<String>, context: MentionContext) -> [ScoredCandidate] {
        mention.candidates.map { candidate in
            var factors: [ScoreFactor]? = []
            let score = self.score(candidate, of: mention, focus: focus, context: context, factors: &factors)
            return ScoredCandidate(candidate: candidate, score: score, factors: factors ?? [])
        }
        .sorted { ($0.score, $1.candidate.place.id) > ($1.score, $0.candidate.place.id) }
    }

    /// The place `rank` would put first, found without keeping the reasons.
    func best(_ mention: PlaceMention, focus: Set<String>, context: MentionContext) -> Place? {
        var best: (score: Double, place: Place)?
        var unused: [ScoreFactor]?
        for candidate in mention.candidates {
            let score = self.score(candidate, of: mention, focus: focus, context: context, factors: &unused)
            if let held = best, (held.score, candidate.place.id) >= (score, held.place.id) { continue }
            best = (score, candidate.place)
        }
        return best?.place
    }

    /// One candidate's score, rounded to thousandths; each part is appended to `factors` when it is not nil.
    private func score(_ candidate: Candidate, of mention: PlaceMention, focus: Set<String>, context: MentionContext,
                       factors: inout [ScoreFactor]?) -> Double {
        let w = weights
        var score = 0.0
        func add(_ value: Double, _ why: @autoclosure () -> ScoreFactor.Kind) {
            guard value != 0 else { return }
            score += value
            factors?.append(ScoreFactor(why(), value))
        }
        let place = candidate.place
        if focus.contains(place.country) { add(w.focusCountry, .focusCountry(place.country)) }
        switch candidate.matchKind {
        case .fuzzy: add(-w.fuzzyPenalty * Double(candidate.editDistance), .fuzzyMatch(editDistance: candidate.editDistance))
        case .name: add(w.primaryName, .primaryName)
        case .alternateName: break
        }
        if candidate.isExactSpelling { add(w.exactSpelling, .exactSpelling) }
        if place.isCountry {
            add(w.country, .country)
        } else if place.isProvince {
            add(w.province, .province)
            if mention.hasProvinceCue { add(w.provinceCue, .namedAsProvince) }
        } else if place.isPopulatedPlace {
            add(w.populatedPlace, .populatedPlace)
            if place.featureCode == "PPLC" || place.featureCode == "PPLA" { add(w.capital, .capital(featureCode: place.featureCode)) }
            if place.population > 0 {
                add(min(w.populationCap, w.population * log10(Double(place.population)) / 7), .population(place.population))
            }
        } else if ["S", "T", "H", "L"].contains(place.featureClass) {
            add(mention.key.contains(" ") || candidate.isExactSpelling ? w.namedFeature : w.otherFeature,
                .namedFeature(featureCode: place.featureCode))
        } else {
            add(w.otherFeature, .otherFeature(featureClass: place.featureClass, featureCode: place.featureCode))
        }
        if let code = place.admin1Code, !place.isProvince {
            if context.sentenceProvinces.contains(code) {
                add(w.provinceInSentence, .provinceNamedInSentence(code))
            } else if context.reportProvinces.contains(code) {
                add(w.provinceInReport, .provinceNamedInReport(code))
            }
        }
        if let container = context.container {
            let inside = container.isProvince || container.isCountry
                ? (container.isCountry ? place.country == container.country : place.admin1Code == container.admin1Code)
                : Self.approximateKm(place.coordinate, container.coordinate) < 40
            if inside { add(w.containedIn, .containedIn(container.name)) }
        }
        if let (km, anchor) = nearest(place, context.sentenceAnchors, within: w.sentenceRadius) {
            add(w.nearSentencePlace * (1 - km / w.sentenceRadius), .nearSentencePlace(name: anchor.name, km: km))
        } else if let (km, anchor) = nearest(place, context.reportAnchors, within: w.reportRadius) {
            add(w.nearReportPlace * (1 - km / w.reportRadius), .nearReportPlace(name: anchor.name, km: km))
        }
        return (score * 1000).rounded() / 1000
    }

    /// The closest anchor within `radius` km of `place` (other than the place itself) and its distance.
    /// Anchors further apart in latitude alone than the radius are skipped without trigonometry.
    private func nearest(_ place: Place, _ anchors: [Place], within radius: Double) -> (Double, Place)? {
        let latitudeWindow = radius / 110.5
        var found: (Double, Place)?
        for anchor in anchors where abs(anchor.coordinate.latitude - place.coordinate.latitude) < latitudeWindow {
            let km = Self.approximateKm(place.coordinate, anchor.coordinate)
            guard km < radius, km < found?.0 ?? .infinity, anchor.id != place.id else { continue }
            found = (km, anchor)
        }
        return found
    }

    /// Great-circle distance on a sphere, for ranking only.
    static func approximateKm(_ a: Coordinate, _ b: Coordinate) -> Double {
        let p1 = a.latitude * .pi / 180, p2 = b.latitude * .pi / 180
        let dp = p2 - p1, dl = (b.longitude - a.longitude) * .pi / 180
        let h = sin(dp / 2) * sin(dp / 2) + cos(p1) * cos(p2) * sin(dl / 2) * sin(dl / 2)
        return 2 * 6371.0088 * asin(min(1, sqrt(h)))
    }
}
