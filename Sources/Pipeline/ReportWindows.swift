import GeoModel

/// Cuts a long text into windows that end at sentence boundaries, so that a report of any
/// size is geoparsed in pieces of bounded size.
///
/// A window ends after the first sentence end (`.`, `!`, `?` or a line break, followed by
/// white space) once it holds `preferredLength` code points; failing that, at the first white
/// space after twice that length; failing that, at four times that length. A text shorter than
/// `preferredLength` is one window, so ordinary reports are read as one document.
public struct ReportWindows: Sequence, IteratorProtocol {
    /// One piece of the text and where it starts, in code points.
    public struct Window: Sendable, Hashable {
        public var offset: Int
        public var text: String
    }

    private let scalars: String.UnicodeScalarView
    private var position: String.UnicodeScalarView.Index
    private var offset = 0
    public let preferredLength: Int

    /// - Parameters:
    ///   - text: the whole report text.
    ///   - preferredLength: the size from which a window looks for a place to end; at least 16.
    public init(text: String, preferredLength: Int = 8_000) {
        scalars = text.unicodeScalars
        position = scalars.startIndex
        self.preferredLength = Swift.max(16, preferredLength)
    }

    /// The next window, or nil at the end of the text.
    /// - Complexity: O(n) in the window's length.
    public mutating func next() -> Window? {
        guard position < scalars.endIndex else { return nil }
        let start = position
        var index = position
        var length = 0
        var previous: Unicode.Scalar = " "
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let isSpace = Self.isWhitespace(scalar)
            if length >= preferredLength, isSpace {
                let sentenceEnd = previous == "." || previous == "!" || previous == "?" || scalar == "\n"
                if sentenceEnd || length >= 2 * preferredLength { break }
            }
            if length >= 4 * preferredLength { break }
            previous = scalar
            index = scalars.index(after: index)
            length += 1
        }
        let window = Window(offset: offset, text: String(scalars[start..<index]))
        position = index
        offset += length
        return window
    }

    /// Unicode's White_Space property, read from a table only outside ASCII.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || (0x09...0x0D).contains(scalar.value) }
        return scalar.properties.isWhitespace
    }
}
