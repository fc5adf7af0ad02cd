import GazetteerKit
import GeoModel

/// The document rules for districts and subdistricts.
///
/// ACLED codes "Baqim district", "the district of Damt" or "the Majz directorate" at the
/// district, with geo-precision 2; a name with no such word is the town ("Damt" is the town).
extension DocumentContext {
    /// Words after a name, or before "of" and a name, that make it a district.
    static let districtDesignators = Set(DivisionNouns.districtInGeocoding)
}

extension MentionCues {
    /// True when a district word follows the name ("X district", "X sub-district") or comes
    /// before "of" and the name ("the district of X").
    static func hasDistrictWord(after: [WordIndex.Word], before: [WordIndex.Word]) -> Bool {
        if let next = after.first, !next.isCapitalized {
            if DocumentContext.districtDesignators.contains(next.lower) { return true }
            if next.lower == "sub", after.count > 1, DocumentContext.districtDesignators.contains(after[1].lower) { return true }
        }
        // "the district of X", but not "Baqim district of Saada", where X holds the district.
        if before.count >= 2, before[before.count - 1].lower == "of" {
            let named = before.count >= 3 && before[before.count - 3].isCapitalized && before[before.count - 3].lower != "the"
            return !named && DocumentContext.districtDesignators.contains(before[before.count - 2].lower)
        }
        return false
    }
}

extension ScoredCandidate {
    /// Adds the district rules to a candidate scored by `DocumentContext.score`.
    /// - Parameters:
    ///   - cues: the words around the mention.
    ///   - anchorDivisions: the first-level divisions the text names.
    ///   - hasDistrictReading: one of the mention's candidates is a district; when none is,
    ///     "X district" still makes a province of that name likelier than a town.
    mutating func addDistrictRules(cues: MentionCues, anchorDivisions: Set<String>, hasDistrictReading: Bool) {
        let place = candidate.place
        var extra: [ScoreFactor] = []
        if place.isDistrict {
            extra.append(ScoreFactor(.documentRule("district"), 0.5))
            if cues.hasDistrictDesignator { extra.append(ScoreFactor(.documentRule("designated a district"), 4)) }
            if let code = place.admin1Code, anchorDivisions.contains(code) {
                extra.append(ScoreFactor(.documentRule("inside a division the text names"), 0.8))
            }
        } else if place.isProvince, cues.hasDistrictDesignator, !hasDistrictReading {
            extra.append(ScoreFactor(.documentRule("designated a division"), 3))
        }
        guard !extra.isEmpty else { return }
        factors += extra
        score = ((score + extra.reduce(0) { $0 + $1.value }) * 1000).rounded() / 1000
    }
}
