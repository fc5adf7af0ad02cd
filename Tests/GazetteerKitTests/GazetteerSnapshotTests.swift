import Foundation
@testable import GazetteerKit
import GeoModel
import Testing

@Suite struct GazetteerSnapshotTests {
    @Test func aSnapshotRestoresTheSameIndex() throws {
        let original = try Gazetteer.builtin()
        let bytes = original.snapshot(stamp: [7, 8, 9])
        let restored = try #require(try bytes.withUnsafeBufferPointer {
            try Gazetteer.restore(snapshot: $0, file: "test.gzs", stamp: [7, 8, 9])
        })
        #expect(restored.places == original.places)
        #expect(restored.nameCount == original.nameCount)
        #expect(restored.keyCount == original.keyCount)
        for name in ["Talbeesah", "Jisr al-Shughour", "Homs", "Bassel al-Assad airport", "Syrian", "Girnata"] {
            #expect(restored.lookup(name) == original.lookup(name), "\(name)")
        }
        #expect(restored.province(code: "SY.11")?.name == "Homs")
        let text = "Jets hit Rastan and Talbisa near Homs; Latakia's Bassel al Assad airport was busy."
        #expect(PlaceRecognizer(gazetteer: restored).mentions(in: text) == PlaceRecognizer(gazetteer: original).mentions(in: text))
    }

    /// The seat table travels with the snapshot: a restored gazetteer answers every province's
    /// seat as the original does without a pass over its places.
    @Test func aSnapshotCarriesTheProvinceSeats() throws {
        let original = try Gazetteer.builtin()
        let restored = try #require(try original.snapshot(stamp: [3]).withUnsafeBufferPointer {
            try Gazetteer.restore(snapshot: $0, file: "test.gzs", stamp: [3])
        })
        #expect(restored.seatMemo.value(for: 0, stamp: restored.generation) != nil)
        let codes = original.admin1Names.keys.sorted()
        #expect(codes.count > 20)
        for code in codes {
            #expect(restored.seat(ofProvince: code) == original.seat(ofProvince: code), "\(code)")
        }
        #expect(restored.seat(ofProvince: "SY.11")?.admin1Code == "SY.11")
    }

    @Test func aSeatOutsideThePlacesIsAnError() throws {
        var gazetteer = Gazetteer()
        gazetteer.add(GazetteerSnapshotTests.place, alternateNames: [])
        var bytes = gazetteer.snapshot(stamp: [1])
        // The table is last: one code, then its seat (-1, none) and its most populous town (place 0).
        #expect(Array(bytes.suffix(8)) == [0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0, 0])
        withUnsafeBytes(of: UInt32(5).littleEndian) { bytes.replaceSubrange((bytes.count - 4)..<bytes.count, with: $0) }
        bytes = GazetteerCache.seal(Array(bytes[GazetteerCache.sealSize...]), magic: Gazetteer.snapshotMagic)
        #expect {
            try bytes.withUnsafeBufferPointer { try Gazetteer.restore(snapshot: $0, file: "a.gzs", stamp: [1]) }
        } throws: { error in
            error as? GazetteerError == .unreadable(file: "a.gzs", reason: "corrupt snapshot: the seat of SY.11 is out of range")
        }
    }

    @Test func aSnapshotWithAnotherStampIsIgnoredAndATruncatedOneIsAnError() throws {
        var gazetteer = Gazetteer()
        gazetteer.add(GazetteerSnapshotTests.place, alternateNames: ["Rastan"])
        let bytes = gazetteer.snapshot(stamp: [1])
        #expect(try bytes.withUnsafeBufferPointer { try Gazetteer.restore(snapshot: $0, file: "a.gzs", stamp: [2]) } == nil)
        let cut = Array(bytes.prefix(bytes.count - 9))
        #expect(throws: GazetteerError.self) {
            try cut.withUnsafeBufferPointer { try Gazetteer.restore(snapshot: $0, file: "a.gzs", stamp: [1]) }
        }
    }

    @Test func aPlaceReferringToAnUnknownCodeIsAnError() throws {
        var gazetteer = Gazetteer()
        gazetteer.add(GazetteerSnapshotTests.place, alternateNames: [])
        var bytes = gazetteer.snapshot(stamp: [1])
        // The place's codes follow its name and its two coordinates; the first is its feature class.
        let name = Array("Ar Rastan".utf8)
        let at = try #require((0...(bytes.count - name.count)).first { Array(bytes[$0..<($0 + name.count)]) == name })
        let featureClass = at + name.count + 16
        withUnsafeBytes(of: UInt32(999).littleEndian) { bytes.replaceSubrange(featureClass..<(featureClass + 4), with: $0) }
        // Sealed again, so that the check of the code is reached rather than the checksum's.
        bytes = GazetteerCache.seal(Array(bytes[GazetteerCache.sealSize...]), magic: Gazetteer.snapshotMagic)
        #expect(throws: GazetteerError.self) {
            try bytes.withUnsafeBufferPointer { try Gazetteer.restore(snapshot: $0, file: "a.gzs", stamp: [1]) }
        }
    }

    /// One flipped byte anywhere is caught by the checksum, before any of it is used.
    @Test func aDamagedSnapshotIsAnErrorNamingIt() throws {
        var gazetteer = Gazetteer()
        gazetteer.add(GazetteerSnapshotTests.place, alternateNames: ["Rastan"])
        var bytes = gazetteer.snapshot(stamp: [1])
        bytes[bytes.count / 2] ^= 0x10
        #expect {
            try bytes.withUnsafeBufferPointer { try Gazetteer.restore(snapshot: $0, file: "a.gzs", stamp: [1]) }
        } throws: { error in
            error as? GazetteerError == .unreadable(file: "a.gzs", reason: "corrupt cache: the checksum does not match")
        }
    }

    static let place = Place(id: "geonames:1", name: "Ar Rastan", coordinate: Coordinate(uncheckedLatitude: 34.9, longitude: 36.7),
                             featureClass: "P", featureCode: "PPL", country: "SY", admin1Code: "SY.11", admin1: nil, population: 5)
}
