import GazetteerKit
import GeoModel

/// A place mention seen from inside its sentence.
struct LocalMention {
    var mention: PlaceMention
    /// The words it covers.
    var range: Range<Int>
}

/// Reads the words around a place mention: whether it is a scene at all, and how wide it is meant.
///
/// A mention is not a scene when it is a country, part of a person's or an organisation's name
/// ("Bashar al-Assad", "Secretary Ash Carter", "Al Izza"), a speech setting or a home base
/// ("told Reuters in New York", "Beirut's Al-Mayadeen TV", "the Washington-based institute",
/// "the resort of Sochi", "the Sochi deal").
enum PlaceContext {
    /// Words shortly before a place that make it a setting for speech, diplomacy or media.
    static let contextBefore: Vocabulary = [
        "told", "resort", "conference", "talks", "summit", "envoy", "embassy", "visit", "visited", "visiting",
        "journalists", "reporters", "meeting", "met", "agreement", "brokered", "television", "tv", "radio", "newspaper",
        "channel", "agency", "parliament", "lawmakers", "ministry", "residence", "speaking", "interview", "hosted",
        "reuters", "afp", "ap", "bbc", "cnn", "press", "diplomats", "delegation", "negotiations",
    ]
    /// Words right after a place that make it a home base or a name: "-based", "TV", "talks".
    static let contextAfter: Vocabulary = [
        "based", "tv", "television", "radio", "newspaper", "agency", "channel", "daily", "times", "post", "news",
        "talks", "conference", "summit", "process", "agreement", "deal", "accord", "format", "declaration", "communique",
        "university", "institute", "centre", "center", "observatory", "council",
    ]
    /// Capitalised words that may stand right before a place without making it part of a name.
    static let openersBeforePlace: Vocabulary = [
        "the", "in", "at", "on", "near", "around", "outside", "from", "to", "inside", "across", "over", "into", "and",
        "northern", "southern", "eastern", "western", "central", "upper", "lower", "greater", "old", "new", "north", "south",
        "east", "west", "rural", "downtown", "meanwhile", "later", "also", "but", "while", "when", "after", "before", "of",
        "syrian", "lebanese", "iraqi", "besieged", "embattled", "neighbouring", "neighboring", "town", "city", "village",
    ]
    /// Capitalised words that may follow a place as part of it: "Homs Province", "Bassel International Airport".
    static let placeWords: Vocabulary = [
        "province", "governorate", "city", "district", "countryside", "airport", "airbase", "base", "plain", "river",
        "mountains", "mountain", "area", "region", "valley", "desert", "dam", "camp", "square", "market", "hospital",
        "mosque", "international", "military", "air", "road", "highway", "bridge", "prison", "port", "gate", "old",
        "suburb", "suburbs", "front", "frontline", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]
    /// Titles that make the next capitalised word a person's name.
    static let titles: Vocabulary = [
        "president", "secretary", "minister", "capt", "captain", "gen", "general", "col", "colonel", "maj", "major", "lt",
        "sgt", "mr", "mrs", "ms", "dr", "sheikh", "spokesman", "spokeswoman", "commander", "leader", "king", "prince", "emir",
    ]
    /// Compass directions, which make "north of X" a place near X.
    static let directions: Vocabulary = ["north", "south", "east", "west", "northwest", "northeast", "southwest", "southeast",
                                          "north-west", "north-east", "south-west", "south-east"]
    /// Name particles: "Bashar al-Assad", "Omar bin Laden".
    static let particles: Vocabulary = ["al", "el", "bin", "ibn", "abu", "abd", "bint"]

    /// True when every reading of the mention is a country, or one of them is: a report names
    /// countries for context, and an incident is never placed at a whole country.
    static func isCountry(_ mention: PlaceMention) -> Bool {
        mention.couldBeCountry
    }

    /// True when the mention may be where an event happened: not a country, not empty, not a
    /// speech setting or a home base, and not part of a longer name.
    static func couldBeScene(_ local: LocalMention, in sentence: TokenizedSentence) -> Bool {
        !isCountry(local.mention) && !local.range.isEmpty && !isContextOnly(local, in: sentence) && !isPartOfName(local, in: sentence)
    }

    /// True when the mention is a speech setting, a media outlet's or an institution's home, or a name.
    static func isContextOnly(_ local: LocalMention, in sentence: TokenizedSentence) -> Bool {
        let before = sentence.words((local.range.lowerBound - 3)..<local.range.lowerBound)
        if before.contains(where: contextBefore.contains) { return true }
        // "Baqim district of Saada": the place after "district of" only holds the named district.
        if before.count == 3, before[before.endIndex - 1].is("of"), districtNouns.contains(before[before.endIndex - 2]),
           before[before.startIndex].isCapitalized, !before[before.startIndex].is("the") {
            return true
        }
        let upper = local.range.upperBound
        if upper < sentence.tokens.count, contextAfter.contains(sentence.tokens[upper]) { return true }
        // "Beirut's Al-Mayadeen TV": a possessive place before a name is the outlet's home.
        if let last = sentence.tokens[safe: upper - 1], last.isPossessive,
           let next = sentence.tokens[safe: upper], next.isCapitalized { return true }
        return false
    }

    /// True when the mention is part of a longer proper name: a person ("John Kerry", "Khaled Khoja",
    /// "President Bashar al-Assad") or a title ("Defense Secretary").
    static func isPartOfName(_ local: LocalMention, in sentence: TokenizedSentence) -> Bool {
        let lower = local.range.lowerBound
        let upper = local.range.upperBound
        if lower > 0 {
            let previous = sentence.tokens[lower - 1]
            if titles.contains(previous) { return true }
            // "Syria's Homs": a possessive before a place names whose place it is, not a longer name.
            if previous.isCapitalized, sentence.gaps[lower].isTight, !openersBeforePlace.contains(previous), !previous.isPossessive,
               lower - 1 > 0 || titles.contains(previous) {
                return true
            }
            // "Bashar al-Assad": a capitalised word, a particle, then the mention.
            if particles.contains(previous), lower >= 2, sentence.tokens[lower - 2].isCapitalized,
               !openersBeforePlace.contains(sentence.tokens[lower - 2]), sentence.gaps[lower - 1].isTight {
                return true
            }
        }
        if upper < sentence.tokens.count, sentence.gaps[upper].isTight {
            let next = sentence.tokens[upper]
            if next.isCapitalized, !placeWords.contains(next) { return true }
            if particles.contains(next), upper + 1 < sentence.tokens.count, sentence.tokens[upper + 1].isCapitalized,
               !placeWords.contains(sentence.tokens[upper + 1]) {
                return true
            }
        }
        return false
    }

    /// How wide a linked place is meant: the province ("Idlib province", "the province of Homs"),
    /// somewhere near it ("around Palmyra", "the outskirts of Homs", "the Latamneh area"), or the place.
    static func scope(of local: LocalMention, in sentence: TokenizedSentence) -> EventLocation.Scope {
        let after = sentence.words(local.range.upperBound..<(local.range.upperBound + 2))
        let before = sentence.words((local.range.lowerBound - 3)..<local.range.lowerBound)
        if let next = after.first, provinceNouns.contains(next) { return .province }
        // "Hajjah border governorate", "Saada border province".
        if after.count == 2, after.first?.is("border") == true, let next = after.last, provinceNouns.contains(next) { return .province }
        if before.count >= 2, provinceNouns.contains(before[before.endIndex - 2]), before.last?.is("of") == true {
            return .province
        }
        if let next = after.first, areaNouns.contains(next) { return .near }
        if before.contains(where: nearWords.contains), before.last?.is("in") != true { return .near }
        // "north of the city of Homs"
        let wider = sentence.words((local.range.lowerBound - 6)..<local.range.lowerBound)
        if let of = wider.firstIndex(where: { $0.is("of") }), of > wider.startIndex, directions.contains(wider[of - 1]) { return .near }
        return .place
    }

    /// Words that name a district or subdistrict.
    static let districtNouns = Vocabulary(DivisionNouns.districtInEvents)
    private static let provinceNouns = Vocabulary(DivisionNouns.province)
    /// Words after a place that widen it to its surroundings: "the Latamneh area", "Homs countryside".
    private static let areaNouns: Vocabulary = ["countryside", "area", "outskirts", "environs", "suburbs", "vicinity", "region"]
    /// Words before a place that put the event near it rather than in it.
    private static let nearWords: Vocabulary = [
        "near", "around", "outskirts", "outside", "vicinity", "countryside", "edge", "from", "north", "south", "east", "west",
        "northwest", "northeast", "southwest", "southeast", "close",
    ]
}

extension Array {
    /// The element at `index`, or nil when it is out of range.
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
