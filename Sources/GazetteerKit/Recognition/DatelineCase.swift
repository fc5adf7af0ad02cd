/// Writes the capitalised place names of datelines ("BEIRUT —", "CHARLESTON, W.Va. —") as
/// names ("Beirut —"), so that the recogniser, which skips words in capitals, reads them.
public enum DatelineCase {
    /// `text` with each line's leading run of words in ASCII capitals lowercased after its
    /// first letter, when the run ends in a comma, a dash or an opening parenthesis.
    /// The result has the same code points at the same offsets, but for letter case.
    /// - Complexity: O(n) in the length of `text`.
    public static func titleCasing(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        var lineStart = 0
        while lineStart < scalars.count {
            var lineEnd = lineStart
            while lineEnd < scalars.count, scalars[lineEnd] != "\n" { lineEnd += 1 }
            titleCaseDateline(&scalars, lineStart..<lineEnd)
            lineStart = lineEnd + 1
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// The longest run of capitals at the start of a line that can be a dateline, in letters.
    static let longestRun = 40

    private static func isCapital(_ s: Unicode.Scalar) -> Bool { s.value >= 65 && s.value <= 90 }
    private static func isSmall(_ s: Unicode.Scalar) -> Bool { s.value >= 97 && s.value <= 122 }

    private static func titleCaseDateline(_ scalars: inout [Unicode.Scalar], _ line: Range<Int>) {
        var i = line.lowerBound
        while i < line.upperBound, scalars[i] == " " || scalars[i] == "\t" { i += 1 }
        let start = i
        var letters = 0
        while i < line.upperBound, isCapital(scalars[i]) || scalars[i] == " " || scalars[i] == "." || scalars[i] == "-" || scalars[i] == "'" {
            if isCapital(scalars[i]) { letters += 1 }
            i += 1
        }
        guard letters >= 3, i - start <= longestRun, i < line.upperBound, !isSmall(scalars[i]) else { return }
        var end = i
        while end > start, scalars[end - 1] == " " { end -= 1 }
        let next = scalars[i]
        let closes = next == "," || next == "(" || next == "\u{2014}" || next == "\u{2013}"
            || (scalars[end - 1] == "-" && end < i) || (next == "-" && end < i)
        guard closes else { return }
        var wordStart = true
        for k in start..<end {
            let s = scalars[k]
            if isCapital(s) {
                if !wordStart { scalars[k] = Unicode.Scalar(s.value + 32)! }
                wordStart = false
            } else {
                wordStart = true
            }
        }
    }
}
