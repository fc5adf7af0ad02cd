import Foundation

/// Folds one Unicode scalar to the lowercase ASCII letters it stands for in a Latin
/// transliteration: `Ḥ` → `h`, `ū` → `u`, `ß` → `ss`.
///
/// The table covers Latin-1 Supplement, Latin Extended-A and -B and Latin Extended
/// Additional. It is built once, from Foundation's diacritic folding, so the hot path is a
/// table look-up instead of a Foundation call per word.
enum LatinFolding {
    /// What a scalar contributes to a word's base spelling.
    enum Fold {
        /// Lowercase ASCII bytes (one or two).
        case ascii(UInt8, UInt8?)
        /// Nothing: an apostrophe, ʿayn, hamza or combining mark.
        case drop
        /// Not Latin: kept as written (lowercased) so that other scripts still match themselves.
        case other
    }

    private static let firstScalar: UInt32 = 0x00C0
    private static let lastScalar: UInt32 = 0x1EFF

    /// Folds of U+00C0 … U+1EFF, 0 for "no ASCII fold" (packed: low byte first letter, high byte second).
    private static let table: [UInt16] = {
        var table = [UInt16](repeating: 0, count: Int(lastScalar - firstScalar + 1))
        for value in firstScalar...lastScalar {
            guard (0x00C0...0x024F).contains(value) || (0x1E00...0x1EFF).contains(value),
                  let scalar = Unicode.Scalar(value) else { continue }
            let folded = String(Character(scalar))
                .folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
                .lowercased()
            let bytes = Array(folded.utf8).filter { $0 >= 0x61 && $0 <= 0x7A }
            guard !bytes.isEmpty, bytes.count <= 2, folded.utf8.allSatisfy({ $0 < 0x80 }) else { continue }
            table[Int(value - firstScalar)] = UInt16(bytes[0]) | (bytes.count == 2 ? UInt16(bytes[1]) << 8 : 0)
        }
        // Letters Foundation leaves alone.
        let extra: [(UInt32, String)] = [(0x00DF, "ss"), (0x00E6, "ae"), (0x00C6, "ae"), (0x0153, "oe"), (0x0152, "oe"),
                                         (0x00F8, "o"), (0x00D8, "o"), (0x0131, "i"), (0x0142, "l"), (0x0141, "l"),
                                         (0x0111, "d"), (0x0110, "d"), (0x00F0, "d"), (0x00D0, "d"), (0x00FE, "th"), (0x00DE, "th")]
        for (value, text) in extra {
            let bytes = Array(text.utf8)
            table[Int(value - firstScalar)] = UInt16(bytes[0]) | (bytes.count == 2 ? UInt16(bytes[1]) << 8 : 0)
        }
        return table
    }()

    /// True for the apostrophe-like marks that Arabic transliteration puts inside words.
    @inline(__always)
    static func isApostrophe(_ value: UInt32) -> Bool {
        switch value {
        case 0x27, 0x60, 0x2018, 0x2019, 0x02BF, 0x02BE, 0x02BB, 0x02BC, 0x00B4, 0x02B9, 0x02BD: true
        default: false
        }
    }

    /// The fold of one non-ASCII scalar.
    static func fold(_ scalar: Unicode.Scalar) -> Fold {
        let value = scalar.value
        if isApostrophe(value) { return .drop }
        if (0x0300...0x036F).contains(value) { return .drop }
        if value >= firstScalar, value <= lastScalar {
            let packed = table[Int(value - firstScalar)]
            if packed != 0 {
                let second = UInt8(packed >> 8)
                return .ascii(UInt8(packed & 0xFF), second == 0 ? nil : second)
            }
        }
        return .other
    }
}
