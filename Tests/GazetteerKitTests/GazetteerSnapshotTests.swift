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
