/// The parts of a district named after the places it joins: "Kuran wa Munjan", "Sanhan wa Bani
/// Bahlul", "Brudenell, Lyndoch and Raglan". Reports often name such a district by one part alone
/// ("clashes in Sanhan district"), so each part is also a name of the district.
enum JoinedDivisionNames {
    /// The conjunctions that join the parts: English "and", and "wa", Arabic and Dari for "and".
    static let conjunctions: Set<String> = ["and", "wa", "&"]

    /// The parts of `name` when it joins places by a conjunction, else nothing. A part is kept
    /// when it starts with a capital and holds at least four letters ("Bani Bahlul", not "Al").
    /// - Complexity: O(length of `name`).
    static func parts(of name: String) -> [String] {
        let words = name.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count >= 3, words.contains(where: { conjunctions.contains($0.lowercased()) }) else { return [] }
        var parts: [String] = []
        var current: [Substring] = []
        func close() {
            let part = current.joined(separator: " ")
            if part.unicodeScalars.filter(\.properties.isAlphabetic).count >= 4, part.first?.isUppercase == true { parts.append(part) }
            current = []
        }
        // "Brudenell, Lyndoch and Raglan": a comma closes a part too.
        for word in words {
            if conjunctions.contains(word.lowercased()) {
                close()
            } else if word.hasSuffix(",") {
                current.append(word.dropLast())
                close()
            } else {
                current.append(word)
            }
        }
        close()
        return parts.count >= 2 ? parts : []
    }
}
