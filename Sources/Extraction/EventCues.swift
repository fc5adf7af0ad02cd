import GeoModel

/// A phrase that signals an event, and the ACLED sub-type it signals.
public struct EventCue: Sendable, Hashable {
    public var subEventType: SubEventType
    /// The phrase as found, in code points relative to the sentence.
    public var span: TextSpan
    public var phrase: String
    /// The words of the phrase in its sentence.
    var tokenRange: Range<Int>
    /// A weapon noun ("rockets", "artillery", "warplanes") counts only next to an attack verb:
    /// "positioned tanks and artillery at an airfield" is not an attack.
    var needsAttackVerb: Bool
    /// The sub-type when the sentence does not speak of the air ("bombing" without aircraft is a planted bomb).
    var alternative: SubEventType? = nil
    /// "captured", "seized": taking ground only when a place follows ("seized the town of X").
    var needsPlaceAfter = false
    /// "killed", "shot": an event only when no other cue of the clause names one.
    var isFallback = false
}

/// Recognises event cues and maps them to ACLED's taxonomy.
public enum EventCues {
    private struct Row {
        var words: [PackedWord]
        /// The words joined by spaces.
        var phrase: String
        var type: SubEventType
        var needsAttackVerb: Bool
        var alternative: SubEventType?
        var needsPlaceAfter: Bool
        var isFallback: Bool
    }

    /// Lowercase word sequences and the sub-type each signals; longer phrases are tried first.
    private static let table: [Row] = {
        let air: [String] = [
            "air strike", "air strikes", "airstrike", "airstrikes", "air raid", "air raids", "aerial bombardment",
            "aerial bombardments", "aerial assault", "aerial attack", "aerial attacks", "aerial strike", "aerial strikes", "aerial raid",
            "aerial raids", "air attack", "air attacks", "air bombardment", "drone strike", "drone strikes", "drone attack", "drone attacks",
            "barrel bomb", "barrel bombs", "barrel bombing", "barrel bombings", "warplanes bombed", "warplanes struck", "warplanes hit",
            "warplanes targeted", "jets bombed", "jets struck", "jets hit", "strikes", "strike", "sorties targeted",
        ]
        // Bombing is from the air only when the sentence speaks of aircraft or of a force that flies;
        // otherwise it is a planted bomb ("bombings in Shia areas of the capital").
        let bombing: [String] = ["bombed", "bombing", "bombings"]
        // "The coalition targeted the X area": a force that flies striking is an air strike; on
        // the ground, an attack. Only when no other cue of the clause names the event.
        let targeting: [String] = ["targeted", "struck"]
        let bombardment: [String] = ["bombardment", "bombardments"]
        let raids: [String] = ["raid", "raids"]
        let shelling: [String] = [
            "shelling", "shellings", "shelled", "shells", "shellfire", "shell fire", "artillery fire", "artillery shelling",
            "artillery shells", "artillery shell", "artillery bombardment", "mortar shells", "mortar shell", "tank shells", "tank fire",
            "rocket fire", "rocket attack", "rocket attacks", "missile strike", "missile strikes", "missile attack", "missile attacks",
            "ballistic missile", "ballistic missiles", "mortar fire", "mortar attack", "mortar attacks", "katyusha", "katyushas",
            "katyusha rockets", "bombarded", "pounded", "shot down", "to shell",
        ]
        let weakShelling: [String] = [
            "rocket", "rockets", "artillery", "missile", "missiles", "mortar", "mortars", "mortar rounds", "grad rockets", "projectiles",
            "projectile", "shell", "howitzer", "howitzers", "heavy weapons", "heavy weaponry", "heavy artillery",
            "recoilless rifle", "recoilless rifles", "medium weapons", "heavy machine guns", "heavy machine gun",
        ]
        // Small arms, fired by one armed side at another: a clash under ACLED's codebook. Medium and
        // heavy machine-gun fire reaches from afar, and is coded with the shelling above.
        let weakClash: [String] = ["machine guns", "machine gun", "small arms", "small arms fire", "light weapons"]
        let weakAir: [String] = ["warplanes", "warplane", "fighter jets", "jets", "helicopters", "helicopter", "drones", "drone", "sorties", "sortie"]
        let explosive: [String] = [
            "roadside bomb", "roadside bombs", "car bomb", "car bombs", "car bombing", "ied", "ieds", "vbied",
            "improvised explosive device", "improvised explosive devices", "landmine", "landmines", "land mine", "mine", "mines",
            "land mines", "explosive device", "explosive devices", "explosive charge", "explosive charges", "bomb exploded",
            "bomb blast", "bomb went off", "booby trap", "booby trapped", "booby traps", "sticky bomb", "magnetic bomb", "explosion",
            "explosions", "blast", "blasts", "exploded", "detonated", "detonation", "blew up", "explosive laden", "planted bomb",
        ]
        let suicide: [String] = [
            "suicide bomber", "suicide bombers", "suicide bombing", "suicide bombings", "suicide attack", "suicide attacks",
            "suicide attacker", "suicide car bomb", "suicide bomb", "suicide vest", "explosive vest", "explosive belt",
            "suicide truck bomb", "blew himself up", "blew herself up", "blew themselves up",
        ]
        let grenade: [String] = [
            "grenade", "grenades", "hand grenade", "hand grenades", "grenade attack", "threw a bomb", "threw bombs", "hurled a bomb",
            "threw an explosive device",
        ]
        let chemical: [String] = [
            "chemical attack", "chemical attacks", "chemical weapon", "chemical weapons", "chlorine gas", "sarin", "toxic gas",
            "poison gas", "nerve agent", "gas attack",
        ]
        let clash: [String] = [
            "clashes", "clashed", "clash", "fighting", "fought", "offensive", "battle", "battles", "battled", "ambush",
            "ambushed", "attack", "attacks", "attacked", "attacking", "assault", "assaults", "assaulted", "stormed",
            "firefight", "firefights", "gunfight", "gun battle", "gun battles", "gunbattle", "attack on positions", "exchanged fire",
            "exchange of fire", "exchanges of fire", "skirmish", "skirmishes", "confrontation", "confrontations", "repelled",
            "repulsed", "counterattack", "counter attack", "raided", "infiltration", "beaten back", "beat back", "fought off",
            "incursion", "incursions", "thwarted",
        ]
        let civilians: [String] = [
            "massacre", "massacred", "executed", "gunmen killed", "shot dead", "gunned down", "sniper", "snipers", "sniper fire", "stabbed", "assassinated", "assassination", "murdered",
            "beheaded", "tortured", "beaten", "lynched",
        ]
        // Killing and shooting name an event only when nothing more specific does.
        let fallback: [String] = [
            "killed", "killing", "shot", "shooting", "gunfire", "opened fire", "shot and killed", "opened indiscriminate fire", "wounded",
            "injured",
            "opened heavy fire", "opened random fire",
        ]
        let abduction: [String] = [
            "abducted", "abduction", "abductions", "abducting", "kidnapped", "kidnapping", "kidnappings", "kidnap",
            "taken hostage", "took hostage", "forcibly disappeared",
        ]
        let sexual: [String] = ["raped", "rape", "sexually assaulted", "sexual assault"]
        // Taking ground: coded for the state or for a non-state actor once the actor is named.
        let territory: [String] = [
            "took control", "take control", "seized control", "gained control", "regained control", "regain control", "recaptured",
            "retook", "took over", "overran", "liberated", "liberation of", "fell to", "took territory", "taken control", "taking control",
            "gained ground", "overtaking", "overtook", "seized territory", "captured territory", "regained territory", "retaking",
            "recapture", "recapturing",
        ]
        let territoryBeforePlace: [String] = ["captured", "seized"]
        let bases: [String] = ["airbase", "airbases", "air base", "air bases", "naval base", "military base", "set up camp", "airstrip", "headquarters established"]
        let deployments: [String] = ["deployed", "deployment", "reinforcements", "reinforcement", "deploying", "arrived"]
        var rows: [Row] = []
        func add(_ phrases: [String], _ type: SubEventType, weak: Bool = false, otherwise: SubEventType? = nil, placeAfter: Bool = false,
                 isFallback: Bool = false) {
            rows += phrases.map {
                Row(words: WordToken.tokens(of: $0).map(\.word), phrase: $0, type: type, needsAttackVerb: weak,
                    alternative: otherwise, needsPlaceAfter: placeAfter, isFallback: isFallback)
            }
        }
        add(air, .airDroneStrike)
        add(bombing, .airDroneStrike, otherwise: .remoteExplosiveLandmineIED)
        add(bombardment, .airDroneStrike, otherwise: .shellingArtilleryMissileAttack)
        add(targeting, .airDroneStrike, otherwise: .attack, isFallback: true)
        add(raids, .airDroneStrike, otherwise: .armedClash)
        add(weakAir, .airDroneStrike, weak: true)
        add(shelling, .shellingArtilleryMissileAttack)
        add(weakShelling, .shellingArtilleryMissileAttack, weak: true)
        add(weakClash, .armedClash, weak: true)
        add(explosive, .remoteExplosiveLandmineIED)
        add(suicide, .suicideBomb)
        add(grenade, .grenade)
        add(chemical, .chemicalWeapon)
        add(clash, .armedClash)
        add(civilians, .attack)
        add(fallback, .attack, isFallback: true)
        add(abduction, .abductionForcedDisappearance)
        add(sexual, .sexualViolence)
        add(territory, .nonStateActorOvertakesTerritory)
        add(territoryBeforePlace, .nonStateActorOvertakesTerritory, placeAfter: true)
        add(bases, .headquartersOrBaseEstablished)
        add(deployments, .other)
        return rows.sorted { $0.words.count > $1.words.count }
    }()

    /// Words that make a sentence speak of the air: "bombed" and "raid" are then air strikes.
    static let airWords: Vocabulary = [
        "air", "aerial", "aircraft", "airstrike", "airstrikes", "warplane", "warplanes", "jet", "jets", "plane", "planes",
        "helicopter", "helicopters", "drone", "drones", "sortie", "sorties", "barrel", "airforce", "fighter",
    ]

    /// Verbs that make a weapon noun an attack: "rockets hit", "fired missiles", "warplanes targeted".
    static let attackVerbs: Vocabulary = [
        "hit", "hits", "struck", "strike", "strikes", "fired", "fire", "fires", "firing", "launched", "launching", "pounded",
        "targeted", "targeting", "targets", "landed", "bombed", "bombing", "shelled", "rained", "slammed", "destroyed",
        "attacked", "attacking", "killed", "killing", "wounded", "shot", "shoot", "raided", "flattened", "levelled", "leveled",
        "hitting", "striking", "pounding", "bombarding", "dropped", "dropping", "exploded", "detonated", "fell", "landing",
    ]

    /// The table by first word, longest phrase first.
    private static let byFirstWord = VocabularyMap(packed: Dictionary(grouping: table, by: { $0.words[0] }).map { ($0.key, $0.value) })

    /// Every cue in the words of a sentence, left to right, longest phrase first, without overlaps.
    /// - Complexity: O(words × phrases sharing a first word).
    static func cues(in tokens: [WordToken]) -> [EventCue] {
        var cues: [EventCue] = []
        var i = 0
        while i < tokens.count {
            let row = byFirstWord[tokens[i]]?.first { row in
                i + row.words.count <= tokens.count && row.words.indices.allSatisfy { tokens[i + $0].word == row.words[$0] }
            }
            guard let row else { i += 1; continue }
            let n = row.words.count
            cues.append(EventCue(subEventType: row.type, span: TextSpan(start: tokens[i].span.start, end: tokens[i + n - 1].span.end),
                                 phrase: row.phrase, tokenRange: i..<(i + n), needsAttackVerb: row.needsAttackVerb,
                                 alternative: row.alternative, needsPlaceAfter: row.needsPlaceAfter, isFallback: row.isFallback))
            i += n
        }
        return cues
    }

    /// Every cue in `sentence`, left to right, without overlaps.
    public static func cues(in sentence: String) -> [EventCue] {
        cues(in: WordToken.tokens(of: sentence))
    }

    /// Words that, shortly before a cue, make it hypothetical, negated, a threat, a purpose or a generality.
    static let irrealis: Vocabulary = [
        "will", "would", "could", "might", "may", "shall", "vowed", "vow", "vows", "threatened", "threaten", "threatens",
        "plan", "plans", "planned", "planning", "if", "unless", "no", "not", "never", "without", "prevent", "prevented",
        "avoid", "avoided", "averted", "avert", "halt", "call", "called", "calls", "urged", "urge", "warned", "warns",
        "declared", "declares", "declare", "intends", "intend", "intended", "prepare", "prepares", "preparing", "ready",
        "possible", "order", "lead", "launch", "stage", "mount", "conduct", "massing", "deny", "denied", "denies",
        "half", "most", "majority", "responsible", "like", "fear", "fears", "feared", "risk",
        "wants", "want", "aim", "aims", "seek", "seeks", "able", "ability", "capable", "promised", "promise", "promises",
        "pledged", "pledge", "pledges", "string", "spate", "history", "repeatedly", "regularly", "frequently", "often",
        "routinely", "usually",
    ]
    /// Words right after a cue that make it something other than an event: "declared war", "the attack of war".
    static let irrealisAfter: [[PackedWord]] = [["of", "war"], ["war"], ["campaign"], ["capability"], ["capabilities"]]
    /// Nouns of "no evidence of", "no sign of", "no reports of".
    static let absenceNouns: Vocabulary = ["evidence", "sign", "reports"]

    /// True when the cue is negated, hypothetical, a threat or a generality rather than a reported event:
    /// "no evidence of this", "will prolong the war", "vowed to attack", "responsible for half of the shelling".
    static func isIrrealis(_ cue: EventCue, in sentence: TokenizedSentence) -> Bool {
        let index = cue.tokenRange.lowerBound
        let clause = sentence.clauseOf.isEmpty ? 0 : sentence.clauseOf[index]
        // Up to four words before the cue in its clause, nearest first.
        var window: [WordToken] = []
        var k = index - 1
        while k >= 0, window.count < 4, sentence.clauseOf.isEmpty || sentence.clauseOf[k] == clause {
            window.append(sentence.tokens[k])
            k -= 1
        }
        for word in window {
            // "May" with a capital is the month ("in May, strikes hit"), not the modal.
            if irrealis.contains(word), !(word.is("may") && word.isCapitalized) { return true }
        }
        // "massing for a ground offensive": a purpose, not an event.
        if let f = window.firstIndex(where: { $0.is("for") }), f > 0, window[f - 1].is("a") || window[f - 1].is("an") { return true }
        let after = sentence.words(cue.tokenRange.upperBound..<(cue.tokenRange.upperBound + 2))
        if irrealisAfter.contains(where: { after.start(with: $0) }) { return true }
        return sentence.tokens.indices.contains { i in
            sentence.tokens[i].is("no") && i + 2 < sentence.tokens.count && sentence.tokens[i + 2].is("of")
                && Self.absenceNouns.contains(sentence.tokens[i + 1])
        }
    }

    /// True when the cue is negated, hypothetical or a threat rather than a reported event.
    public static func isIrrealis(_ cue: EventCue, in sentence: String) -> Bool {
        let tokenized = TokenizedSentence(Sentence(text: sentence, span: TextSpan(start: 0, end: sentence.unicodeScalars.count), paragraph: 0))
        return isIrrealis(cue, in: tokenized)
    }

    /// True when a weapon-noun cue has an attack verb in its clause or in the clause right after it
    /// ("jets flew sorties over Palmyra, hitting positions held by IS").
    static func hasAttackVerb(_ cue: EventCue, in sentence: TokenizedSentence) -> Bool {
        let clause = sentence.clauseOf[cue.tokenRange.lowerBound]
        let next = sentence.clauseOf[cue.tokenRange.upperBound...].first { $0 != clause }
        return sentence.tokens.indices.contains { i in
            (sentence.clauseOf[i] == clause || (i > cue.tokenRange.lowerBound && sentence.clauseOf[i] == next))
                && !cue.tokenRange.contains(i) && attackVerbs.contains(sentence.tokens[i])
        }
    }

    /// How specific a sub-type is when one clause holds several cues; the most specific names the event.
    static func specificity(_ type: SubEventType) -> Int {
        switch type {
        case .suicideBomb, .chemicalWeapon: 8
        case .remoteExplosiveLandmineIED, .grenade: 7
        case .airDroneStrike: 6
        case .shellingArtilleryMissileAttack: 5
        case .sexualViolence, .abductionForcedDisappearance: 4
        case .nonStateActorOvertakesTerritory, .governmentRegainsTerritory: 3
        case .attack: 2
        case .armedClash: 1
        default: 0
        }
    }
}
