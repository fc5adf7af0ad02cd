import Analysis
import Foundation
import GeoEngine
import GeoModel
import Testing
import TestSupport

/// Province assignment against the accurate governorate polygons in `../shared/data`.
@Suite struct GovernorateTests {
    /// The seat of each governorate as a GeoNames id, with the governorate's code. Nine are
    /// GeoNames' PPLA/PPLC entries; Latakia, Idlib and Tartus are the cities of those names;
    /// Quneitra's seat is Madinat al-Baath (the old city is ruined); Rif Dimashq is governed
    /// from Damascus, outside it, so its largest town, Douma, stands in.
    static let seats: [(geonameID: String, code: String)] = [
        ("173811", "SY.01"), ("173576", "SY.02"), ("11486812", "SY.03"), ("172955", "SY.04"), ("172408", "SY.05"),
        ("170905", "SY.06"), ("170794", "SY.07"), ("170592", "SY.08"), ("170063", "SY.09"), ("170017", "SY.10"),
        ("169577", "SY.11"), ("169389", "SY.12"), ("170654", "SY.13"), ("163345", "SY.14"),
    ]

    @Test func theFourteenSeatsFallInTheirOwnGovernorates() throws {
        guard let boundaries = SharedData.file("boundaries/syria-governorates.geojson"),
              let dump = SharedData.file("geonames/SY.txt") else { return }
        let provinces = try RegionReader.regions(from: boundaries)
        #expect(provinces.count == 14)
        var positions: [String: Coordinate] = [:]
        let wanted = Set(Self.seats.map(\.geonameID))
        for line in try String(contentsOf: dump, encoding: .utf8).split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count > 5, wanted.contains(String(fields[0])), let lat = Double(fields[4]), let lon = Double(fields[5]) else { continue }
            positions[String(fields[0])] = try Coordinate(latitude: lat, longitude: lon)
        }
        #expect(positions.count == 14)
        let assigner = try ProvinceAssigner(provinces: provinces)
        for seat in Self.seats {
            let position = try #require(positions[seat.geonameID])
            #expect(try assigner.province(of: position)?.code == seat.code, "seat \(seat.geonameID)")
        }
        // The same answers in bulk, split across tasks.
        let bulk = try assigner.provinces(of: Self.seats.map { positions[$0.geonameID]! })
        #expect(bulk.map { $0?.code } == Self.seats.map(\.code))
    }

    @Test func seededPointsAreNeverInTwoGovernorates() throws {
        guard let boundaries = SharedData.file("boundaries/syria-governorates.geojson") else { return }
        let provinces = try RegionReader.regions(from: boundaries)
        let assigner = try ProvinceAssigner(provinces: provinces)
        // Each governorate on its own: a point counted in one is covered by no other.
        let singles = try provinces.map { try PolygonIndex(regions: [$0]) }
        var rng = SeededGenerator(seed: 760)
        var assigned = 0
        for _ in 0..<3_000 {
            let point = Coordinate(uncheckedLatitude: Double.random(in: 32.3...37.4, using: &rng),
                                   longitude: Double.random(in: 35.6...42.4, using: &rng))
            let holders = try singles.indices.filter { try singles[$0].regionIndex(containing: point) != nil }
            let found = try assigner.province(of: point)
            #expect(found?.code == holders.first.map { provinces[$0].code! }, "\(point)")
            #expect(holders.count <= 1, "\(point) lies in \(holders.map { provinces[$0].name })")
            if found != nil { assigned += 1 }
        }
        #expect(assigned > 1_000)
    }
}
