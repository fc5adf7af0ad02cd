import GeoModel

/// `WordToken`'s scan, over a buffer of code points.
extension WordToken {
    /// The words of a run of code points, with spans relative to its start.
    static func tokens(of scalars: ArraySlice<Unicode.Scalar>) -> [WordToken] {
        scalars.withUnsafeBufferPointer(tokens(of:))
    }

    /// The words of a buffer of code points, with spans relative to its start.
    static func tokens(of scalars: UnsafeBufferPointer<Unicode.Scalar>) -> [WordToken] {
        var tokens: [WordToken] = []
        tokens.reserveCapacity(scalars.count / 5 + 1)
        var start = -1
        var allDigits = true
        func flush(_ end: Int) {
            guard start >= 0 else { return }
            var last = end
            while last > start, scalars[last - 1] == "'" || scalars[last - 1] == "’" { last -= 1 }
            tokens.append(token(UnsafeBufferPointer(rebasing: scalars[start..<last]), start: start))
            start = -1
            allDigits = true
        }
        for offset in 0..<scalars.count {
            let s = scalars[offset]
            let isDigit = s.isASCIIDigit
            if s.isWordScalar || ((s == "'" || s == "’") && start >= 0) {
                if start < 0 { start = offset }
                if !isDigit { allDigits = false }
            } else if (s == "," || s == "."), start >= 0, allDigits, offset + 1 < scalars.count, scalars[offset + 1].isASCIIDigit {
                // "220,000" and "2.5" stay one word.
            } else {
                flush(offset)
            }
        }
        flush(scalars.count)
        return tokens
    }

    /// One word: its lowercase and written forms packed in one pass over its code points.
    private static func token(_ piece: UnsafeBufferPointer<Unicode.Scalar>, start: Int) -> WordToken {
        let (word, cased) = packedForms(of: piece)
        let n = piece.count
        return WordToken(word: word, cased: cased, span: TextSpan(start: start, end: start + n),
                         isCapitalized: piece[0].isUppercaseFast,
                         isPossessive: n > 2 && (piece[n - 1] == "s" || piece[n - 1] == "S") && (piece[n - 2] == "'" || piece[n - 2] == "’"),
                         endsInIng: n >= 3 && lowercased(piece[n - 3]) == "i" && lowercased(piece[n - 2]) == "n" && lowercased(piece[n - 1]) == "g")
    }

    /// The lowercase and written forms of a word. A short ASCII word, the common case, is packed
    /// directly; the written form is the lowercase one unless the word has capitals.
    @inline(__always)
    private static func packedForms(of piece: UnsafeBufferPointer<Unicode.Scalar>) -> (PackedWord, PackedWord) {
        if piece.count <= PackedWord.capacity {
            var low: UInt64 = 0, high: UInt64 = 0
            var lowerLow: UInt64 = 0, lowerHigh: UInt64 = 0
            var ascii = true
            for k in 0..<piece.count {
                let value = piece[k].value
                guard value < 0x80 else { ascii = false; break }
                let byte = UInt64(value)
                let lowered = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                if k < 8 {
                    low |= byte << (8 * UInt64(k)); lowerLow |= lowered << (8 * UInt64(k))
                } else {
                    high |= byte << (8 * UInt64(k - 8)); lowerHigh |= lowered << (8 * UInt64(k - 8))
                }
            }
            if ascii {
                let length = UInt64(piece.count) << 56
                return (PackedWord(packedLow: lowerLow, high: lowerHigh | length), PackedWord(packedLow: low, high: high | length))
            }
        }
        var lower = PackedWord.Packer()
        var cased = PackedWord.Packer()
        for scalar in piece {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(truncatingIfNeeded: value)
                cased.append(byte)
                lower.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            } else {
                let straight: Unicode.Scalar = scalar == "’" ? "'" : scalar
                for byte in UTF8.encode(straight)! { cased.append(byte) }
                for lowered in straight.properties.lowercaseMapping.unicodeScalars {
                    for byte in UTF8.encode(lowered)! { lower.append(byte) }
                }
            }
        }
        return (lower.word, cased.word)
    }
}
