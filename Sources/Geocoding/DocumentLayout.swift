import GazetteerKit
import GeoModel

/// What the rest of a document says about one mention: the places chosen for the other
/// mentions of its sentence and report, the provinces named there, and an "X in Y" container.
struct MentionContext {
    var sentenceAnchors: [Place] = []
    var reportAnchors: [Place] = []
    var sentenceProvinces: Set<String> = []
    var reportProvinces: Set<String> = []
    var container: Place?
}

/// Sentences and the gaps between mentions of one document.
struct DocumentLayout {
    let mentions: [PlaceMention]
    /// Sentence index of each mention.
    let sentenceOf: [Int]
    /// For each mention, the index of a mention right after it joined by " in ", if any.
    let containerOf: [Int?]

    init(text: String, mentions: [PlaceMention]) {
        self.mentions = mentions
        let scalars = Array(text.unicodeScalars)
        // Sentence breaks: code point offsets after . ! ? or a line break.
        var breaks: [Int] = []
        for (i, s) in scalars.enumerated() {
            if s == "\n" || ((s == "." || s == "!" || s == "?") && (i + 1 == scalars.count || scalars[i + 1] == " " || scalars[i + 1] == "\n")) {
                breaks.append(i)
            }
        }
        sentenceOf = mentions.map { mention in breaks.prefix { $0 < mention.span.start }.count }
        containerOf = mentions.indices.map { i in
            guard i + 1 < mentions.count else { return nil }
            let a = mentions[i].span.end, b = mentions[i + 1].span.start
            guard a <= b, b <= scalars.count, b - a <= 8 else { return nil }
            let gap = String(scalars: scalars[a..<b]).lowercasedFast
            return gap == " in " || gap == ", in " || gap == " in the " ? i + 1 : nil
        }
    }

    /// The context of mention `index`, given a first choice for every mention.
    func context(of index: Int, choices: [Place?]) -> MentionContext {
        var context = MentionContext()
        for (other, choice) in choices.enumerated() where other != index {
            guard let place = choice, mentions[other].key != mentions[index].key else { continue }
            let sameSentence = sentenceOf[other] == sentenceOf[index]
            if place.isProvince, let code = place.admin1Code {
                context.reportProvinces.insert(code)
                if sameSentence { context.sentenceProvinces.insert(code) }
            } else if !place.isCountry, !mentions[other].isFuzzy {
                context.reportAnchors.append(place)
                if sameSentence { context.sentenceAnchors.append(place) }
            }
        }
        if let container = containerOf[index], let place = choices[container] { context.container = place }
        return context
    }
}
