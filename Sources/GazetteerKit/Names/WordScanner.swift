import GeoModel

/// A word found by `WordScanner`, with where it is and its base spelling.
struct ScannedWord: Sendable {
    /// UTF-8 offsets in the scanned buffer.
    var byteStart: Int
    var byteEnd: Int
    /// Unicode code point offsets, counted from the start of the text.
    var scalarStart: Int
    var scalarEnd: Int
    /// The base spelling (lowercase, diacritics and apostrophes removed) in the scanner's base buffer.
    var baseStart: Int
    var baseEnd: Int
    /// The first letter is uppercase.
    var isCapitalized: Bool
    /// Every letter is uppercase and there are at least two.
    var isAllCaps: Bool
    /// Only spaces or a hyphen separate this word from the previous one (no punctuation, no line break).
    var joinsPrevious: Bool
    /// The word ended in a possessive `'s`, which was dropped from the base spelling.
    var isPossessive: Bool
}

/// Splits UTF-8 text into words and their base spellings in one pass over the bytes.
///
/// Words are runs of word scalars (`Unicode.Scalar.isWordScalar`); an apostrophe between letters stays inside a word
/// (Za'faranah) and ʿ ʾ anywhere; combining marks are dropped. Every other character
/// separates words. The same scanner serves gazetteer names and running text, so both fold
/// alike.
enum WordScanner {
    /// Scans `bytes[range]`, appending words to `words` and base spellings to `base`.
    /// - Parameter scalarOffset: the code point offset of `range.lowerBound` in the whole text.
    /// - Returns: the code point offset of `range.upperBound`.
    /// - Complexity: O(n) in the bytes scanned.
    @discardableResult
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, scalarOffset: Int,
                     words: inout [ScannedWord], base: inout [UInt8]) -> Int {
        var i = range.lowerBound
        let end = range.upperBound
        var scalars = scalarOffset
        var gapClean = false  // the separator since the last word is only spaces/a hyphen
        var sawWord = false
        while i < end {
            let b = bytes[i]
            if b < 0x80 {
                if isASCIIWordByte(b) {
                    i = scanWord(bytes, at: i, end: end, scalars: &scalars, words: &words, base: &base,
                                 joinsPrevious: sawWord && gapClean)
                    sawWord = true
                    gapClean = true
                    continue
                }
                if b == 0x20 || b == 0x2D || b == 0x09 {
                    // spaces and hyphens keep words joined
                } else {
                    gapClean = false
                }
                i += 1
                scalars += 1
                continue
            }
            let (scalar, length) = decode(bytes, at: i, end: end)
            if scalar.isWordScalar {
                i = scanWord(bytes, at: i, end: end, scalars: &scalars, words: &words, base: &base,
                             joinsPrevious: sawWord && gapClean)
                sawWord = true
                gapClean = true
                continue
            }
            if scalar.value != 0xA0 && scalar.value != 0x2010 && scalar.value != 0x2011 { gapClean = false }
            i += length
            scalars += 1
        }
        return scalars
    }

    /// Scans one word starting at `start`; returns the offset after it.
    private static func scanWord(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int, scalars: inout Int,
                                 words: inout [ScannedWord], base: inout [UInt8], joinsPrevious: Bool) -> Int {
        if let after = scanASCIIWord(bytes, at: start, end: end, scalars: &scalars, words: &words, base: &base, joinsPrevious: joinsPrevious) {
            return after
        }
        var i = start
        let scalarStart = scalars
        let baseStart = base.count
        var letters = 0
        var uppercase = 0
        var isCapitalized = false
        var apostropheBase = -1
        var apostropheByte = 0
        var apostropheScalar = 0
        while i < end {
            // Fast path: a run of ASCII letters and digits, copied at once and lowercased in place.
            var runEnd = i
            while runEnd < end, bytes[runEnd] < 0x80, isASCIIWordByte(bytes[runEnd]) { runEnd += 1 }
            if runEnd > i {
                var counts = LetterCounts(letters: letters, uppercase: uppercase, isCapitalized: isCapitalized)
                appendLowered(bytes, i..<runEnd, to: &base, counting: &counts)
                (letters, uppercase, isCapitalized) = (counts.letters, counts.uppercase, counts.isCapitalized)
                scalars += runEnd - i
                i = runEnd
                continue
            }
            let b = bytes[i]
            if b < 0x80 {
                if b >= 0x61 && b <= 0x7A || b >= 0x30 && b <= 0x39 {
                    if b >= 0x61 { letters += 1 }
                    base.append(b)
                } else if b >= 0x41 && b <= 0x5A {
                    if letters == 0 { isCapitalized = true }
                    letters += 1
                    uppercase += 1
                    base.append(b | 0x20)
                } else if b == 0x27 || b == 0x60 {
                    guard i + 1 < end, continuesWord(bytes, at: i + 1, end: end), base.count > baseStart else { break }
                    apostropheBase = base.count
                    apostropheByte = i
                    apostropheScalar = scalars
                } else {
                    break
                }
                i += 1
                scalars += 1
                continue
            }
            let (scalar, length) = decode(bytes, at: i, end: end)
            let value = scalar.value
            if value == 0x2019 || value == 0x2018 {
                guard i + length < end, continuesWord(bytes, at: i + length, end: end), base.count > baseStart else { break }
                apostropheBase = base.count
                apostropheByte = i
                apostropheScalar = scalars
            } else if scalar.isWordScalar {
                switch LatinFolding.fold(scalar) {
                case .drop:
                    break
                case let .ascii(first, second):
                    if letters == 0, scalar.properties.isUppercase { isCapitalized = true }
                    if scalar.properties.isUppercase { uppercase += 1 }
                    letters += 1
                    base.append(first)
                    if let second { base.append(second) }
                case .other:
                    if letters == 0, scalar.properties.isUppercase { isCapitalized = true }
                    if scalar.properties.isUppercase { uppercase += 1 }
                    letters += 1
                    for s in scalar.properties.lowercaseMapping.unicodeScalars { base.append(contentsOf: UTF8.encode(s)!) }
                }
            } else {
                break
            }
            i += length
            scalars += 1
        }
        var isPossessive = false
        var byteEnd = i, scalarEnd = scalars
        if apostropheBase >= 0, base.count == apostropheBase + 1, base[apostropheBase] == 0x73 {
            // "Latakia's": the word (and its span) ends before the apostrophe.
            base.removeLast()
            isPossessive = true
            letters -= 1
            byteEnd = apostropheByte
            scalarEnd = apostropheScalar
        }
        words.append(ScannedWord(byteStart: start, byteEnd: byteEnd, scalarStart: scalarStart, scalarEnd: scalarEnd,
                                 baseStart: baseStart, baseEnd: base.count, isCapitalized: isCapitalized,
                                 isAllCaps: letters >= 2 && uppercase == letters, joinsPrevious: joinsPrevious,
                                 isPossessive: isPossessive))
        return i
    }

    /// The common word: ASCII letters and digits up to a space or ASCII punctuation other than an
    /// apostrophe, lowered and counted in one pass. Returns nil, having changed nothing, for any
    /// other word, which `scanWord` reads in full.
    @inline(__always)
    private static func scanASCIIWord(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int, scalars: inout Int,
                                      words: inout [ScannedWord], base: inout [UInt8], joinsPrevious: Bool) -> Int? {
        var runEnd = start
        while runEnd < end, bytes[runEnd] < 0x80, isASCIIWordByte(bytes[runEnd]) { runEnd += 1 }
        if runEnd < end {
            let next = bytes[runEnd]
            guard next < 0x80, next != 0x27, next != 0x60 else { return nil }
        }
        let baseStart = base.count
        var counts = LetterCounts()
        appendLowered(bytes, start..<runEnd, to: &base, counting: &counts)
        let scalarStart = scalars
        scalars += runEnd - start
        words.append(ScannedWord(byteStart: start, byteEnd: runEnd, scalarStart: scalarStart, scalarEnd: scalars,
                                 baseStart: baseStart, baseEnd: base.count, isCapitalized: counts.isCapitalized,
                                 isAllCaps: counts.letters >= 2 && counts.uppercase == counts.letters, joinsPrevious: joinsPrevious,
                                 isPossessive: false))
        return runEnd
    }

    /// What a word's letters have been so far: how many, how many uppercase, and whether the first was.
    private struct LetterCounts {
        var letters = 0
        var uppercase = 0
        var isCapitalized = false
    }

    /// Appends a run of ASCII letters and digits to `base`, lowered, counting its letters.
    @inline(__always)
    private static func appendLowered(_ bytes: UnsafeBufferPointer<UInt8>, _ run: Range<Int>, to base: inout [UInt8],
                                      counting counts: inout LetterCounts) {
        for k in run {
            let b = bytes[k]
            if b >= 0x61 {
                counts.letters += 1
                base.append(b)
            } else if b >= 0x41 {
                if counts.letters == 0 { counts.isCapitalized = true }
                counts.letters += 1
                counts.uppercase += 1
                base.append(b | 0x20)
            } else {
                base.append(b)
            }
        }
    }

    /// `Unicode.Scalar.isWordScalar` for an ASCII byte, read without decoding.
    @inline(__always)
    private static func isASCIIWordByte(_ b: UInt8) -> Bool {
        b >= 0x61 && b <= 0x7A || b >= 0x41 && b <= 0x5A || b >= 0x30 && b <= 0x39
    }

    private static func continuesWord(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return isASCIIWordByte(b) }
        let (scalar, _) = decode(bytes, at: i, end: end)
        return scalar.isWordScalar && !LatinFolding.isApostrophe(scalar.value)
    }

    /// Decodes the scalar starting at `i` (text from a Swift String is valid UTF-8).
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> (Unicode.Scalar, Int) {
        let b0 = UInt32(bytes[i])
        let length: Int
        var value: UInt32
        if b0 < 0xE0 { length = 2; value = b0 & 0x1F } else if b0 < 0xF0 { length = 3; value = b0 & 0x0F } else { length = 4; value = b0 & 0x07 }
        guard i + length <= end else { return ("\u{FFFD}", 1) }
        for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
