import GazetteerKit
import GeoModel

/// Sentences and the gaps between mentions of one document.
struct DocumentLayout {
    let mentions: [PlaceMention]
    /// Sentence index of each mention.
    let sentenceOf: [Int]
    /// For each mention, the index of a mention right after it that locates it ("X in Y", "X area
    /// of Y"), and how, if any.
    let containerOf: [(index: Int, phrase: LocatingPhrase)?]
    /// The longest gap, in code points, read as a locating phrase.
    static let longestLocatingGap = 40

    /// - Complexity: O(n) in the UTF-8 length of `text`, plus O(m log n) for m mentions.
    init(text: String, mentions: [PlaceMention]) {
        self.mentions = mentions
        // Code point offsets whose UTF-8 offset is needed: the ends of short gaps between mentions.
        var wanted: [Int] = []
        for i in mentions.indices.dropLast() where mentions[i + 1].span.start - mentions[i].span.end <= Self.longestLocatingGap {
            wanted += [mentions[i].span.end, mentions[i + 1].span.start]
        }
        wanted.sort()
        // Sentence breaks, as code point offsets: a line break, or . ! ? before a space, a line break or the end.
        var breaks: [Int] = []
        var byteOffset: [Int: Int] = [:]
        var text = text
        let bytes: [UInt8] = text.withUTF8 { bytes in
            var scalar = 0
            var next = 0
            var nextWanted = wanted.first ?? Int.max
            for offset in 0..<bytes.count {
                let byte = bytes[offset]
                guard byte & 0xC0 != 0x80 else { continue }
                if scalar == nextWanted {
                    while next < wanted.count, wanted[next] == scalar { next += 1 }
                    nextWanted = next < wanted.count ? wanted[next] : Int.max
                    byteOffset[scalar] = offset
                }
                // Letters and everything above them end no sentence.
                if byte < 0x40 {
                    if byte == 0x0A {
                        breaks.append(scalar)
                    } else if byte == 0x2E || byte == 0x21 || byte == 0x3F {
                        let following = offset + 1 < bytes.count ? bytes[offset + 1] : 0x20
                        if following == 0x20 || following == 0x0A { breaks.append(scalar) }
                    }
                }
                scalar += 1
            }
            if scalar == nextWanted { byteOffset[scalar] = bytes.count }
            return wanted.isEmpty ? [] : Array(bytes)
        }
        sentenceOf = mentions.map { mention in
            // The number of breaks before the mention.
            var low = 0, high = breaks.count
            while low < high {
                let mid = (low + high) / 2
                if breaks[mid] < mention.span.start { low = mid + 1 } else { high = mid }
            }
            return low
        }
        containerOf = mentions.indices.map { i in
            guard i + 1 < mentions.count else { return nil }
            let a = mentions[i].span.end, b = mentions[i + 1].span.start
            guard a <= b, b - a <= Self.longestLocatingGap, let from = byteOffset[a], let to = byteOffset[b],
                  LocatingPhrase.mayLocate(bytes[from..<to]),
                  let phrase = LocatingPhrase(checkedGap: String(decoding: bytes[from..<to], as: UTF8.self)) else { return nil }
            return (i + 1, phrase)
        }
    }

    /// What each first choice lends the other mentions, read once per document.
    struct Lending {
        /// The first-level code of a choice that is a province.
        var province: String?
        /// True for a choice that anchors closeness: a place other than a province with a code or
        /// a country, chosen for a name spelled as in the gazetteer.
        var anchors: Bool
    }

    /// What each of `choices` lends, in order.
    func lending(of choices: [Place?]) -> [Lending] {
        choices.indices.map { i in
            guard let place = choices[i] else { return Lending(province: nil, anchors: false) }
            if place.isProvince, let code = place.admin1Code { return Lending(province: code, anchors: false) }
            return Lending(province: nil, anchors: !place.isCountry && !mentions[i].isFuzzy)
        }
    }

    /// The context of mention `index`, given a first choice for every mention and what each lends.
    func context(of index: Int, choices: [Place?], lending: [Lending]) -> MentionContext {
        var context = MentionContext(choices: choices)
        context.anchors.reserveCapacity(lending.count)
        let key = mentions[index].key
        let sentence = sentenceOf[index]
        for other in lending.indices where other != index && (lending[other].anchors || lending[other].province != nil) {
            guard mentions[other].key != key else { continue }
            let sameSentence = sentenceOf[other] == sentence
            if let code = lending[other].province {
                if !context.reportProvinces.contains(code) { context.reportProvinces.append(code) }
                if sameSentence, !context.sentenceProvinces.contains(code) { context.sentenceProvinces.append(code) }
            } else if let place = choices[other] {
                context.anchors.append(MentionContext.Anchor(coordinate: place.coordinate, choice: other, sameSentence: sameSentence))
            }
        }
        if let (container, phrase) = containerOf[index], let place = choices[container] {
            context.container = place
            context.containerPhrase = phrase
        }
        return context
    }
}
