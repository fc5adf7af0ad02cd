/// A half-open range of Unicode code point offsets into a report's text.
public struct TextSpan: Sendable, Hashable, Comparable {
    /// Offset of the first code point.
    public let start: Int
    /// Offset just past the last code point.
    public let end: Int

    public init(start: Int, end: Int) {
        precondition(start <= end, "a span cannot end before it starts")
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }

    /// True when the two spans share at least one code point.
    public func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }

    /// True when `other` lies wholly inside this span.
    public func contains(_ other: TextSpan) -> Bool { start <= other.start && other.end <= end }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}
