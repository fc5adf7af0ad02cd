import GeoModel

/// A piece of a derived text (a title, a summary), so that writers can stream it escaped
/// their own way without building the whole string first.
///
/// `literal` pieces are trusted text written as they are: they must not need escaping in
/// JSON or XML (no quotes, `<`, `&` or control characters).
enum TextPiece {
    case text(String)
    case literal(StaticString)
    case day(Day)
    case integer(Int)
}

extension TextPiece {
    /// Joins pieces into one `String`, for the places that want a plain value.
    static func string(_ pieces: ((TextPiece) -> Void) -> Void) -> String {
        let out = OutputBuffer()
        pieces { piece in
            switch piece {
            case let .text(text): out.write(text)
            case let .literal(text): out.write(literal: text)
            case let .day(day): out.write(day: day)
            case let .integer(value): out.write(integer: value)
            }
        }
        return out.text()
    }
}
