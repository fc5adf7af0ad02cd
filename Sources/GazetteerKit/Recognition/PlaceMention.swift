import GeoModel

/// A run of text that names a gazetteer place, with every place it could mean.
public struct PlaceMention: Sendable, Hashable {
    /// The name exactly as written.
    public var text: String
    /// Where it is, in code points.
    public var span: TextSpan
    /// The normalised key it matched.
    public var key: String
    /// Every place the name could mean.
    public var candidates: [Candidate]
    /// "province" or "governorate" follows the name ("Idlib province", "Homs and Idlib
    /// provinces"), or "province of" precedes it ("the central province of Homs").
    public var hasProvinceCue: Bool
    /// "district", "directorate" or "subdistrict" follows the name, or "district of" precedes it.
    public var hasDistrictCue: Bool
    /// A word such as "near", "outskirts" or "around" comes just before the name.
    public var hasNearCue: Bool
    /// No gazetteer name has this key: the candidates are fuzzy matches only.
    public var isFuzzy: Bool

    public init(text: String, span: TextSpan, key: String, candidates: [Candidate],
                hasProvinceCue: Bool = false, hasNearCue: Bool = false, isFuzzy: Bool = false,
                hasDistrictCue: Bool = false) {
        self.text = text
        self.span = span
        self.key = key
        self.candidates = candidates
        self.hasProvinceCue = hasProvinceCue
        self.hasDistrictCue = hasDistrictCue
        self.hasNearCue = hasNearCue
        self.isFuzzy = isFuzzy
    }
}

extension PlaceMention {
    /// True when one of the places the name could mean is a country. Candidates are read in
    /// place (by index through their buffer), so that none is copied.
    public var couldBeCountry: Bool {
        candidates.withUnsafeBufferPointer { candidates in
            for i in candidates.indices where candidates[i].place.isCountry { return true }
            return false
        }
    }

    /// The ISO codes of the countries the name could mean, in candidate order.
    public var countryCodes: [String] {
        candidates.withUnsafeBufferPointer { candidates in
            var codes: [String] = []
            for i in candidates.indices where candidates[i].place.isCountry { codes.append(candidates[i].place.country) }
            return codes
        }
    }
}
