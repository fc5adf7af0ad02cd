import BuiltinData
import Foundation

/// The most frequent English words, lowercased: a capitalised one ("Rail", "Justice") is
/// only taken for a place when the place is prominent enough to be meant.
public struct CommonWords: Sendable {
    private let words: Set<String>

    public init<S: Sequence>(_ words: S) where S.Element == String {
        self.words = Set(words.map { $0.lowercased() })
    }

    /// The number of words known.
    public var count: Int { words.count }

    /// True when `word`, lowercased, is a common English word.
    public func contains(_ word: some StringProtocol) -> Bool { words.contains(word.lowercased()) }

    /// Reads the list shipped with incidentmap (`gazetteer/common-words.txt`, one word a line).
    /// - Throws: `GazetteerError` when the file is missing or unreadable.
    public static func builtin() throws -> CommonWords {
        guard let url = BuiltinFiles.url(for: .commonWords) else { throw GazetteerError.missingBuiltinData("common-words.txt") }
        var words: [String] = []
        try LineStream(url: url).forEachLine { _, _, bytes in
            if let fields = RowFields(bytes), !fields.isEmpty(0) { words.append(fields.string(0)) }
        }
        return CommonWords(words)
    }
}
