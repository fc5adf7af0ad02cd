import Foundation
import GeoModel

/// A snapshot of a whole gazetteer, index included, so that the built-in gazetteer loads in a
/// fraction of the time its text files take: the automaton, the word table and the name arena
/// are flat arrays written and read as raw bytes. The provinces' seats are found when the
/// snapshot is made and stored with it, so that a run restoring it makes no pass over the places.
///
/// `Gazetteer.builtin()` writes one into the cache folder (see `GazetteerCache.folder`) on its
/// first run and reads it afterwards while the size and modification time of every built-in file
/// still match.
extension Gazetteer {
    /// The format's mark; a snapshot with another one (an older format) is ignored and replaced.
    static let snapshotMagic: [UInt8] = Array("IMGZSv6\n".utf8)

    /// The snapshot as bytes, stamped with `stamp` (what it was built from) and sealed with its
    /// length and checksum (see `GazetteerCache.seal`).
    func snapshot(stamp: [UInt64]) -> [UInt8] {
        var out = BinaryWriter()
        out.array(stamp)
        out.u32(UInt32(sources.count)); sources.forEach { out.string($0) }
        out.u32(UInt32(fuzzyCountries.count)); fuzzyCountries.sorted().forEach { out.string($0) }
        out.u32(UInt32(admin1Names.count))
        for (code, name) in admin1Names.sorted(by: { $0.key < $1.key }) { out.string(code); out.string(name) }
        // Feature classes and codes, countries and first-level codes repeat across places: each
        // distinct one is written once, and places refer to it by number.
        var codes = CodeTable()
        let placeCodes = places.map { place in
            [place.featureClass, place.featureCode, place.country, place.admin1Code ?? ""].map { codes.number(of: $0) }
        }
        out.u32(UInt32(codes.strings.count)); codes.strings.forEach { out.string($0) }
        out.u32(UInt32(places.count))
        for (place, numbers) in zip(places, placeCodes) {
            out.string(place.id); out.string(place.name)
            out.u64(place.coordinate.latitude.bitPattern); out.u64(place.coordinate.longitude.bitPattern)
            numbers.forEach { out.u32($0) }
            out.u64(UInt64(max(0, place.population)))
        }
        out.array(words.arena); out.array(words.offsets); out.array(words.slots); out.array(words.hashes)
        out.array(automaton.transitions.keys); out.array(automaton.transitions.values)
        out.u64(automaton.transitions.shift); out.u64(UInt64(automaton.transitions.count))
        out.array(automaton.firstEntry); out.array(automaton.nextEntry); out.array(automaton.entries)
        out.array(nameArena)
        out.u64(UInt64(keyCount))
        let heads = skeletons.heads
        out.array(heads.digests); out.array(heads.entries)
        out.array(skeletons.previous); out.array(skeletons.states); out.array(skeletons.keyStarts); out.array(skeletons.keyArena)
        // The seat table: each first-level code with its seat and its most populous town (-1 for none).
        let seats = provinceSeats
        out.u32(UInt32(seats.populous.count))
        for (code, populous) in seats.populous.sorted(by: { $0.key < $1.key }) {
            out.string(code)
            out.u32(UInt32(bitPattern: seats.seated[code] ?? -1)); out.u32(UInt32(bitPattern: populous))
        }
        return GazetteerCache.seal(out.data, magic: Self.snapshotMagic)
    }

    /// Rebuilds a gazetteer from a snapshot, or nil when the snapshot is of another format or
    /// its stamp differs from `stamp`.
    /// - Throws: `GazetteerError.unreadable` for a truncated or corrupt snapshot.
    static func restore(snapshot sealed: UnsafeBufferPointer<UInt8>, file: String, stamp: [UInt64]) throws -> Gazetteer? {
        guard let bytes = try GazetteerCache.unseal(sealed, magic: snapshotMagic, file: file) else { return nil }
        var input = BinaryReader(bytes: bytes, file: file)
        guard try input.array(UInt64.self) == stamp else { return nil }
        var g = Gazetteer()
        for _ in 0..<(try input.u32()) { g.sources.append(try input.string()) }
        var fuzzy: Set<String> = []
        for _ in 0..<(try input.u32()) { fuzzy.insert(try input.string()) }
        g.fuzzyCountries = fuzzy
        for _ in 0..<(try input.u32()) {
            let code = try input.string()
            g.admin1Names[code] = try input.string()
        }
        var codes: [String] = []
        for _ in 0..<(try input.u32()) { codes.append(try input.string()) }
        func codeNumber() throws -> Int {
            let number = Int(try input.u32())
            guard number < codes.count else { throw GazetteerError.unreadable(file: file, reason: "corrupt snapshot: code \(number) out of range") }
            return number
        }
        // Every first-level name once per code, rather than a look-up per place.
        let admin1Names = codes.map { g.admin1Names[$0] }
        let count = Int(try input.u32())
        g.places.reserveCapacity(count)
        g.placeByID.reserveCapacity(count)
        for index in 0..<count {
            let id = try input.string(), name = try input.string()
            let latitude = Double(bitPattern: try input.u64()), longitude = Double(bitPattern: try input.u64())
            let featureClass = codes[try codeNumber()], featureCode = codes[try codeNumber()], country = codes[try codeNumber()]
            let admin1Number = try codeNumber()
            let population = Int(try input.u64())
            let admin1Code = codes[admin1Number].isEmpty ? nil : codes[admin1Number]
            g.places.append(Place(id: id, name: name, coordinate: Coordinate(uncheckedLatitude: latitude, longitude: longitude),
                                  featureClass: featureClass, featureCode: featureCode, country: country, admin1Code: admin1Code,
                                  admin1: admin1Code == nil ? nil : admin1Names[admin1Number], population: population))
            g.placeByID[id] = Int32(index)
            let kind = g.places[index].kind
            if kind == .province, let admin1Code, g.provinceByCode[admin1Code] == nil { g.provinceByCode[admin1Code] = Int32(index) }
            if kind == .country, g.countryByCode[country] == nil { g.countryByCode[country] = Int32(index) }
        }
        g.words.arena = try input.array(UInt8.self); g.words.offsets = try input.array(Int32.self)
        g.words.slots = try input.array(Int32.self); g.words.hashes = try input.array(UInt32.self)
        g.automaton.transitions.keys = try input.array(UInt64.self); g.automaton.transitions.values = try input.array(Int32.self)
        g.automaton.transitions.shift = try input.u64(); g.automaton.transitions.count = Int(try input.u64())
        g.automaton.firstEntry = try input.array(Int32.self); g.automaton.nextEntry = try input.array(Int32.self)
        g.automaton.entries = try input.array(NameEntry.self)
        g.nameArena = try input.array(UInt8.self)
        g.keyCount = Int(try input.u64())
        let digests = try input.array(UInt64.self), entries = try input.array(Int32.self)
        guard digests.count == entries.count, Set(digests).count == digests.count else {
            throw GazetteerError.unreadable(file: file, reason: "corrupt snapshot: skeleton heads do not pair up")
        }
        g.skeletons = SkeletonIndex(digests: digests, entries: entries, previous: try input.array(Int32.self),
                                    states: try input.array(Int32.self), keyStarts: try input.array(Int32.self),
                                    keyArena: try input.array(UInt8.self))
        guard g.skeletons.isConsistent, g.automaton.transitions.keys.count == g.automaton.transitions.values.count,
              g.automaton.nextEntry.count == g.automaton.entries.count,
              g.words.offsets.count == g.words.hashes.count + 1 else {
            throw GazetteerError.unreadable(file: file, reason: "corrupt snapshot: inconsistent index arrays")
        }
        var seated: [String: Int32] = [:], populous: [String: Int32] = [:]
        for _ in 0..<(try input.u32()) {
            let code = try input.string()
            let seat = Int32(bitPattern: try input.u32()), biggest = Int32(bitPattern: try input.u32())
            guard seat >= -1, seat < count, biggest >= 0, biggest < count else {
                throw GazetteerError.unreadable(file: file, reason: "corrupt snapshot: the seat of \(code) is out of range")
            }
            if seat >= 0 { seated[code] = seat }
            populous[code] = biggest
        }
        g.seatMemo.remember(ProvinceSeats(seated: seated, populous: populous), for: 0, stamp: g.generation)
        return g
    }
}

extension BinaryWriter {
    /// A count, then the elements' raw bytes.
    mutating func array<T: BitwiseCopyable>(_ values: [T]) {
        u64(UInt64(values.count))
        values.withUnsafeBytes { data += $0 }
    }
}

extension BinaryReader {
    mutating func array<T: BitwiseCopyable>(_ type: T.Type) throws -> [T] {
        let count = Int(try u64())
        let size = count * MemoryLayout<T>.stride
        guard count >= 0, offset + size <= bytes.count else {
            throw GazetteerError.unreadable(file: file, reason: "corrupt snapshot: truncated at byte \(offset)")
        }
        let result = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[offset..<(offset + size)]))
            initialized = count
        }
        offset += size
        return result
    }
}

/// Numbers for the short strings a snapshot writes once: the same string always gets the same number.
private struct CodeTable {
    private(set) var strings: [String] = []
    private var numbers: [String: UInt32] = [:]

    mutating func number(of string: String) -> UInt32 {
        if let known = numbers[string] { return known }
        let next = UInt32(strings.count)
        strings.append(string)
        numbers[string] = next
        return next
    }
}
