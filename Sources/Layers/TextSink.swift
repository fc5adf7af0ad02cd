import GeoModel

/// Where a derived text (a title, a summary) goes, piece by piece, so that each writer streams
/// it escaped its own way without building the whole string first.
///
/// The pieces come through generic calls the compiler specialises for each sink, so no
/// closure, enum or string is made per piece.
protocol TextSink {
    /// Free text, escaped as the sink needs.
    func text(_ text: String)
    /// Trusted text written as it is: it must not need escaping in JSON or XML (no quotes,
    /// `<`, `&` or control characters).
    func literal(_ text: StaticString)
    /// `YYYY-MM-DD`.
    func day(_ day: Day)
}

/// Writes the pieces unescaped, for the places that want a plain `String`.
struct PlainTextSink: TextSink {
    let out: OutputBuffer
    func text(_ text: String) { out.write(text) }
    func literal(_ text: StaticString) { out.write(literal: text) }
    func day(_ day: Day) { out.write(day: day) }

    /// The pieces that `write` gives, joined into one `String`.
    static func string(_ write: (PlainTextSink) -> Void) -> String {
        let sink = PlainTextSink(out: OutputBuffer())
        write(sink)
        return sink.out.text()
    }
}

/// Writes the pieces as the content of one JSON string (the caller writes the quotes).
struct JSONTextSink: TextSink {
    let out: OutputBuffer
    func text(_ text: String) { out.write(jsonStringContent: text) }
    func literal(_ text: StaticString) { out.write(literal: text) }
    func day(_ day: Day) { out.write(day: day) }
}

/// Writes the pieces as XML text; with `asHTMLInXML`, escaped twice, for a KML balloon.
struct XMLTextSink: TextSink {
    let out: OutputBuffer
    let asHTMLInXML: Bool
    func text(_ text: String) { out.write(xmlText: text, asHTMLInXML: asHTMLInXML) }
    func literal(_ text: StaticString) { out.write(literal: text) }
    func day(_ day: Day) { out.write(day: day) }
}
