import Foundation
import GazetteerKit
import GeoModel

/// A mention's best candidate found without keeping reasons, with what a resolution needs.
struct Choice {
    var candidate: Candidate
    var score: Double
    /// The second score in rank order (0 when there is one candidate).
    var runnerUp: Double
    /// The candidate lies near another place of the text.
    var isClose: Bool
}

extension Resolver {
    /// Scores every candidate of a mention, best first, each with the reasons for its score.
    /// - Parameter focus: the focus countries; few, so kept in an array.
    func rank(_ mention: PlaceMention, focus: [String], context: MentionContext) -> [ScoredCandidate] {
        mention.candidates.map { candidate in
            var factors: [ScoreFactor]? = []
            let score = self.score(candidate, of: mention, focus: focus, context: context, factors: &factors).score
            return ScoredCandidate(candidate: candidate, score: score, factors: factors ?? [])
        }
        .sorted { ($0.score, $1.candidate.place.id) > ($1.score, $0.candidate.place.id) }
    }

    /// One candidate's score, rounded to thousandths, and whether closeness to another place
    /// of the text counted; each part is appended to `factors` when it is not nil.
    func score(_ candidate: Candidate, of mention: PlaceMention, focus: [String], context: MentionContext,
                       factors: inout [ScoreFactor]?) -> (score: Double, isClose: Bool) {
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
        switch place.kind {
        case .country:
            add(w.country, .country)
        case .province:
            add(w.province, .province)
            if mention.hasProvinceCue { add(w.provinceCue, .namedAsProvince) }
        case .district:
            add(w.district, .district)
            if mention.hasDistrictCue { add(w.districtCue, .namedAsDistrict) }
        case .populatedPlace, .capitalOrSeat:
            add(w.populatedPlace, .populatedPlace)
            if place.kind == .capitalOrSeat { add(w.capital, .capital(featureCode: place.featureCode)) }
            if place.population > 0 {
                add(min(w.populationCap, w.population * log10(Double(place.population)) / 7), .population(place.population))
            }
        case .feature:
            add(mention.key.contains(" ") || candidate.isExactSpelling ? w.namedFeature : w.otherFeature,
                .namedFeature(featureCode: place.featureCode))
        case .other:
            add(w.otherFeature, .otherFeature(featureClass: place.featureClass, featureCode: place.featureCode))
        }
        if let code = place.admin1Code, !place.isProvince {
            if context.sentenceProvinces.contains(code) {
                add(w.provinceInSentence, .provinceNamedInSentence(code))
            } else if context.reportProvinces.contains(code) {
                add(w.provinceInReport, .provinceNamedInReport(code))
            }
        }
        if let container = context.container, context.containerPhrase.holds(place, locator: container) {
            add(w.containedIn, .containedIn(container.name))
        }
        var closeness = 0.0
        if let (km, anchor) = nearest(place, in: context, sameSentence: true, within: w.sentenceRadius) {
            closeness = w.nearSentencePlace * (1 - km / w.sentenceRadius)
            add(closeness, .nearSentencePlace(name: context.place(of: anchor).name, km: km))
        } else if let (km, anchor) = nearest(place, in: context, sameSentence: false, within: w.reportRadius) {
            closeness = w.nearReportPlace * (1 - km / w.reportRadius)
            add(closeness, .nearReportPlace(name: context.place(of: anchor).name, km: km))
        }
        return ((score * 1000).rounded() / 1000, closeness != 0)
    }

    /// The closest anchor within `radius` km of `place` (other than the place itself) and its
    /// distance: among the anchors of the same sentence, or among all of them.
    ///
    /// Anchors further apart in latitude, or along the parallel nearer a pole, than the radius
    /// allows are skipped before the haversine: the arc along that parallel is at most π/2
    /// times the great-circle distance (an arc against its chord), so a gap of 1.6 radii is
    /// certainly out of reach.
    private func nearest(_ place: Place, in context: MentionContext, sameSentence: Bool, within radius: Double) -> (Double, MentionContext.Anchor)? {
        let latitudeWindow = radius / 110.5
        let latitude = place.coordinate.latitude
        var found: (Double, MentionContext.Anchor)?
        for anchor in context.anchors where !sameSentence || anchor.sameSentence {
            let other = anchor.coordinate
            guard abs(other.latitude - latitude) < latitudeWindow,
                  Self.longitudeGapKm(place.coordinate, other) < radius * 1.6 else { continue }
            let km = place.coordinate.approximateKm(to: other)
            guard km < radius, km < found?.0 ?? .infinity, context.place(of: anchor).id != place.id else { continue }
            found = (km, anchor)
        }
        return found
    }

    /// The east-west separation of two points, in km along the parallel nearer a pole: at most
    /// π/2 times their great-circle distance.
    static func longitudeGapKm(_ a: Coordinate, _ b: Coordinate) -> Double {
        var degrees = abs(a.longitude - b.longitude)
        if degrees > 180 { degrees = 360 - degrees }
        let nearerPole = max(abs(a.latitude), abs(b.latitude))
        // cos falls with latitude; 111.19 km is a degree of the 6371 km sphere's equator.
        return degrees * 111.19 * cos(nearerPole * .pi / 180)
    }
}
