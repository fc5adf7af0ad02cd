import Foundation

/// One part of a candidate's score: what moved it and by how much.
///
/// Factors are plain values; their text (`population 53152 +0.31`) is made only when someone
/// reads `description`, so that ranking thousands of candidates formats nothing.
public struct ScoreFactor: Sendable, Hashable, CustomStringConvertible {
    /// Why the score moved.
    public enum Kind: Sendable, Hashable {
        case focusCountry(String)
        case fuzzyMatch(editDistance: Int)
        case primaryName
        case exactSpelling
        case country
        case province
        case namedAsProvince
        case district
        case namedAsDistrict
        case populatedPlace
        case capital(featureCode: String)
        case population(Int)
        case namedFeature(featureCode: String)
        case otherFeature(featureClass: String, featureCode: String)
        case provinceNamedInSentence(String)
        case provinceNamedInReport(String)
        case containedIn(String)
        case nearSentencePlace(name: String, km: Double)
        case nearReportPlace(name: String, km: Double)
        /// A document-level rule of `DocumentContext`, in words.
        case documentRule(String)
    }

    public var kind: Kind
    /// The amount added to the score (negative for a penalty).
    public var value: Double

    public init(_ kind: Kind, _ value: Double) {
        self.kind = kind
        self.value = value
    }

    /// True for the closeness factors: the candidate lies near another place of the text.
    public var isCloseness: Bool {
        switch kind {
        case .nearSentencePlace, .nearReportPlace: true
        default: false
        }
    }

    /// The reason as a person reads it, such as `near Ar Rastan (4 km, same sentence) +0.41`.
    public var description: String {
        let label: String
        switch kind {
        case let .focusCountry(code): label = "focus country \(code)"
        case let .fuzzyMatch(distance): label = "fuzzy match, edit distance \(distance)"
        case .primaryName: label = "primary name"
        case .exactSpelling: label = "exact spelling"
        case .country: label = "country"
        case .province: label = "province"
        case .namedAsProvince: label = "named as a province"
        case .district: label = "district"
        case .namedAsDistrict: label = "named as a district"
        case .populatedPlace: label = "populated place"
        case let .capital(code): label = "capital (\(code))"
        case let .population(count): label = "population \(count)"
        case let .namedFeature(code): label = "named feature \(code)"
        case let .otherFeature(featureClass, code): label = "feature \(featureClass).\(code)"
        case let .provinceNamedInSentence(code): label = "in \(code), named in the sentence"
        case let .provinceNamedInReport(code): label = "in \(code), named in the report"
        case let .containedIn(name): label = "in \(name)"
        case let .nearSentencePlace(name, km): label = String(format: "near %@ (%.0f km, same sentence)", name, km)
        case let .nearReportPlace(name, km): label = String(format: "near %@ (%.0f km, same report)", name, km)
        case let .documentRule(text): label = text
        }
        return String(format: "%@ %+.2f", label, value)
    }
}
