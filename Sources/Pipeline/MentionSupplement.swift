import Foundation
import GazetteerKit
import GeoModel

/// Finds the place mentions that the name recogniser leaves out, and settles "City, State"
/// pairs: the second pass of `Geoparser`.
///
/// What it adds, each with its `MentionKind`:
/// - short forms of countries and states ("U.S.", "UK", "Va.", "B.C.") and regions
///   ("Europe", "the Middle East"), from `ShorthandNames`;
/// - demonyms, as mentions of their country ("Russian", "the Palestinians");
/// - a country, a state or a place the document already names, inside an organisation's name
///   ("the Ohio Department of Health", "Dublin City Council") or written where the recogniser
///   gave up on it.
///
/// What it corrects: a town followed by its state or country ("London, Ont.", "Paris, Texas")
/// goes to the namesake in that state or country when the gazetteer has one.
struct MentionSupplement {
    let gazetteer: Gazetteer
    let demonyms: Demonyms

    /// A word of the text: letters and the periods inside or after them ("W.Va.", "U.S.").
    struct Token {
        var text: String
        var start: Int
        var end: Int
        var isCapitalized: Bool
    }

    /// A mention this pass found.
    struct Found {
        var start: Int
        var end: Int
        var place: Place
        var kind: MentionKind
        /// Found in `ShorthandNames`: it replaces a town read inside it.
        var isShortForm = false

        init(_ start: Int, _ end: Int, _ place: Place, _ kind: MentionKind, isShortForm: Bool = false) {
            self.start = start
            self.end = end
            self.place = place
            self.kind = kind
            self.isShortForm = isShortForm
        }
    }

    /// A record that names a state or province alone but went to a small town of that name
    /// in the report's country ("Indiana" is not Indiana, Pennsylvania), moved to the division.
    func statesNamedAlone(_ record: PlaceMentionRecord, mainCountry: String?) -> PlaceMentionRecord {
        guard record.kind == .literal, record.place.isPopulatedPlace, record.place.population < Self.townBeatenByState else { return record }
        let divisions = gazetteer.lookup(record.mention).filter {
            $0.place.isProvince && $0.matchKind == .name && Self.folded($0.place.name) == Self.folded(record.mention)
        }.map(\.place)
        // Only in the report's own country: "Paris" in a Texas report is no region of France.
        guard let division = divisions.first(where: { $0.country == mainCountry && $0.country == record.place.country }) else {
            return record
        }
        var moved = record
        moved.place = division
        moved.geoPrecision = division.naturalPrecision
        return moved
    }

    /// The population under which a town loses its name to a state or province of that name.
    static let townBeatenByState = 100_000

    /// Capitalised words that may stand before a name without making it part of a person's name.
    static let openingWords: Set<String> = [
        "In", "At", "From", "To", "The", "Of", "For", "And", "By", "On", "With", "Across", "Near", "Outside", "Inside",
        "Like", "Unlike", "Both", "Neither", "Throughout", "Around", "Across", "Into", "Within", "Since", "While",
    ]

    /// Confidence given to a mention found by this pass.
    static let confidence = 0.5

    /// The records of `text` with those of this pass added, in text order.
    /// - Parameters:
    ///   - records: the recogniser's resolved mentions of `text`.
    ///   - docID: the report's id.
    /// - Complexity: O(n) in the length of `text`, plus a few lookups per capitalised word.
    func supplementing(_ records: [PlaceMentionRecord], in text: String, docID: String) -> [PlaceMentionRecord] {
        let scalars = Array(text.unicodeScalars)
        let tokens = Self.tokens(of: scalars)
        var covered = records.map { ($0.span.start, $0.span.end) }
        var added: [PlaceMentionRecord] = []
        var replaced = Set<Int>()
        let knownPlaces = Dictionary(records.map { (NameNormalizer.key(for: $0.mention), $0.place) }, uniquingKeysWith: { first, _ in first })
        let mainCountry = Self.mainCountry(of: records)
        var i = 0
        while i < tokens.count {
            var matched = false
            for length in stride(from: ShorthandNames.maximumWords, through: 1, by: -1) where i + length <= tokens.count {
                guard let found = match(tokens, i, length, scalars: scalars, knownPlaces: knownPlaces, mainCountry: mainCountry) else { continue }
                let span = TextSpan(start: found.start, end: found.end)
                // A short form beats the town the recogniser read into it ("Kan." is Kansas, not Kane).
                if found.isShortForm {
                    replaced.formUnion(records.indices.filter { span.start <= records[$0].span.start && records[$0].span.end <= span.end })
                }
                if !covered.contains(where: { $0.0 < span.end && span.start < $0.1 && !(found.isShortForm && span.start <= $0.0 && $0.1 <= span.end) }) {
                    added.append(record(docID: docID, scalars: scalars, span: span, place: found.place, kind: found.kind))
                    covered.append((span.start, span.end))
                }
                i += length
                matched = true
                break
            }
            if !matched { i += 1 }
        }
        let kept = records.indices.filter { !replaced.contains($0) }.map { statesNamedAlone(records[$0], mainCountry: mainCountry) }
        let all = readingCounties((kept + added).sorted { $0.span.start < $1.span.start }, tokens: tokens,
                                  scalars: scalars, docID: docID)
        return settlingByStates(settlingPairs(all, scalars: scalars))
    }

    /// Points a town that lies outside every state the document names at its namesake in one
    /// of those states ("Paris" in a report that speaks of Tennessee), the most named first.
    private func settlingByStates(_ records: [PlaceMentionRecord]) -> [PlaceMentionRecord] {
        var stateCounts: [String: Int] = [:]
        for record in records where record.place.isProvince || record.place.isDistrict {
            if let code = record.place.admin1Code { stateCounts[code, default: 0] += 1 }
        }
        let mainCountry = Self.mainCountry(of: records)
        let home = homeState(names: Self.localNames(records), records: records, mainCountry: mainCountry)
        if let home { stateCounts[home, default: 0] += 1_000 }
        guard !stateCounts.isEmpty else { return records }
        let namedCountries = Set(records.filter { $0.place.isCountry }.map(\.place.country))
        let states = stateCounts.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }.map(\.key)
        var result = records
        for k in result.indices where result[k].kind == .literal && result[k].place.isPopulatedPlace {
            let place = result[k].place
            if let code = place.admin1Code, stateCounts[code] != nil, home == nil || code == home { continue }
            // Capitals and large cities stay ("Washington" in a report from Virginia), and so
            // does a place in a foreign country the report names ("a delegation from Paris, France").
            // A foreign capital gives way only to a town of the state the report is about.
            let isLarge = place.featureCode == "PPLC" || place.population >= 1_000_000
            if isLarge, home == nil || place.country == mainCountry { continue }
            if place.country != mainCountry, namedCountries.contains(place.country) { continue }
            let namesakes = gazetteer.candidates(forKey: NameNormalizer.key(for: result[k].mention), surface: result[k].mention)
                .filter { $0.matchKind == .name }
                .map(\.place).filter { $0.isPopulatedPlace && $0.admin1Code.map { stateCounts[$0] != nil } == true }
            guard let state = (isLarge ? home.map { [$0] } ?? [] : states).first(where: { code in namesakes.contains { $0.admin1Code == code } }),
                  let best = namesakes.filter({ $0.admin1Code == state }).max(by: { $0.population < $1.population }) else { continue }
            result[k].place = best
            result[k].geoPrecision = best.naturalPrecision
        }
        return result
    }

    /// A mention found at tokens `i..<i+length`.
    private func match(_ tokens: [Token], _ i: Int, _ length: Int, scalars: [Unicode.Scalar],
                       knownPlaces: [String: Place], mainCountry: String?) -> Found? {
        let words = tokens[i..<(i + length)]
        // Words of a name are separated by one space.
        for k in words.indices.dropFirst() where tokens[k].start != tokens[k - 1].end + 1 || scalars[tokens[k - 1].end] != " " {
            return nil
        }
        guard words.first!.isCapitalized else { return nil }
        let start = words.first!.start
        let exact = words.map(\.text).joined(separator: " ")
        var trimmed = exact
        var end = words.last!.end
        while trimmed.hasSuffix(".") { trimmed.removeLast(); end -= 1 }
        let previous = i > 0 && tokens[i - 1].end + 1 == start ? tokens[i - 1] : nil
        let afterThe = previous?.text == "the" || previous?.text == "The"
        if let found = shorthand(exact, afterThe: afterThe) { return Found(start, words.last!.end, found.place, found.kind, isShortForm: true) }
        if trimmed != exact, let found = shorthand(trimmed, afterThe: afterThe) { return Found(start, end, found.place, found.kind, isShortForm: true) }
        guard words.allSatisfy(\.isCapitalized), trimmed.unicodeScalars.count >= 3 else { return nil }
        if let code = demonyms.country(for: trimmed), let country = gazetteer.country(code: code) {
            // The demonym table also lists a few names of countries ("United Kingdom").
            let isName = Self.folded(country.name) == Self.folded(trimmed)
            return Found(start, end, country, isName ? .literal : .demonym)
        }
        // A name this document already resolved, or a country or state named in full.
        if let previous, previous.isCapitalized, !previous.text.hasSuffix("."), !Self.openingWords.contains(previous.text) { return nil }
        let key = NameNormalizer.key(for: trimmed)
        guard !key.isEmpty else { return nil }
        let place: Place
        if let known = knownPlaces[key] {
            place = known
        } else if let division = divisionOrCountry(named: trimmed, key: key, mainCountry: mainCountry) {
            place = division
        } else {
            return nil
        }
        let next = i + length < tokens.count && tokens[i + length].start == words.last!.end + 1 ? tokens[i + length] : nil
        // "the Ohio Department of Health", or "the University of Texas".
        let ofInstitution = i >= 2 && tokens[i - 1].text == "of" && tokens[i - 2].isCapitalized
            && tokens[i - 2].end + 1 == tokens[i - 1].start && tokens[i - 1].end + 1 == start
        let inName = ((next?.isCapitalized ?? false) && trimmed == exact) || ofInstitution
        return Found(start, end, place, inName ? .inName : .literal)
    }

    /// The place of a short form, honouring forms that need "the".
    private func shorthand(_ form: String, afterThe: Bool) -> (place: Place, kind: MentionKind)? {
        guard let target = ShorthandNames.forms[form] else { return nil }
        if ShorthandNames.needsArticle.contains(form), !afterThe { return nil }
        switch target {
        case let .country(code):
            return gazetteer.country(code: code).map { ($0, .literal) }
        case let .division(name, country):
            return division(named: name, in: country).map { ($0, .literal) }
        case let .region(name, latitude, longitude):
            let id = "region:" + name.lowercased().split(separator: " ").joined(separator: "-")
            guard let point = try? Coordinate(latitude: latitude, longitude: longitude) else { return nil }
            let place = Place(id: id, name: name, coordinate: point,
                              featureClass: "L", featureCode: "RGN", country: "", admin1Code: nil, admin1: nil, population: 0)
            return (place, .region)
        }
    }

    /// The first-level division of this name in a country ("Virginia" in US).
    func division(named name: String, in country: String) -> Place? {
        let candidates = gazetteer.lookup(name).filter { $0.place.country == country }
        if let province = candidates.first(where: { $0.place.isProvince }) { return province.place }
        // The District of Columbia is best known by its city.
        return candidates.first { $0.place.featureCode == "PPLC" }?.place
    }

    /// A country of exactly this name, or a first-level division of exactly this name in the
    /// document's main country.
    private func divisionOrCountry(named name: String, key: String, mainCountry: String?) -> Place? {
        let candidates = gazetteer.candidates(forKey: key, surface: name).filter {
            Self.folded($0.matchedName) == Self.folded(name) || Self.folded($0.place.name) == Self.folded(name)
        }
        if let country = candidates.first(where: { $0.place.isCountry }) {
            // A state of the document's country beats a foreign country ("Georgia" in US news).
            if let mainCountry, country.place.country != mainCountry,
               let state = candidates.first(where: { $0.place.isProvince && $0.place.country == mainCountry }) {
                return state.place
            }
            return country.place
        }
        guard let mainCountry else { return nil }
        return candidates.first { $0.place.isProvince && $0.place.country == mainCountry }?.place
    }

    /// Points a town followed by ", State" or ", Country" at the namesake there.
    private func settlingPairs(_ records: [PlaceMentionRecord], scalars: [Unicode.Scalar]) -> [PlaceMentionRecord] {
        var result = records
        for k in result.indices.dropLast() {
            let town = result[k], area = result[k + 1]
            guard area.place.isProvince || area.place.isCountry, area.span.start == town.span.end + 2,
                  scalars[town.span.end] == ",", scalars[town.span.end + 1] == " " else { continue }
            let within: (Place) -> Bool = area.place.isCountry
                ? { $0.country == area.place.country }
                : { $0.admin1Code == area.place.admin1Code && $0.country == area.place.country }
            if within(town.place), !town.place.isProvince { continue }
            let namesakes = gazetteer.candidates(forKey: NameNormalizer.key(for: town.mention), surface: town.mention)
                .map(\.place).filter { within($0) && !$0.isCountry && !$0.isProvince }
            guard let best = namesakes.max(by: { $0.population < $1.population }) else { continue }
            result[k].place = best
            result[k].geoPrecision = best.naturalPrecision
        }
        return result
    }

    /// The country most of the records are in, when one is.
    static func mainCountry(of records: [PlaceMentionRecord]) -> String? {
        var counts: [String: Int] = [:]
        for record in records where !record.place.country.isEmpty { counts[record.place.country, default: 0] += 1 }
        guard let top = counts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }) else { return nil }
        return top.value * 2 >= records.count ? top.key : nil
    }

    func record(docID: String, scalars: [Unicode.Scalar], span: TextSpan, place: Place, kind: MentionKind) -> PlaceMentionRecord {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[span.start..<span.end])
        return PlaceMentionRecord(docID: docID, mention: String(view), span: span, place: place,
                                  geoPrecision: place.naturalPrecision, confidence: Self.confidence, role: .context, kind: kind)
    }

    static func folded(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// The words of the text, with the periods of abbreviations kept on them.
    static func tokens(of scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        var i = 0
        while i < scalars.count {
            guard scalars[i].isAlphabeticFast else { i += 1; continue }
            let start = i
            while i < scalars.count, scalars[i].isAlphabeticFast || (scalars[i] == "." && i > start) { i += 1 }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<i])
            tokens.append(Token(text: String(view), start: start, end: i, isCapitalized: scalars[start].isUppercaseFast))
        }
        return tokens
    }
}
