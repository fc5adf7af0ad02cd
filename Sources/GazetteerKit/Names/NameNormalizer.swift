/// Folds the many Latin spellings of an Arabic place name to one matching key.
///
/// "Jisr al-Shughour", "Jisr ash Shughūr" and "JISR AL SHUGHUR" all become `jisr shughur`;
/// Talbeesah, Talbisa, Talbiseh, Tallbisah and Talbisah all become `talbis`. Per word, after
/// case, diacritics and apostrophes (ʿ ʾ ' ` ’) are folded:
/// - the articles al, el, as, ash, ar, at, ad, az, an (and kin) are dropped, hyphenated or not;
/// - word families fold to one form: Um/Umm, Abu/Abou, Tal/Tell, Jabal/Jebel, Deir/Dayr/Dair,
///   Kafr/Kfar, Khan/Han, Sheikh/Shaykh;
/// - ou, oo → u; ee → i; ei, ey, ai → ay; aw, o → u; dh, th → z; q, ck → k;
/// - doubled letters become single;
/// - a final -iya/-iyah/-iyeh/-ieh becomes -i, then a final -a/-ah/-e/-eh is dropped.
///
/// The folding works on UTF-8 bytes, so the recogniser can apply it to running text at
/// full speed; `key(for:)` is the convenient form for single names.
public enum NameNormalizer {
    /// The key of `name`: its folded words joined by single spaces; empty when nothing is left.
    public static func key(for name: String) -> String {
        tokens(of: name).joined(separator: " ")
    }

    /// The folded words of `name`, articles removed.
    public static func tokens(of name: String) -> [String] {
        var name = name
        return name.withUTF8 { bytes in
            var words: [ScannedWord] = []
            var base: [UInt8] = []
            WordScanner.scan(bytes, range: 0..<bytes.count, scalarOffset: 0, words: &words, base: &base)
            var out: [UInt8] = []
            var result: [String] = []
            for word in words {
                out.removeAll(keepingCapacity: true)
                let kept = base.withUnsafeBufferPointer { foldWord($0, word.baseStart..<word.baseEnd, into: &out) }
                if kept { result.append(String(decoding: out, as: UTF8.self)) }
            }
            return result
        }
    }

    /// The base spellings of the words of `text`: lowercase, without diacritics or apostrophes; articles kept.
    public static func rawWords(of text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var words: [ScannedWord] = []
            var base: [UInt8] = []
            WordScanner.scan(bytes, range: 0..<bytes.count, scalarOffset: 0, words: &words, base: &base)
            return words.map { String(decoding: base[$0.baseStart..<$0.baseEnd], as: UTF8.self) }
        }
    }

    /// True when `word` (any case) is an article that folding drops.
    public static func isArticle(_ word: String) -> Bool {
        let lower = Array(word.lowercased().utf8)
        return articles.contains(lower[...])
    }

    /// The consonant skeleton of a key: vowels, y, w, h and spaces removed, doubles collapsed.
    /// Spellings of one Arabic name nearly always share it (Makramiya, Mukarramiyah → `mkrm`).
    public static func skeleton(ofKey key: String) -> String {
        var out: [UInt8] = []
        for b in key.utf8 {
            switch b {
            case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x79, 0x77, 0x68, 0x20: continue  // a e i o u y w h space
            default: if out.last != b { out.append(b) }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Levenshtein distance between two keys, or `limit + 1` as soon as it must exceed `limit`.
    /// - Complexity: O(m × n) in the key lengths, cut short past the limit.
    public static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
        let x = Array(a.utf8), y = Array(b.utf8)
        if abs(x.count - y.count) > limit { return limit + 1 }
        if x.isEmpty || y.isEmpty { return max(x.count, y.count) }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            var rowMin = current[0]
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMin = min(rowMin, current[j])
            }
            if rowMin > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return min(previous[y.count], limit + 1)
    }

    // MARK: - Word folding

    /// Articles dropped when they stand alone or are hyphenated to the next word.
    static let articles = WordSet(["al", "el", "as", "ash", "ar", "at", "ad", "az", "an", "es", "ez", "er",
                                           "et", "ed", "en", "ul", "il", "ath", "adh", "esh", "ech", "ej", "l"])

    /// Word families folded to one form, before the letter rules run.
    static let synonyms: (table: PackedTable, forms: [[UInt8]]) = {
        let pairs: [(String, String)] = [
            ("umm", "um"), ("oum", "um"), ("om", "um"), ("um", "um"), ("abou", "abu"), ("abo", "abu"), ("abu", "abu"),
            ("tell", "tal"), ("tel", "tal"), ("tall", "tal"), ("tal", "tal"),
            ("jebel", "jabal"), ("jabal", "jabal"), ("jbel", "jabal"), ("djebel", "jabal"), ("jebal", "jabal"), ("jabel", "jabal"),
            ("dayr", "dayr"), ("deir", "dayr"), ("dair", "dayr"), ("der", "dayr"), ("dyr", "dayr"),
            ("kfar", "kafr"), ("kafar", "kafr"), ("kefr", "kafr"), ("kafr", "kafr"), ("kfr", "kafr"),
            ("han", "khan"), ("khan", "khan"),
            ("sheikh", "shaykh"), ("shaikh", "shaykh"), ("sheik", "shaykh"), ("shaykh", "shaykh"), ("cheikh", "shaykh"),
            ("ain", "ayn"), ("ein", "ayn"), ("ayn", "ayn"), ("aïn", "ayn"),
            ("ras", "ras"), ("bayt", "bayt"), ("beit", "bayt"), ("bait", "bayt"), ("beyt", "bayt"),
        ]
        var table = PackedTable()
        var forms: [[UInt8]] = []
        for (from, to) in pairs where from.utf8.count <= 8 {
            table.set(Int32(forms.count), for: pack(Array(from.utf8)[...]))
            forms.append(Array(to.utf8))
        }
        return (table, forms)
    }()

    /// Packs up to eight bytes into an integer for set look-ups.
    @inline(__always)
    static func pack<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var value: UInt64 = 0
        for b in bytes { value = value << 8 | UInt64(b) }
        return value
    }

    static func pack(_ text: String) -> UInt64 { pack(Array(text.utf8)) }

    /// Folds one word's base spelling, `base[range]`, appending the folded word to `out`.
    /// - Returns: false for an article, which adds nothing.
    @inline(__always)
    static func foldWord(_ base: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into out: inout [UInt8]) -> Bool {
        let count = range.count
        guard count > 0 else { return false }
        var ascii = true
        for i in range where base[i] >= 0x80 { ascii = false; break }
        guard ascii else {
            out.append(contentsOf: base[range])
            return true
        }
        if count <= 8 {
            let packed = pack(base[range])
            if count <= 3, articles.containsPacked(packed) { return false }
            if let synonym = synonyms.table.value(for: packed) { out.append(contentsOf: synonyms.forms[Int(synonym)]); return true }
        }
        // Letter rules, with doubled letters collapsed as they are written, into a stack buffer.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count * 2 + 2) { buffer in
            var n = 0
            @inline(__always) func put(_ x: UInt8) {
                if n == 0 || buffer[n - 1] != x { buffer[n] = x; n += 1 }
            }
            var i = range.lowerBound
            let end = range.upperBound
            while i < end {
                let c = base[i]
                let d: UInt8 = i + 1 < end ? base[i + 1] : 0
                switch (c, d) {
                case (0x6F, 0x75), (0x6F, 0x6F):                 // ou, oo → u
                    put(0x75); i += 2; continue
                case (0x65, 0x65):                               // ee → i
                    put(0x69); i += 2; continue
                case (0x65, 0x69), (0x65, 0x79), (0x61, 0x69):   // ei, ey, ai → ay
                    put(0x61); put(0x79); i += 2; continue
                case (0x61, 0x77):                               // aw → u
                    put(0x75); i += 2; continue
                case (0x64, 0x68), (0x74, 0x68):                 // dh, th → z
                    put(0x7A); i += 2; continue
                case (0x63, 0x6B):                               // ck → k
                    put(0x6B); i += 2; continue
                default:
                    break
                }
                switch c {
                case 0x71: put(0x6B)                             // q → k
                case 0x6F: put(0x75)                             // o → u
                default: put(c)
                }
                i += 1
            }
            n = strippedLength(buffer, n)
            guard n > 0 else { return false }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[0..<n]))
            return true
        }
    }

    /// The length of `buffer[0..<n]` once a final -iya/-iyah/-iyeh/-ieh/-ia becomes -i, or else a
    /// final -a/-ah/-e/-eh is dropped, keeping at least three letters.
    @inline(__always)
    private static func strippedLength(_ buffer: UnsafeMutableBufferPointer<UInt8>, _ n: Int) -> Int {
        func endsWith(_ suffix: StaticString) -> Bool {
            let s = suffix.utf8Start, k = suffix.utf8CodeUnitCount
            guard n >= k else { return false }
            for j in 0..<k where buffer[n - k + j] != s[j] { return false }
            return true
        }
        for suffix: StaticString in ["iyah", "iyeh", "iya", "iye", "ieh", "ia"] where endsWith(suffix) {
            let k = suffix.utf8CodeUnitCount
            return n - k >= 2 ? n - k + 1 : n  // keep the i
        }
        for suffix: StaticString in ["ah", "eh", "a", "e"] where endsWith(suffix) {
            let k = suffix.utf8CodeUnitCount
            return n - k >= 3 ? n - k : n
        }
        return n
    }
}

extension NameNormalizer {
    /// The letters of a name, lowercased and without diacritics, spaces, hyphens or apostrophes:
    /// two spellings are the same spelling when these agree ("Al-Bab" and "al Bab").
    public static func plainSpelling(of name: String) -> String {
        var name = name
        return name.withUTF8 { bytes in
            var words: [ScannedWord] = []
            var base: [UInt8] = []
            WordScanner.scan(bytes, range: 0..<bytes.count, scalarOffset: 0, words: &words, base: &base)
            return String(decoding: base, as: UTF8.self)
        }
    }
}
