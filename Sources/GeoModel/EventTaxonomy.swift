/// ACLED's six event types.
public enum EventType: String, Sendable, Hashable, CaseIterable, Codable {
    case battles = "Battles"
    case explosionsRemoteViolence = "Explosions/Remote violence"
    case violenceAgainstCivilians = "Violence against civilians"
    case protests = "Protests"
    case riots = "Riots"
    case strategicDevelopments = "Strategic developments"

    /// True for the three types that `map` and `extract` report by default.
    public var isViolent: Bool {
        switch self {
        case .battles, .explosionsRemoteViolence, .violenceAgainstCivilians: true
        case .protests, .riots, .strategicDevelopments: false
        }
    }
}

/// ACLED's sub-event types, each belonging to one event type.
public enum SubEventType: String, Sendable, Hashable, CaseIterable, Codable {
    case armedClash = "Armed clash"
    case governmentRegainsTerritory = "Government regains territory"
    case nonStateActorOvertakesTerritory = "Non-state actor overtakes territory"
    case chemicalWeapon = "Chemical weapon"
    case airDroneStrike = "Air/drone strike"
    case suicideBomb = "Suicide bomb"
    case shellingArtilleryMissileAttack = "Shelling/artillery/missile attack"
    case remoteExplosiveLandmineIED = "Remote explosive/landmine/IED"
    case grenade = "Grenade"
    case sexualViolence = "Sexual violence"
    case attack = "Attack"
    case abductionForcedDisappearance = "Abduction/forced disappearance"
    case peacefulProtest = "Peaceful protest"
    case protestWithIntervention = "Protest with intervention"
    case excessiveForceAgainstProtesters = "Excessive force against protesters"
    case violentDemonstration = "Violent demonstration"
    case mobViolence = "Mob violence"
    case agreement = "Agreement"
    case arrests = "Arrests"
    case changeToGroupActivity = "Change to group/activity"
    case disruptedWeaponsUse = "Disrupted weapons use"
    case headquartersOrBaseEstablished = "Headquarters or base established"
    case lootingPropertyDestruction = "Looting/property destruction"
    case nonViolentTransferOfTerritory = "Non-violent transfer of territory"
    case other = "Other"

    /// The event type this sub-type belongs to.
    public var eventType: EventType {
        switch self {
        case .armedClash, .governmentRegainsTerritory, .nonStateActorOvertakesTerritory: .battles
        case .chemicalWeapon, .airDroneStrike, .suicideBomb, .shellingArtilleryMissileAttack,
             .remoteExplosiveLandmineIED, .grenade: .explosionsRemoteViolence
        case .sexualViolence, .attack, .abductionForcedDisappearance: .violenceAgainstCivilians
        case .peacefulProtest, .protestWithIntervention, .excessiveForceAgainstProtesters: .protests
        case .violentDemonstration, .mobViolence: .riots
        case .agreement, .arrests, .changeToGroupActivity, .disruptedWeaponsUse, .headquartersOrBaseEstablished,
             .lootingPropertyDestruction, .nonViolentTransferOfTerritory, .other: .strategicDevelopments
        }
    }
}
