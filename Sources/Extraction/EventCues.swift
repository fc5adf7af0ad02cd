import GeoModel

/// A phrase that signals an event, and the ACLED sub-type it signals.
public struct EventCue: Sendable, Hashable {
    public var subEventType: SubEventType
    /// The phrase as found, in code points relative to the sentence.
    public var span: TextSpan
    public var phrase: String
}

/// Recognises event cues and maps them to ACLED's taxonomy.
public enum EventCues {
    /// Lowercase word sequences and the sub-type each signals; longer phrases are tried first.
    static let table: [([String], SubEventType)] = {
        let rows: [(String, SubEventType)] = [
            ("air strike", .airDroneStrike), ("air strikes", .airDroneStrike), ("airstrike", .airDroneStrike),
            ("airstrikes", .airDroneStrike), ("air raid", .airDroneStrike), ("air raids", .airDroneStrike),
            ("warplanes bombed", .airDroneStrike), ("warplanes struck", .airDroneStrike), ("jets bombed", .airDroneStrike),
            ("warplanes", .airDroneStrike), ("warplane", .airDroneStrike), ("fighter jets", .airDroneStrike),
            ("barrel bomb", .airDroneStrike), ("barrel bombs", .airDroneStrike), ("barrel bombing", .airDroneStrike),
            ("barrel bombings", .airDroneStrike), ("aerial bombardment", .airDroneStrike), ("aerial assault", .airDroneStrike),
            ("drone strike", .airDroneStrike), ("drone strikes", .airDroneStrike), ("bombed", .airDroneStrike),
            ("bombing", .airDroneStrike), ("bombardment", .airDroneStrike), ("strikes", .airDroneStrike), ("strike", .airDroneStrike),
            ("shelling", .shellingArtilleryMissileAttack), ("shelled", .shellingArtilleryMissileAttack),
            ("rocket", .shellingArtilleryMissileAttack), ("rockets", .shellingArtilleryMissileAttack),
            ("artillery", .shellingArtilleryMissileAttack), ("missile", .shellingArtilleryMissileAttack),
            ("missiles", .shellingArtilleryMissileAttack), ("mortar", .shellingArtilleryMissileAttack),
            ("mortars", .shellingArtilleryMissileAttack), ("mortar rounds", .shellingArtilleryMissileAttack),
            ("roadside bomb", .remoteExplosiveLandmineIED), ("car bomb", .remoteExplosiveLandmineIED),
            ("ied", .remoteExplosiveLandmineIED), ("improvised explosive device", .remoteExplosiveLandmineIED),
            ("landmine", .remoteExplosiveLandmineIED), ("land mine", .remoteExplosiveLandmineIED),
            ("explosive device", .remoteExplosiveLandmineIED), ("bomb exploded", .remoteExplosiveLandmineIED),
            ("suicide bomber", .suicideBomb), ("suicide bombing", .suicideBomb), ("suicide attack", .suicideBomb),
            ("clashes", .armedClash), ("clashed", .armedClash), ("clash", .armedClash), ("fighting", .armedClash),
            ("fought", .armedClash), ("offensive", .armedClash), ("battle", .armedClash), ("battles", .armedClash),
            ("ambush", .armedClash), ("ambushed", .armedClash), ("attack", .armedClash), ("attacked", .armedClash),
            ("attacking", .armedClash), ("assault", .armedClash), ("stormed", .armedClash),
            ("massacre", .attack), ("executed", .attack), ("gunmen killed", .attack), ("shot dead", .attack),
        ]
        return rows.map { ($0.0.split(separator: " ").map(String.init), $0.1) }.sorted { $0.0.count > $1.0.count }
    }()

    /// Every cue in `sentence`, left to right, without overlaps.
    public static func cues(in sentence: String) -> [EventCue] {
        let words = WordToken.tokens(of: sentence)
        var taken = Set<Int>()
        var cues: [EventCue] = []
        for (phrase, type) in table where phrase.count <= words.count {
            for i in 0...(words.count - phrase.count) where !taken.contains(i) {
                if (0..<phrase.count).allSatisfy({ words[i + $0].lower == phrase[$0] && !taken.contains(i + $0) }) {
                    (0..<phrase.count).forEach { taken.insert(i + $0) }
                    cues.append(EventCue(subEventType: type,
                                         span: TextSpan(start: words[i].span.start, end: words[i + phrase.count - 1].span.end),
                                         phrase: phrase.joined(separator: " ")))
                }
            }
        }
        return cues.sorted { $0.span < $1.span }
    }

    /// Words that, shortly before a cue, make it hypothetical, negated or a threat.
    static let irrealis: Set<String> = [
        "will", "would", "could", "might", "may", "vowed", "vow", "vows", "threatened", "threaten", "threatens", "plan",
        "plans", "planned", "planning", "if", "unless", "no", "not", "never", "without", "prevent", "avoid", "call", "called",
        "calls", "urged", "warned", "declared", "intends", "intend", "prepare", "preparing", "ready", "possible",
    ]

    /// True when the cue is negated, hypothetical or a threat rather than a reported event.
    public static func isIrrealis(_ cue: EventCue, in sentence: String) -> Bool {
        let words = WordToken.tokens(of: sentence)
        guard let index = words.firstIndex(where: { $0.span.start >= cue.span.start }) else { return false }
        let window = words[max(0, index - 4)..<index].map(\.lower)
        if window.contains(where: irrealis.contains) { return true }
        // "there is no evidence of this"
        let after = words[index...].prefix(8).map(\.lower)
        return after.starts(with: ["of", "war"]) || sentence.lowercased().contains("no evidence of")
    }
}
