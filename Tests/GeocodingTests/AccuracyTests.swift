import Foundation
import GazetteerKit
import Geocoding
import GeoModel
import Testing

/// Accuracy against the shared GeoNames-format gazetteer (../shared/data/geonames): the places of
/// the seed reports in sentences written for this test, and a table of spelling variants.
/// The shared GeoNames-format folder, or nil (with a printed reason) when it is absent.
let sharedGeoNamesFolder: URL? = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folder = root.deletingLastPathComponent().appendingPathComponent("shared/data/geonames")
        guard FileManager.default.fileExists(atPath: folder.appendingPathComponent("SY.txt").path) else {
            print("AccuracyTests: skipped, no \(folder.path)/SY.txt")
            return nil
        }
        return folder
}()

@Suite(.enabled(if: sharedGeoNamesFolder != nil, "../shared/data/geonames is absent: accuracy tests skipped"))
struct AccuracyTests {
    static let gazetteer: Gazetteer? = {
        guard let folder = sharedGeoNamesFolder else { return nil }
        do {
            var gazetteer = try Gazetteer.builtin()
            try GeoNamesReader.load(dump: folder.appendingPathComponent("SY.txt"), into: &gazetteer)
            try GeoNamesReader.load(dump: folder.appendingPathComponent("LB.txt"), into: &gazetteer)
            return gazetteer
        } catch {
            print("AccuracyTests: cannot load the gazetteer: \(error)")
            return nil
        }
    }()

    /// A place named in a sentence, and where it must resolve.
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var context: String
        var latitude: Double?
        var longitude: Double?
        var admin1: String?
        var country: String
        var isProvince = false
        var description: String { name }
    }

    static let seedPlaces: [Case] = [
        Case(name: "Bassel al-Assad airport", context: "Rebels said they fired rockets at Bassel al-Assad airport, some 20 km south of Latakia.",
             latitude: 35.4073, longitude: 35.9442, admin1: "SY.02", country: "SY"),
        Case(name: "Idlib", context: "Warplanes hit rebel positions across Idlib province on Monday.",
             admin1: "SY.12", country: "SY", isProvince: true),
        Case(name: "al-Bab", context: "Jets struck the northern town of al-Bab, held by IS fighters.",
             latitude: 36.3699, longitude: 37.5179, admin1: "SY.09", country: "SY"),
        Case(name: "Palmyra", context: "Bombs fell in and around the ancient desert city of Palmyra.",
             latitude: 34.5608, longitude: 38.2806, admin1: "SY.11", country: "SY"),
        Case(name: "Rastan", context: "Strikes hit Rastan, Talbeesah, Girnata and Um Sharshouh north of Homs city.",
             latitude: 34.9265, longitude: 36.7324, admin1: "SY.11", country: "SY"),
        Case(name: "Talbeesah", context: "Strikes hit Rastan, Talbeesah, Girnata and Um Sharshouh north of Homs city.",
             latitude: 34.8406, longitude: 36.7309, admin1: "SY.11", country: "SY"),
        Case(name: "Girnata", context: "Strikes hit Rastan, Talbeesah, Girnata and Um Sharshouh north of Homs city.",
             latitude: 34.8937, longitude: 36.6789, admin1: "SY.11", country: "SY"),
        Case(name: "Um Sharshouh", context: "Strikes hit Rastan, Talbeesah, Girnata and Um Sharshouh north of Homs city.",
             latitude: 34.8757, longitude: 36.6877, admin1: "SY.11", country: "SY"),
        Case(name: "Chtoura", context: "In Lebanon, a roadside bomb struck a bus in the eastern town of Chtoura.",
             latitude: 33.8167, longitude: 35.8514, admin1: "LB.08", country: "LB"),
        Case(name: "Jisr al Shughur", context: "Jets pounded Jisr al Shughur in the northwest of Idlib province.",
             latitude: 35.8143, longitude: 36.3206, admin1: "SY.12", country: "SY"),
        Case(name: "Jisr al Shughour", context: "The rebels then took Jisr al Shughour and held the whole governorate.",
             latitude: 35.8143, longitude: 36.3206, admin1: "SY.12", country: "SY"),
        Case(name: "Hama", context: "Arms depots were hit in the Hama province, a source said.",
             admin1: "SY.10", country: "SY", isProvince: true),
        Case(name: "Talbisa", context: "The ministry listed strikes near Homs on Talbisa, Rastan, Zaafaraniya and Makramiya.",
             latitude: 34.8406, longitude: 36.7309, admin1: "SY.11", country: "SY"),
        Case(name: "Zaafaraniya", context: "The ministry listed strikes near Homs on Talbisa, Rastan, Zaafaraniya and Makramiya.",
             latitude: 34.8919, longitude: 36.7786, admin1: "SY.11", country: "SY"),
        Case(name: "Makramiya", context: "The ministry listed strikes near Homs on Talbisa, Rastan, Zaafaraniya and Makramiya.",
             latitude: 34.868, longitude: 36.7798, admin1: "SY.11", country: "SY"),
        Case(name: "Latamneh", context: "A commander in Hama said the first strike fell on the Latamneh area.",
             latitude: 35.3215, longitude: 36.6229, admin1: "SY.10", country: "SY"),
        Case(name: "Zilaqiat", context: "Fighting raged at night in Zilaqiat, a village north-west of Hama near the Orontes.",
             latitude: 35.2785, longitude: 36.6064, admin1: "SY.10", country: "SY"),
        Case(name: "Homs", context: "Officials said the central province of Homs was targeted.",
             admin1: "SY.11", country: "SY", isProvince: true),
        Case(name: "Homs", context: "Twenty strikes hit the outskirts of Homs on Wednesday.",
             latitude: 34.7268, longitude: 36.7234, admin1: "SY.11", country: "SY"),
        Case(name: "Jabal al Zawiya", context: "Jets bombed villages across Jabal al Zawiya, south of Jisr al Shughur, in Idlib.",
             admin1: "SY.12", country: "SY"),
        Case(name: "Latakia", context: "Russia has flown troops and jets into Latakia on the coast.",
             admin1: "SY.02", country: "SY"),
        Case(name: "Tartus", context: "Moscow is enlarging its naval base at Tartus on the Mediterranean.",
             admin1: "SY.14", country: "SY"),
        Case(name: "Slunfeh", context: "More Russian officers reached Slunfeh in the hills above Latakia.",
             latitude: 35.5982, longitude: 36.1877, admin1: "SY.02", country: "SY"),
        Case(name: "Damascus", context: "State television in Damascus aired the footage.", admin1: "SY.13", country: "SY"),
        Case(name: "Beirut", context: "The minister spoke to a channel based in Beirut.", country: "LB"),
        Case(name: "Sochi", context: "The two leaders met at a seaside residence in Sochi.", country: "RU"),
        Case(name: "New York", context: "The foreign minister told reporters in New York that the claims were false.", country: "US"),
        Case(name: "Washington", context: "There would be concern in Washington if the raids missed their targets.", country: "US"),
        Case(name: "Moscow", context: "Moscow denied any plan to send ground troops.", country: "RU"),
        Case(name: "Istanbul", context: "An analyst at an Istanbul-based research centre disagreed.", country: "TR"),
        Case(name: "Geneva", context: "Peace talks in Geneva stalled again.", country: "CH"),
    ]

    @Test(arguments: seedPlaces)
    func seedPlaceResolvesInItsSentence(_ testCase: Case) throws {
        let gazetteer = try #require(Self.gazetteer)
        let resolution = Resolver(gazetteer: gazetteer).geocode(testCase.name, context: testCase.context)
        let place = try #require(resolution.place, "\(testCase.name): no place")
        #expect(place.country == testCase.country, "\(testCase.name) → \(place.name) \(place.country)")
        if let admin1 = testCase.admin1 { #expect(place.admin1Code == admin1, "\(testCase.name) → \(place.name) \(place.admin1Code ?? "-")") }
        #expect(place.isProvince == testCase.isProvince, "\(testCase.name) → \(place.name) [\(place.featureCode)]")
        if testCase.isProvince { #expect(resolution.geoPrecision == .province) }
        if let latitude = testCase.latitude, let longitude = testCase.longitude {
            let km = Self.km(place.coordinate, latitude, longitude)
            #expect(km <= 5, "\(testCase.name) → \(place.name) \(place.id), \(Int(km)) km off")
        }
    }

    @Test func spellingVariantsResolveAtLeast95Percent() throws {
        let gazetteer = try #require(Self.gazetteer)
        let url = try #require(Bundle.module.url(forResource: "variants", withExtension: "tsv", subdirectory: "Fixtures"))
        let rows = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
            .filter { !$0.hasPrefix("#") }.map { $0.split(separator: "\t").map(String.init) }
        #expect(rows.count >= 150)
        #expect(Set(rows.map { $0[2] }).count == 14, "variants must cover all 14 governorates")
        let resolver = Resolver(gazetteer: gazetteer)
        var failures: [String] = []
        for row in rows {
            let expected = try #require(gazetteer.place(id: row[1]), "fixture names an unknown place \(row[1])")
            let resolved = resolver.geocode(row[0]).place
            let ok = resolved.map { Self.km($0.coordinate, expected.coordinate.latitude, expected.coordinate.longitude) <= 5
                && $0.admin1Code == row[2] } ?? false
            if !ok { failures.append("\(row[0]) → \(resolved.map { "\($0.name) \($0.id) \($0.admin1Code ?? "-")" } ?? "nothing"), want \(row[3])") }
        }
        let rate = Double(rows.count - failures.count) / Double(rows.count)
        print("spelling variants: \(rows.count - failures.count)/\(rows.count) = \(String(format: "%.1f", rate * 100))%")
        failures.forEach { print("  miss: \($0)") }
        #expect(rate >= 0.95, "\(failures)")
    }

    static func km(_ a: Coordinate, _ latitude: Double, _ longitude: Double) -> Double {
        let p1 = a.latitude * .pi / 180, p2 = latitude * .pi / 180
        let dp = p2 - p1, dl = (longitude - a.longitude) * .pi / 180
        let h = sin(dp / 2) * sin(dp / 2) + cos(p1) * cos(p2) * sin(dl / 2) * sin(dl / 2)
        return 2 * 6371.0088 * asin(min(1, sqrt(h)))
    }
}
