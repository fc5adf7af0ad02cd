import Foundation
import Testing
import TestSupport

/// Incidents outside Syria and Lebanon get their provinces, and the province layers draw the
/// countries incidents fall in (and only those), with the built-in gazetteer alone.
@Suite struct WorldProvincesTests {
    /// Reports of our own: districts and towns in Yemen and Iraq.
    static let reports = [
        #"{"id":"ye-1","date":"2016-03-14","text":"Coalition jets bombed a market in Baqim district of Saada on Sunday, killing four civilians."}"#,
        #"{"id":"ye-2","date":"2016-03-15","text":"Houthi fighters shelled houses in the district of Majz on Monday, killing two people."}"#,
        #"{"id":"iq-1","date":"2016-05-04","text":"A car bomb exploded at a checkpoint in Ramadi on Wednesday, killing five soldiers."}"#,
    ].joined(separator: "\n") + "\n"

    func reportsFile() throws -> URL {
        let url = try CLI.temporaryFolder().appendingPathComponent("reports.jsonl")
        try Data(Self.reports.utf8).write(to: url)
        return url
    }

    func rows(_ json: String) throws -> [[String: Any]] {
        try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]] ?? []
    }

    @Test func districtsResolveWithPrecisionTwoAndTheirProvince() throws {
        let result = try CLI.run(["extract", try reportsFile().path])
        #expect(result.status == 0, "\(result.stderr)")
        let records = try result.stdout.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:] }
        let baqim = records.first { $0["mention"] as? String == "Baqim" }
        #expect(baqim?["location"] as? String == "Baqim")
        #expect(baqim?["geo_precision"] as? Int == 2)
        #expect(baqim?["admin1_code"] as? String == "YE.15")
        #expect((baqim?["place_id"] as? String)?.hasPrefix("gb:") == true)
        // "of Saada" only says where Baqim is: one incident, not a second one in Saada.
        #expect(records.filter { $0["mention"] as? String == "Saada" }.isEmpty)
        let majz = records.first { $0["mention"] as? String == "Majz" }
        #expect(majz?["geo_precision"] as? Int == 2)
        #expect(majz?["admin1_code"] as? String == "YE.15")
    }

    @Test func countByProvinceNamesIraqiAndYemeniProvinces() throws {
        let result = try CLI.run(["count", try reportsFile().path, "--by", "province", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let codes = Set(try rows(result.stdout).compactMap { $0["admin1_code"] as? String })
        #expect(codes.contains("YE.15"), "\(result.stdout)")
        #expect(codes.contains("IQ.01"), "\(result.stdout)")
    }

    @Test func theChoroplethHoldsOnlyTheCountriesWithIncidents() throws {
        let out = try CLI.temporaryFolder()
        let result = try CLI.run(["map", try reportsFile().path, "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let data = try Data(contentsOf: out.appendingPathComponent("provinces.geojson"))
        let collection = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let properties = (collection?["features"] as? [[String: Any]] ?? []).compactMap { $0["properties"] as? [String: Any] }
        #expect(Set(properties.compactMap { $0["country"] as? String }) == ["YE", "IQ"])
        let saada = properties.first { $0["admin1_code"] as? String == "YE.15" }
        #expect(saada?["incidents"] as? Int == 2, "\(saada ?? [:])")
        let anbar = properties.first { $0["admin1_code"] as? String == "IQ.01" }
        #expect(anbar?["incidents"] as? Int == 1, "\(anbar ?? [:])")
        #expect(properties.count > 30)
        let counts = try String(contentsOf: out.appendingPathComponent("counts.csv"), encoding: .utf8)
        #expect(counts.contains("YE.15"))
    }

    @Test func countByDistrictGroupsTheDistrictIncidents() throws {
        let result = try CLI.run(["count", try reportsFile().path, "--by", "district", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try rows(result.stdout)
        let baqim = rows.first { $0["admin2"] as? String == "Baqim" }
        #expect((baqim?["district_id"] as? String)?.hasPrefix("gb:") == true, "\(result.stdout)")
        #expect(baqim?["incidents"] as? Int == 1)
        #expect(rows.contains { $0["admin2"] as? String == "Majz" })
        // Ramadi is a town: the district polygon holding it names its district.
        let ramadi = rows.first { $0["admin2"] as? String == "Al-Ramadi" }
        #expect((ramadi?["district_id"] as? String)?.hasPrefix("gb:") == true, "\(result.stdout)")
        #expect(!rows.contains { $0["admin2"] is NSNull }, "\(result.stdout)")
        let extract = try CLI.run(["extract", try reportsFile().path])
        #expect(extract.stdout.contains(#""admin2":"Baqim""#), "\(extract.stdout)")
        #expect(extract.stdout.contains(#""admin2":null"#))
    }

    /// Points of our own in Yemen, Iraq and Syria, and one in France (no district polygons).
    static let districtCSV = """
    event_id_cnty,event_date,event_type,sub_event_type,actor1,actor2,country,admin1,location,latitude,longitude,geo_precision,notes,fatalities,admin1_code
    D1,2016-03-14,Explosions/Remote violence,Air/drone strike,Coalition,,Yemen,,Point A,13.58,44.02,1,A strike.,2,
    D2,2016-03-15,Explosions/Remote violence,Air/drone strike,Coalition,,Yemen,,Point B,13.585,44.025,1,A strike.,1,
    D3,2016-05-04,Explosions/Remote violence,Remote explosive/landmine/IED,Islamic State,,Iraq,,Point C,36.34,43.13,1,A bomb.,5,
    D4,2016-05-05,Battles,Armed clash,Islamic State,,Iraq,,Point D,33.31,44.36,1,Clashes.,0,
    D5,2016-06-01,Explosions/Remote violence,Shelling/artillery/missile attack,Military Forces of Syria (2000-),,Syria,,Point E,36.20,37.16,1,Shelling.,3,
    D6,2016-06-02,Battles,Armed clash,Unidentified Armed Group (France),,France,,Point F,48.85,2.35,1,Clashes.,0,
    """

    @Test func countByDistrictFindsThePolygonHoldingEachPointInYemenIraqAndSyria() throws {
        let file = try CLI.temporaryFolder().appendingPathComponent("incidents.csv")
        try Data(Self.districtCSV.utf8).write(to: file)
        let result = try CLI.run(["count", file.path, "--by", "district", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try rows(result.stdout)
        func row(_ name: String) -> [String: Any]? { rows.first { $0["admin2"] as? String == name } }
        // The two Yemeni points lie 700 m apart in one district.
        #expect(row("Salah")?["incidents"] as? Int == 2, "\(result.stdout)")
        #expect(row("Salah")?["fatalities"] as? Int == 3)
        #expect(row("Al-Mosul")?["incidents"] as? Int == 1)
        #expect(row("Al-Karkh")?["incidents"] as? Int == 1)
        #expect(row("Jebel Saman")?["fatalities"] as? Int == 3)
        #expect(rows.compactMap { $0["district_id"] as? String }.allSatisfy { $0.hasPrefix("gb:") })
        // France has no district polygons and the incident names none: it counts under none.
        #expect(rows.contains { $0["admin2"] is NSNull && $0["incidents"] as? Int == 1 }, "\(result.stdout)")
        #expect(rows.count == 5)
    }

    /// ACLED-like rows without a province: the built-in polygons give them one.
    static let csv = """
    event_id_cnty,event_date,event_type,sub_event_type,actor1,actor2,country,admin1,location,latitude,longitude,geo_precision,notes,fatalities,admin1_code
    L1,2017-08-01,Battles,Armed clash,Military Forces of Lebanon (2016-),,Lebanon,,Arsal,34.1794,36.4208,1,Clashes in the hills.,3,
    L2,2017-08-02,Battles,Armed clash,Military Forces of Lebanon (2016-),,Lebanon,,Qoubaiyat,34.5681,36.2806,1,Clashes near the border.,1,
    Q1,2016-05-04,Explosions/Remote violence,Remote explosive/landmine/IED,Islamic State,,Iraq,,Ramadi,33.4258,43.2992,1,A car bomb.,5,
    Y1,2016-03-14,Explosions/Remote violence,Air/drone strike,Coalition,,Yemen,,Dahyan,17.0167,43.6,1,An air strike.,4,
    """

    @Test func pointsWithoutAProvinceGetOneInIraqYemenAndNewLebanon() throws {
        let file = try CLI.temporaryFolder().appendingPathComponent("incidents.csv")
        try Data(Self.csv.utf8).write(to: file)
        let result = try CLI.run(["count", file.path, "--by", "province", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let codes = Set(try rows(result.stdout).compactMap { $0["admin1_code"] as? String })
        // Arsal lies in Baalbek-Hermel, Qoubaiyat in Akkar: the two governorates Natural Earth lacks.
        #expect(codes == ["LB.11", "LB.10", "IQ.01", "YE.15"], "\(result.stdout)")
    }
}
