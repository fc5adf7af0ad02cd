import GeoModel
import Synchronization

/// Finds gazetteer names in running text.
///
/// One pass over the UTF-8 bytes splits words and folds each capitalised one with the same
/// rules as the gazetteer's names (`NameNormalizer`); from each capitalised word (or an
/// article before one) the recogniser walks the gazetteer's word automaton and keeps the
/// longest name. A match is then dropped when it is a common English word ("At", "Many",
/// "Wednesday", "Bab" alone), part of a person's name ("Bashar al-Assad", "Secretary Ash
/// Carter") or of an organisation's ("Fatah Army", "Al-Mayadeen TV", "Hayat Tahrir al-Sham").
/// A capitalised word no name has can still be proposed as a fuzzy match to places in the
/// gazetteer's fuzzy countries (Latamneh → Al Lataminah).
public struct PlaceRecognizer: Sendable {
    public let gazetteer: Gazetteer
    /// The longest name, in words, that is looked for.
    public var maxWords = 8
    /// Propose fuzzy matches for capitalised words that no name has.
    public var proposesFuzzyMatches: Bool

    private let blockedKeys: Set<String>
    private let blockedMaxWords: Int
    /// First words (not articles) of the blocked phrases, as base spellings.
    private let blockedFirstWords: WordSet
    /// Folded word ids already worked out, shared by every copy of this recogniser.
    private let foldMemo = FoldMemo()

    /// Capitalised English words that are also place names somewhere, never taken alone.
    public static var commonWords: Set<String> { Set(RecognizerVocabulary.commonWordsWords) }

    public init(gazetteer: Gazetteer, proposesFuzzyMatches: Bool = true) {
        self.gazetteer = gazetteer
        self.proposesFuzzyMatches = proposesFuzzyMatches
        let keys = RecognizerVocabulary.blockedPhrases.map(NameNormalizer.key(for:))
        blockedKeys = Set(keys)
        blockedMaxWords = keys.map { $0.split(separator: " ").count }.max() ?? 1
        blockedFirstWords = WordSet(RecognizerVocabulary.blockedPhrases.compactMap { phrase in
            NameNormalizer.rawWords(of: phrase).first { !NameNormalizer.isArticle($0) }
        })
    }

    /// Every place mention in `text`, left to right, without overlaps.
    /// - Complexity: O(n) in the length of the text: one automaton step per word of a name.
    public func mentions(in text: String) -> [PlaceMention] {
        var result: [PlaceMention] = []
        forEachMatch(in: text) { match, bytes in
            let surface = String(decoding: UnsafeBufferPointer(rebasing: bytes[match.byteRange]), as: UTF8.self)
            let candidates: [Candidate]
            if let state = match.state {
                candidates = gazetteer.candidates(at: state, surface: surface)
            } else {
                candidates = gazetteer.fuzzyCandidates(forKey: match.key)
            }
            result.append(PlaceMention(text: surface, span: match.span, key: match.key, candidates: candidates,
                                       hasProvinceCue: match.hasProvinceCue, hasNearCue: match.hasNearCue,
                                       isFuzzy: match.state == nil, hasDistrictCue: match.hasDistrictCue))
        }
        return result
    }

    /// The number of names found in `text`, without building mentions: the recogniser's raw speed.
    public func countMatches(in text: String) -> Int {
        var count = 0
        forEachMatch(in: text, needsKeys: false) { _, _ in count += 1 }
        return count
    }

    /// A name found in the text, before its candidates are looked up.
    struct Match {
        var byteRange: Range<Int>
        var span: TextSpan
        var key: String
        /// The automaton state of the name; nil for a fuzzy proposal.
        var state: Int32?
        var hasProvinceCue: Bool
        var hasNearCue: Bool
        var hasDistrictCue = false
    }

    /// Calls `body` for every match, line by line.
    /// - Parameter needsKeys: fill `Match.key` (false for counting only).
    func forEachMatch(in text: String, needsKeys: Bool = true, _ body: (Match, UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var line = LineState(table: gazetteer.words, automaton: gazetteer.automaton)
            var start = 0
            var scalarOffset = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                end = min(end + 1, bytes.count)
                line.reset()
                scalarOffset = WordScanner.scan(bytes, range: start..<end, scalarOffset: scalarOffset,
                                                words: &line.words, base: &line.base)
                if !line.words.isEmpty { recognise(&line, bytes, needsKeys: needsKeys, body) }
                start = end
            }
        }
    }

    /// Per-line buffers, reused from line to line.
    struct LineState {
        /// The gazetteer's word table and automaton, held here so the hot loop reads them without copies.
        let table: TokenTable
        let automaton: NameAutomaton
        var words: [ScannedWord] = []
        var base: [UInt8] = []
        /// Folded word id per word: `unknown` until computed.
        var ids: [Int32] = []
        var scratch: [UInt8] = []

        static let notFolded: Int32 = -3
        static let article: Int32 = -2
        static let unknown: Int32 = -1

        mutating func reset() {
            words.removeAll(keepingCapacity: true)
            base.removeAll(keepingCapacity: true)
            ids.removeAll(keepingCapacity: true)
        }

        func baseString(_ i: Int) -> String {
            String(decoding: base[words[i].baseStart..<words[i].baseEnd], as: UTF8.self)
        }

        @inline(__always)
        func baseBytes(_ i: Int) -> ArraySlice<UInt8> {
            base[words[i].baseStart..<words[i].baseEnd]
        }

        @inline(__always)
        func baseIs(_ i: Int, _ text: StaticString) -> Bool {
            let slice = baseBytes(i)
            guard slice.count == text.utf8CodeUnitCount else { return false }
            var k = 0
            for b in slice {
                if b != text.utf8Start[k] { return false }
                k += 1
            }
            return true
        }
    }

    @inline(__always)
    private func fold(_ i: Int, _ line: inout LineState) -> Int32 {
        let cached = line.ids[i]
        if cached != LineState.notFolded { return cached }
        let word = line.words[i]
        // Words of up to eight bytes are remembered across lines and reports by their packed spelling.
        let packed = word.baseEnd - word.baseStart <= 8 ? NameNormalizer.pack(line.baseBytes(i)) : 0
        if packed != 0, let known = foldMemo.id(of: packed) {
            line.ids[i] = known
            return known
        }
        line.scratch.removeAll(keepingCapacity: true)
        let kept = line.base.withUnsafeBufferPointer {
            NameNormalizer.foldWord($0, word.baseStart..<word.baseEnd, into: &line.scratch)
        }
        let id: Int32 = kept ? (line.scratch.withUnsafeBufferPointer { line.table.id(of: $0) } ?? LineState.unknown) : LineState.article
        line.ids[i] = id
        if packed != 0 { foldMemo.remember(id, for: packed) }
        return id
    }

    /// The folded words of `range` joined by spaces, articles left out: a gazetteer key.
    private func foldedKey(_ range: ClosedRange<Int>, _ line: inout LineState) -> String {
        line.scratch.removeAll(keepingCapacity: true)
        for i in range {
            let word = line.words[i]
            let before = line.scratch.count
            if before > 0 { line.scratch.append(0x20) }
            let kept = line.base.withUnsafeBufferPointer {
                NameNormalizer.foldWord($0, word.baseStart..<word.baseEnd, into: &line.scratch)
            }
            if !kept { line.scratch.removeSubrange(before...) }
        }
        return String(decoding: line.scratch, as: UTF8.self)
    }

    private func recognise(_ line: inout LineState, _ bytes: UnsafeBufferPointer<UInt8>, needsKeys: Bool, _ body: (Match, UnsafeBufferPointer<UInt8>) -> Void) {
        let n = line.words.count
        line.ids.removeAll(keepingCapacity: true)
        line.ids.append(contentsOf: repeatElement(LineState.notFolded, count: n))
        let automaton = line.automaton
        var i = 0
        while i < n {
            let word = line.words[i]
            guard !word.isAllCaps else { i += 1; continue }
            if !word.isCapitalized {
                // A lowercase article opens a name only before a capitalised word: "al-Bab", "ash-Shaddadi".
                // English "at", "as", "an" never do.
                guard i + 1 < n, line.words[i + 1].joinsPrevious, line.words[i + 1].isCapitalized,
                      Self.lowercaseArticles.contains(line.baseBytes(i)) else { i += 1; continue }
            }
            // Walk the automaton for the longest name starting here.
            var state = NameAutomaton.root
            var best: (end: Int, state: Int32)?
            var j = i
            while j < n, j - i < maxWords {
                if j > i, !line.words[j].joinsPrevious || line.words[j - 1].isPossessive { break }
                let id = fold(j, &line)
                if id == LineState.article { j += 1; continue }
                guard id >= 0, let next = automaton.next(state, id) else { break }
                state = next
                if automaton.isAccepting(state),
                   line.words[j].isCapitalized || RecognizerVocabulary.featureNouns.contains(line.baseBytes(j)) {
                    best = (j, state)
                }
                j += 1
            }
            if let best {
                switch verdict(i, best.end, &line) {
                case .accept:
                    emit(i, best.end, state: best.state, needsKeys: needsKeys, &line, bytes, body)
                    i = best.end + 1
                case let .reject(skipTo):
                    i = max(skipTo, i + 1)
                }
                continue
            }
            if proposesFuzzyMatches, word.isCapitalized, let match = fuzzyProposal(i, &line, bytes) {
                body(match, bytes)
            }
            i += 1
        }
    }

    private static let lowercaseArticles = WordSet(["al", "el", "ash", "az", "ar", "ad", "es", "ez", "ed"])

    private enum Verdict {
        case accept
        case reject(skipTo: Int)
    }

    /// Whether words `start...end` are a place, or a word, person or organisation.
    private func verdict(_ start: Int, _ end: Int, _ line: inout LineState) -> Verdict {
        let n = line.words.count
        var first = start
        while first < end, fold(first, &line) == LineState.article { first += 1 }
        let startsWithArticle = first > start
        var nameWords = 0
        for k in first...end where fold(k, &line) != LineState.article { nameWords += 1 }
        let firstBase = line.baseBytes(first)

        // Organisations and people spelled out in full.
        if blockedFirstWords.contains(firstBase) {
            for length in stride(from: min(blockedMaxWords + 2, n - start), through: end - start + 1, by: -1) {
                let key = foldedKey(start...(start + length - 1), &line)
                if blockedKeys.contains(key) { return .reject(skipTo: start + length) }
            }
        }
        if nameWords == 1 {
            if firstBase.count < 3 { return .reject(skipTo: end + 1) }
            if RecognizerVocabulary.commonWords.contains(firstBase), !(startsWithArticle && line.baseIs(first, "bab")) {
                return .reject(skipTo: end + 1)
            }
            if RecognizerVocabulary.givenNames.contains(firstBase), end + 1 < n, line.words[end + 1].joinsPrevious,
               !line.words[end].isPossessive, line.words[end + 1].isCapitalized || fold(end + 1, &line) == LineState.article {
                return .reject(skipTo: skipCapitalisedRun(from: end + 1, &line))
            }
        }
        // A title or given name just before: a person ("Secretary Ash Carter", "Khaled Khoja"); "pro-" or
        // "anti-": a side ("pro-Hadi forces").
        if let previous = previousWord(before: start, &line) {
            let base = line.baseBytes(previous)
            if RecognizerVocabulary.titles.contains(base) || RecognizerVocabulary.allegiances.contains(base)
                || (line.words[previous].isCapitalized && RecognizerVocabulary.givenNames.contains(base)) {
                return .reject(skipTo: skipCapitalisedRun(from: end + 1, &line))
            }
            // "forces loyal to Hadi", "militias allied with Saleh": a side, not a place.
            if RecognizerVocabulary.allegianceLinks.contains(base), let adjective = previousWord(before: previous, &line),
               RecognizerVocabulary.allegianceWords.contains(line.baseBytes(adjective)) {
                return .reject(skipTo: skipCapitalisedRun(from: end + 1, &line))
            }
            if nameWords == 1, line.words[previous].isCapitalized, !line.words[previous].isAllCaps,
               !RecognizerVocabulary.commonWords.contains(base), !startsName(previous, &line) {
                return .reject(skipTo: end + 1)
            }
        }
        // An organisation noun or another capitalised word just after: part of a longer name.
        if end + 1 < n, line.words[end + 1].joinsPrevious, !line.words[end].isPossessive, line.words[end + 1].isCapitalized {
            let next = line.baseBytes(end + 1)
            if RecognizerVocabulary.organisationNouns.contains(next) { return .reject(skipTo: end + 2) }
            if nameWords == 1, !line.words[end + 1].isAllCaps, !RecognizerVocabulary.provinceNouns.contains(next),
               !RecognizerVocabulary.featureNouns.contains(next), !RecognizerVocabulary.commonWords.contains(next),
               !startsName(end + 1, &line) {
                return .reject(skipTo: end + 1)
            }
        }
        return .accept
    }

    /// The word before `start` joined to it, looking past articles ("Secretary Ash Carter").
    private func previousWord(before start: Int, _ line: inout LineState) -> Int? {
        var p = start - 1
        while p >= 0 {
            guard line.words[p + 1].joinsPrevious, !line.words[p].isPossessive else { return nil }
            guard fold(p, &line) == LineState.article else { return p }
            p -= 1
        }
        return nil
    }

    /// True when some gazetteer name starts with this word.
    private func startsName(_ i: Int, _ line: inout LineState) -> Bool {
        let id = fold(i, &line)
        return id >= 0 && line.automaton.next(NameAutomaton.root, id) != nil
    }

    /// The index after a run of joined capitalised words and articles (the rest of a person's name).
    private func skipCapitalisedRun(from i: Int, _ line: inout LineState) -> Int {
        var k = i
        while k < line.words.count, line.words[k].joinsPrevious,
              line.words[k].isCapitalized || fold(k, &line) == LineState.article {
            k += 1
            if line.words[k - 1].isPossessive { break }
        }
        return k
    }

    private func emit(_ start: Int, _ end: Int, state: Int32, needsKeys: Bool, _ line: inout LineState, _ bytes: UnsafeBufferPointer<UInt8>,
                      _ body: (Match, UnsafeBufferPointer<UInt8>) -> Void) {
        let first = line.words[start], last = line.words[end]
        let key = needsKeys ? foldedKey(start...end, &line) : ""
        body(Match(byteRange: first.byteStart..<last.byteEnd, span: TextSpan(start: first.scalarStart, end: last.scalarEnd),
                   key: key, state: state, hasProvinceCue: hasProvinceCue(start, end, &line),
                   hasNearCue: hasNearCue(start, &line), hasDistrictCue: hasDistrictCue(start, end, &line)), bytes)
    }

    /// "X province", "X and Y provinces", "X border governorate", "province of X".
    private func hasProvinceCue(_ start: Int, _ end: Int, _ line: inout LineState) -> Bool {
        let n = line.words.count
        var k = end + 1
        while k < n, k <= end + 5 {
            if RecognizerVocabulary.provinceNouns.contains(line.baseBytes(k)) && !line.baseIs(k, "countryside") { return true }
            guard line.baseIs(k, "and") || line.words[k].isCapitalized || fold(k, &line) == LineState.article
                || RecognizerVocabulary.divisionAdjectives.contains(line.baseBytes(k)) else { break }
            k += 1
        }
        if start >= 2, line.baseIs(start - 1, "of"), line.baseIs(start - 2, "province") || line.baseIs(start - 2, "governorate") {
            return true
        }
        return false
    }

    /// "X district", "X and Y districts", "X directorate", "X sub-district", "the district of X".
    private func hasDistrictCue(_ start: Int, _ end: Int, _ line: inout LineState) -> Bool {
        let n = line.words.count
        var k = end + 1
        while k < n, k <= end + 5 {
            if RecognizerVocabulary.districtNouns.contains(line.baseBytes(k)) { return true }
            if line.baseIs(k, "sub"), k + 1 < n, RecognizerVocabulary.districtNouns.contains(line.baseBytes(k + 1)) { return true }
            guard line.baseIs(k, "and") || line.words[k].isCapitalized || fold(k, &line) == LineState.article
                || RecognizerVocabulary.divisionAdjectives.contains(line.baseBytes(k)) else { break }
            k += 1
        }
        // "the district of X", but not "Baqim district of Saada", where X holds the district.
        if start >= 2, line.baseIs(start - 1, "of"), RecognizerVocabulary.districtNouns.contains(line.baseBytes(start - 2)) {
            return start < 3 || !line.words[start - 3].isCapitalized || fold(start - 3, &line) == LineState.article
        }
        return false
    }

    /// "near X", "the outskirts of X", "around X".
    private func hasNearCue(_ start: Int, _ line: inout LineState) -> Bool {
        for k in stride(from: start - 1, through: max(0, start - 3), by: -1)
        where RecognizerVocabulary.nearWords.contains(line.baseBytes(k)) {
            return true
        }
        return false
    }

    /// A lone capitalised word that no name has, offered as a fuzzy match when it is close to a
    /// name in the fuzzy countries.
    private func fuzzyProposal(_ i: Int, _ line: inout LineState, _ bytes: UnsafeBufferPointer<UInt8>) -> Match? {
        let word = line.words[i]
        guard word.baseEnd - word.baseStart >= 5, !word.isAllCaps else { return nil }
        let n = line.words.count
        if i + 1 < n, line.words[i + 1].joinsPrevious, line.words[i + 1].isCapitalized, !word.isPossessive { return nil }
        if let previous = previousWord(before: i, &line), line.words[previous].isCapitalized
            || RecognizerVocabulary.titles.contains(line.baseBytes(previous)) { return nil }
        let base = line.baseBytes(i)
        guard !RecognizerVocabulary.commonWords.contains(base), !RecognizerVocabulary.givenNames.contains(base) else { return nil }
        let key = foldedKey(i...i, &line)
        // With room for vowels: which reading may stand is for the resolver, in the document's countries.
        guard !key.isEmpty, !gazetteer.fuzzyCandidates(forKey: key, maxDistance: Gazetteer.fuzzyLimit(forKey: key, vowelSlack: true)).isEmpty else {
            return nil
        }
        return Match(byteRange: word.byteStart..<word.byteEnd, span: TextSpan(start: word.scalarStart, end: word.scalarEnd),
                     key: key, state: nil, hasProvinceCue: hasProvinceCue(i, i, &line), hasNearCue: hasNearCue(i, &line),
                     hasDistrictCue: hasDistrictCue(i, i, &line))
    }
}

/// Folded word ids by packed base spelling (words of up to eight bytes), safe across tasks.
///
/// Folding a word applies the transliteration rules letter by letter; the same few thousand
/// words come back in report after report, so each is folded once.
final class FoldMemo: Sendable {
    private let table = Mutex(PackedTable(minimumCapacity: 4096))
    /// Entries kept at most; past this, new words are folded every time.
    private let capacity = 200_000

    /// The id remembered for a packed spelling (never 0).
    @inline(__always)
    func id(of packed: UInt64) -> Int32? {
        table.withLock { $0.value(for: packed) }
    }

    func remember(_ id: Int32, for packed: UInt64) {
        table.withLock { table in
            if table.count < capacity { table.set(id, for: packed) }
        }
    }
}
