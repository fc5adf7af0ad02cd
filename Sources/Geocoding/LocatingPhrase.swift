import GeoModel

/// The words between two place mentions that make the second locate the first: "X in Y",
/// "X area of Y", "the X camp in Y", "X district of Y", "X, in Y", "X west of Y",
/// "X area in the south of Y".
///
/// A locating phrase is a few lowercase words, each a preposition, an article, a compass
/// word or a noun for a kind of site, ending in a preposition. Reports name a village by the
/// district or province around it far more often than the village's gazetteer entry exists,
/// so the second place bounds where the first can be.
enum LocatingPhrase: Equatable {
    /// "in", "of": the first place lies within the second.
    case inside
    /// "near", "west of", "on the outskirts of": the first lies close to the second.
    case near

    /// Nouns for a kind of site, which may stand between a name and its locating preposition.
    static let siteNouns: Set<String> = [
        "area", "areas", "village", "villages", "town", "city", "district", "districts", "subdistrict", "sub", "directorate",
        "governorate", "province", "region", "neighbourhood", "neighborhood", "quarter", "camp", "camps", "military", "base",
        "site", "market", "hospital", "school", "mosque", "mountain", "mountains", "valley", "wadi", "junction", "road",
        "street", "square", "bridge", "port", "airport", "front", "frontline", "countryside", "suburb", "suburbs", "border",
        "coast", "island", "checkpoint", "farm", "farms", "locality", "sector", "zone", "desert", "plain", "county", "municipality",
        "hamlet", "crossing", "heights", "hills", "hill", "positions", "outpost",
    ]
    /// Compass words: "west of Taizz", "the north of Hudaydah" ("north-east" is split at its hyphen).
    static let compass: Set<String> = [
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "northern", "southern",
        "eastern", "western", "central",
    ]
    static let articles: Set<String> = ["the", "a"]
    static let closing: [String: LocatingPhrase] = ["in": .inside, "of": .inside, "near": .near, "outside": .near, "around": .near]

    /// Reads the text between two mentions; nil when it does not locate the first by the second.
    /// - Parameter gap: the text between the mentions, as written.
    init?(gap: String) {
        // Most gaps end in no locating word (", ", " and "): told apart from the last word alone.
        guard Self.mayLocate(gap.utf8) else { return nil }
        self.init(checkedGap: gap)
    }

    /// Reads a gap that `mayLocate` has already let through (`DocumentLayout` tests the bytes
    /// before it makes a string of them).
    init?(checkedGap gap: String) {
        if let common = Self.commonGaps[gap] { self = common; return }
        // Dashes and commas set off an aside ("Bir Bashah area - west of Taizz", "X, in Y").
        // Split on bytes, not characters: grapheme breaking costs twenty times as much here.
        var words = gap.lowercasedFast.utf8.split { $0 == 0x20 || $0 == 0x2C || $0 == 0x2D }.map { String(Substring($0)) }
            .filter { $0 != "\u{2013}" && $0 != "\u{2014}" }
        // "in the Y": the article belongs to the name after it.
        if let last = words.last, Self.articles.contains(last) { words.removeLast() }
        guard let last = words.last, var kind = Self.closing[last], words.count <= 7 else { return nil }
        for word in words.dropLast() {
            if Self.compass.contains(word) || word == "outskirts" || word == "near" || word == "outside" {
                kind = .near
            } else if !(Self.siteNouns.contains(word) || Self.articles.contains(word) || Self.closing[word] != nil) {
                return nil
            }
        }
        self = kind
    }

    /// True when the gap's last word, or the one before a final article, is a locating word:
    /// a test on bytes that turns most gaps (", ", " and ") away without building a string.
    static func mayLocate<Bytes: BidirectionalCollection<UInt8>>(_ gap: Bytes) -> Bool {
        func isSeparator(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x2C || byte == 0x2D }
        /// The word ending just before `end`, lowercased, and where it starts.
        func word(endingBefore end: Bytes.Index) -> (word: [UInt8], start: Bytes.Index)? {
            var end = end
            while end > gap.startIndex, isSeparator(gap[gap.index(before: end)]) { end = gap.index(before: end) }
            var start = end
            while start > gap.startIndex, !isSeparator(gap[gap.index(before: start)]) {
                start = gap.index(before: start)
                if gap.distance(from: start, to: end) > 7 { return nil }
            }
            guard start < end else { return nil }
            return (gap[start..<end].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, start)
        }
        guard var last = word(endingBefore: gap.endIndex) else { return false }
        if last.word == Array("the".utf8) || last.word == [0x61] {
            guard let before = word(endingBefore: last.start) else { return false }
            last = before
        }
        return closingBytes.contains(last.word)
    }

    /// The commonest gaps, read without splitting.
    static let commonGaps: [String: LocatingPhrase] = [
        " in ": .inside, " of ": .inside, " in the ": .inside, " of the ": .inside, ", in ": .inside, " near ": .near, " near the ": .near,
    ]

    static let closingBytes: [[UInt8]] = ["in", "of", "near", "outside", "around"].map { Array($0.utf8) }

    /// Whether `place` lies where this phrase puts it relative to `locator`.
    ///
    /// Inside a country: its code; inside a first-level division: its code; inside a district:
    /// within 60 km of its point (districts carry no polygons here); inside a town: within
    /// 40 km, or for a district in a town, the town's division. Near: within 120 km, as compass phrases give a
    /// direction, not a distance; a district is held by any place it is said to be near.
    func holds(_ place: Place, locator: Place) -> Bool {
        // Near a country is its border region, on either side: "Chtoura near the Syrian border".
        if locator.isCountry { return self == .near || place.country == locator.country }
        if locator.isProvince { return place.admin1Code != nil && place.admin1Code == locator.admin1Code }
        guard !place.isCountry, !place.isProvince else { return false }
        // A district is not near a town: "X district, east of Sanaa" says only which way it lies.
        if self == .near, place.isDistrict { return true }
        // A district does not lie in a town: "Baqim district of Saada" names Saada's province.
        if place.isDistrict, !locator.isDistrict, place.admin1Code != nil, place.admin1Code == locator.admin1Code { return true }
        let km = place.coordinate.approximateKm(to: locator.coordinate)
        return km < (self == .near ? 120 : locator.isDistrict ? 60 : 40)
    }
}
