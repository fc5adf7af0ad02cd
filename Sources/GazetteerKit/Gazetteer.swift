import GeoModel

/// Places and the index from folded names to them.
///
/// A value built once and then only read: safe to share between tasks. Names are indexed in
/// a word automaton (see `NameAutomaton`), which serves both exact look-ups and the
/// recogniser; every name is also indexed by consonant skeleton for fuzzy matching, which the
/// resolver keeps to the countries a document is about ("Waziiyah" for Al Wazi'iyah in a report
/// on Yemen).
public struct Gazetteer: Sendable {
    /// Every place, in load order.
    public internal(set) var places: [Place] = []
    /// First-level code → name, such as `SY.11` → `Homs`.
    public internal(set) var admin1Names: [String: String] = [:]
    /// Where each loaded source came from, for `gazetteer info`.
    public internal(set) var sources: [String] = []
    /// The countries a name with no other context is read in (`geocode` without a country), and
    /// whose fuzzy matches a document with no country of its own may take.
    public internal(set) var fuzzyCountries: Set<String>
    /// What loading had to say to the user, one line each: a corrupt cache dropped or rebuilt.
    public internal(set) var notices: [String] = []

    var words = TokenTable()
    var automaton = NameAutomaton()
    var nameArena: [UInt8] = []
    var placeByID: [String: Int32] = [:]
    var provinceByCode: [String: Int32] = [:]
    var countryByCode: [String: Int32] = [:]
    /// Every key by consonant skeleton, for fuzzy matching.
    var skeletons = SkeletonIndex()
    /// The number of distinct name keys.
    public internal(set) var keyCount = 0
    private var scratch = IndexScratch()
    /// Fuzzy look-ups already made, by key and bound.
    private let fuzzyMemo = StampedMemo<FuzzyQuery, Generation, [Candidate]>()
    /// Exact look-ups already made, by automaton state and surface spelling.
    private let exactMemo = StampedMemo<ExactQuery, Generation, [Candidate]>()
    /// The provinces' seats, restored with a snapshot or found in one pass when first asked for
    /// (see `ProvinceSeats`).
    let seatMemo = StampedMemo<Int, Generation, ProvinceSeats>(capacity: 1)

    private struct FuzzyQuery: Hashable, Sendable {
        var key: String
        var limit: Int
    }

    private struct ExactQuery: Hashable, Sendable {
        var state: Int32
        var surface: String?
    }

    /// What answers made from the gazetteer depend on: the places, the names and the first-level
    /// names. Memos of such answers stamp their entries with it.
    public var generation: Generation {
        Generation(places: places.count, keys: keyCount, admin1Names: admin1Names.count, nameBytes: nameArena.count)
    }

    /// - Parameter fuzzyCountries: countries whose names take part in fuzzy matching.
    public init(fuzzyCountries: Set<String> = ["SY", "LB"]) {
        self.fuzzyCountries = fuzzyCountries
    }

    /// Adds a place under its primary and alternate names. A place whose id is already present
    /// keeps its first record and gains the new names.
    /// - Complexity: O(total length of the names).
    public mutating func add(_ place: Place, alternateNames: [String]) {
        let position: Int32
        let isNew: Bool
        if let existing = placeByID[place.id] {
            position = existing
            isNew = false
        } else {
            isNew = true
            position = Int32(places.count)
            places.append(place)
            placeByID[place.id] = position
            if place.isProvince, let code = place.admin1Code, provinceByCode[code] == nil { provinceByCode[code] = position }
            if place.isCountry, countryByCode[place.country] == nil { countryByCode[place.country] = position }
        }
        insert(place.name, isPrimary: true, for: position, isNewPlace: isNew, fuzzy: true)
        for name in alternateNames where name != place.name {
            insert(name, isPrimary: false, for: position, isNewPlace: isNew, fuzzy: true)
        }
        if place.isDistrict {
            for part in JoinedDivisionNames.parts(of: place.name) { insert(part, isPrimary: false, for: position, isNewPlace: isNew, fuzzy: true) }
        }
    }

    /// Makes room for about `places` places with `names` names in all, so that loading a big
    /// file does not grow the tables step by step.
    public mutating func reserveCapacity(places: Int, names: Int) {
        self.places.reserveCapacity(self.places.count + places)
        placeByID.reserveCapacity(placeByID.count + places)
        automaton.reserveCapacity(names: automaton.entries.count + names, states: automaton.stateCount + names)
        words.reserveCapacity(words: words.count + names / 2, bytes: names * 4)
        nameArena.reserveCapacity(nameArena.count + names * 14)
    }

    /// Records a first-level division name.
    public mutating func setAdmin1Name(_ name: String, forCode code: String) {
        admin1Names[code] = name
    }

    /// Notes where data came from.
    public mutating func noteSource(_ description: String) { sources.append(description) }

    private mutating func insert(_ name: String, isPrimary: Bool, for position: Int32, isNewPlace: Bool, fuzzy: Bool) {
        var name = name
        name.withUTF8 { foldWords(of: $0) }
        guard !scratch.ids.isEmpty else { return }
        let start = Int32(nameArena.count)
        nameArena.append(contentsOf: name.utf8)
        let (state, isNewKey, isStored) = automaton.insert(scratch.ids, entry: NameEntry(place: position, isPrimary: isPrimary, nameStart: start,
                                                                                      nameLength: Int32(nameArena.count) - start),
                                                                     isNewPlace: isNewPlace)
        // A name the place already has (a row read again) keeps no second copy of its text, so
        // that a dump repeating one row millions of times costs the memory of one place.
        if !isStored { nameArena.removeSubrange(Int(start)...) }
        if isNewKey { keyCount += 1 }
        // A key met before is in the skeleton index already.
        if fuzzy, isNewKey {
            let key = scratch.ids.map { String(decoding: words.bytes(of: $0), as: UTF8.self) }.joined(separator: " ")
            let skeleton = NameNormalizer.skeleton(ofKey: key)
            if skeleton.utf8.count >= 2 { skeletons.insert(key: key, skeleton: skeleton, state: state) }
        }
    }

    /// Buffers reused from name to name while indexing.
    struct IndexScratch: Sendable {
        var scanned: [ScannedWord] = []
        var base: [UInt8] = []
        var folded: [UInt8] = []
        var ids: [Int32] = []
    }

    /// Folds a name and interns its words into `scratch.ids`.
    private mutating func foldWords(of bytes: UnsafeBufferPointer<UInt8>) {
        scratch.scanned.removeAll(keepingCapacity: true)
        scratch.base.removeAll(keepingCapacity: true)
        scratch.ids.removeAll(keepingCapacity: true)
        WordScanner.scan(bytes, range: 0..<bytes.count, scalarOffset: 0, words: &scratch.scanned, base: &scratch.base)
        for word in scratch.scanned {
            scratch.folded.removeAll(keepingCapacity: true)
            let kept = scratch.base.withUnsafeBufferPointer {
                NameNormalizer.foldWord($0, word.baseStart..<word.baseEnd, into: &scratch.folded)
            }
            if kept { scratch.ids.append(scratch.folded.withUnsafeBufferPointer { words.intern($0) }) }
        }
    }

    // MARK: - Look-ups

    /// The automaton state of a key (folded words joined by spaces), if some name has that key.
    func state(forKey key: String) -> Int32? {
        var ids: [Int32] = []
        for word in key.split(separator: " ") {
            var word = String(word)
            guard let id = word.withUTF8({ words.id(of: $0) }) else { return nil }
            ids.append(id)
        }
        guard !ids.isEmpty, let state = automaton.state(after: ids), automaton.isAccepting(state) else { return nil }
        return state
    }

    /// True when some place has this key.
    public func hasKey(_ key: String) -> Bool { state(forKey: key) != nil }

    /// The places whose names fold to `key`.
    /// - Parameter surface: the name as written; candidates whose name has the same plain spelling are marked exact.
    public func candidates(forKey key: String, surface: String? = nil) -> [Candidate] {
        guard let state = state(forKey: key) else { return [] }
        return candidates(at: state, surface: surface)
    }

    /// The candidates of the names ending at an automaton state.
    func candidates(at state: Int32, surface: String?, editDistance: Int = 0) -> [Candidate] {
        guard editDistance == 0 else { return makeCandidates(at: state, surface: surface, editDistance: editDistance) }
        return exactMemo.value(for: ExactQuery(state: state, surface: surface), stamp: generation) {
            makeCandidates(at: state, surface: surface, editDistance: 0)
        }
    }

    private func makeCandidates(at state: Int32, surface: String?, editDistance: Int) -> [Candidate] {
        let plain = surface.map(NameNormalizer.plainSpelling(of:))
        return automaton.entries(at: state).map { entry in
            let name = nameArena.withUnsafeBufferPointer {
                String(decoding: UnsafeBufferPointer(rebasing: $0[Int(entry.nameStart)..<Int(entry.nameStart + entry.nameLength)]), as: UTF8.self)
            }
            let kind: MatchKind = editDistance > 0 ? .fuzzy : (entry.isPrimary ? .name : .alternateName)
            var candidate = Candidate(place: place(at: Int(entry.place)), matchKind: kind, matchedName: name, editDistance: editDistance)
            if let plain, editDistance == 0 {
                candidate.isExactSpelling = plain == NameNormalizer.plainSpelling(of: name)
                    || plain == NameNormalizer.plainSpelling(of: candidate.place.name)
            }
            return candidate
        }
    }

    /// The places a name can mean, exact key matches only.
    public func lookup(_ name: String) -> [Candidate] {
        candidates(forKey: NameNormalizer.key(for: name), surface: name)
    }

    /// Places whose key is within a small edit distance of `key` and shares its consonant
    /// skeleton, among the fuzzy-indexed places. Exact matches are left out.
    /// - Parameter maxDistance: the bound; by default `fuzzyLimit(forKey:)`.
    public func fuzzyCandidates(forKey key: String, maxDistance: Int? = nil) -> [Candidate] {
        let limit = maxDistance ?? Self.fuzzyLimit(forKey: key)
        guard limit > 0 else { return [] }
        return fuzzyMemo.value(for: FuzzyQuery(key: key, limit: limit), stamp: generation) {
            makeFuzzyCandidates(forKey: key, limit: limit)
        }
    }

    /// How many edits a fuzzy match of `key` may take: none under 5 letters, 1 for 5 or 6, 2 from 7.
    /// - Parameter vowelSlack: one edit more for a key under 7 letters that keeps three consonants
    ///   or more. Keys of one skeleton differ only in vowels, and short Arabic names take two such
    ///   edits easily ("Sabain" for Sab'in, its ayn written as a vowel); the resolver grants this
    ///   only to a name with no reading at all in the document's countries.
    public static func fuzzyLimit(forKey key: String, vowelSlack: Bool = false) -> Int {
        let length = key.utf8.count
        let limit = length < 5 ? 0 : length < 7 ? 1 : 2
        guard vowelSlack, length < 7, NameNormalizer.skeleton(ofKey: key).utf8.count >= 3 else { return limit }
        return limit + 1
    }

    private func makeFuzzyCandidates(forKey key: String, limit: Int) -> [Candidate] {
        var result: [Candidate] = []
        skeletons.forEachKey(withSkeleton: NameNormalizer.skeleton(ofKey: key)) { other, state in
            guard other != key else { return }
            let distance = NameNormalizer.editDistance(key, other, limit: limit)
            guard distance <= limit else { return }
            result += candidates(at: state, surface: nil, editDistance: distance)
        }
        return result
    }

    /// The place at an index, with its first-level name filled in.
    func place(at index: Int) -> Place {
        var place = places[index]
        if place.admin1 == nil, let code = place.admin1Code { place.admin1 = admin1Names[code] }
        return place
    }

    /// The place with this id, if loaded.
    public func place(id: String) -> Place? {
        placeByID[id].map { place(at: Int($0)) }
    }

    /// The first-level division place for a code such as `SY.11`, if the gazetteer has one.
    public func province(code: String) -> Place? {
        provinceByCode[code].map { place(at: Int($0)) }
    }

    /// The country place (PCLI) for an ISO code, if the gazetteer has one.
    public func country(code: String) -> Place? {
        countryByCode[code].map { place(at: Int($0)) }
    }

    /// Counts of places by country and by feature class.
    public func countsByCountryAndClass() -> [String: [String: Int]] {
        var counts: [String: [String: Int]] = [:]
        for place in places { counts[place.country, default: [:]][place.featureClass, default: 0] += 1 }
        return counts
    }

    /// The number of names indexed (one place may have many).
    public var nameCount: Int { automaton.entries.count }
}

extension Gazetteer {
    /// Each place's names other than its primary name, by place index.
    func namesByPlace() -> [[String]] {
        var names = [[String]](repeating: [], count: places.count)
        nameArena.withUnsafeBufferPointer { arena in
            for entry in automaton.entries where !entry.isPrimary {
                let bytes = UnsafeBufferPointer(rebasing: arena[Int(entry.nameStart)..<Int(entry.nameStart + entry.nameLength)])
                names[Int(entry.place)].append(String(decoding: bytes, as: UTF8.self))
            }
        }
        return names
    }
}
