/// One news report as read from a file, a JSON Lines row or stdin.
public struct Report: Sendable, Hashable {
    public var id: String
    /// Publication date.
    public var date: Day?
    public var title: String?
    public var url: String?
    public var source: String?
    /// The body text, as Unicode scalars are counted for offsets.
    public var text: String
    /// Where the report came from, for messages: a path, `path:line` or `<stdin>`.
    public var origin: String

    public init(id: String, date: Day?, title: String?, url: String?, source: String?, text: String, origin: String) {
        self.id = id
        self.date = date
        self.title = title
        self.url = url
        self.source = source
        self.text = text
        self.origin = origin
    }
}
