import Foundation
import GeoModel

/// A binary cache of an imported GeoNames dump, so that repeated runs with a big dump start fast.
///
/// `incidentmap gazetteer import DUMP` writes it; `GeoNamesReader.load(dump:into:)` reads it
/// instead of the dump while the dump's size and modification time still match. The file holds
/// the first-level names, then every place with its names, as length-prefixed UTF-8 and
/// little-endian numbers; no parsing of text or coordinates is left for load time.
/// Caches live in `$INCIDENTMAP_CACHE`, else `$XDG_CACHE_HOME/incidentmap`, else `~/.cache/incidentmap`.
public enum GazetteerCache {
    /// The format's mark; a file with another one (an older format) is ignored and replaced.
    static let magic: [UInt8] = Array("IMGZCv2\n".utf8)

    /// The folder caches are kept in.
    public static var folder: URL {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["INCIDENTMAP_CACHE"], !path.isEmpty { return URL(fileURLWithPath: path) }
        if let path = environment["XDG_CACHE_HOME"], !path.isEmpty { return URL(fileURLWithPath: path).appendingPathComponent("incidentmap") }
        return FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache/incidentmap")
    }

    /// Where the cache of `dump` lives: the dump's name and a hash of its absolute path.
    public static func url(for dump: URL, in folder: URL = GazetteerCache.folder) -> URL {
        var hash: UInt64 = 14_695_981_039_346_656_037
        for b in dump.standardizedFileURL.path.utf8 { hash = (hash ^ UInt64(b)) &* 1_099_511_628_211 }
        return folder.appendingPathComponent("\(dump.lastPathComponent)-\(String(hash, radix: 16)).gzc")
    }

    /// The dump's size and modification time, which a cache must match.
    static func stamp(of dump: URL) throws -> (size: UInt64, modified: Double) {
        let attributes = try FileManager.default.attributesOfItem(atPath: dump.path)
        let size = (attributes[.size] as? NSNumber)?.uint64Value ?? 0
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return (size, modified)
    }

    /// Writes the cache of `dump` from a gazetteer holding only that dump (and its admin-1 names),
    /// sealed with its length and checksum, through a synced temporary file renamed into place
    /// under the cache folder's lock.
    /// - Returns: the cache file.
    /// - Throws: `GazetteerError.unreadable` when the cache cannot be written.
    @discardableResult
    public static func write(_ gazetteer: Gazetteer, for dump: URL, in folder: URL = GazetteerCache.folder) throws -> URL {
        let target = url(for: dump, in: folder)
        var out = BinaryWriter()
        do {
            let (size, modified) = try stamp(of: dump)
            out.u64(size)
            out.u64(modified.bitPattern)
            out.u32(UInt32(gazetteer.admin1Names.count))
            for (code, name) in gazetteer.admin1Names.sorted(by: { $0.key < $1.key }) { out.string(code); out.string(name) }
            let names = gazetteer.namesByPlace()
            out.u32(UInt32(gazetteer.places.count))
            for (index, place) in gazetteer.places.enumerated() {
                out.string(place.id); out.string(place.name)
                out.u64(place.coordinate.latitude.bitPattern); out.u64(place.coordinate.longitude.bitPattern)
                out.string(place.featureClass); out.string(place.featureCode); out.string(place.country)
                out.string(place.admin1Code ?? ""); out.u64(UInt64(max(0, place.population)))
                let alternates = names[index]
                out.u32(UInt32(alternates.count))
                for name in alternates { out.string(name) }
            }
        } catch {
            throw GazetteerError.unreadable(file: dump.path, reason: "cannot read the dump's size and date")
        }
        try install(seal(out.data, magic: magic), at: target)
        return target
    }

    /// The number of places the cache of `dump` holds, when there is a sound cache that
    /// matches the dump as it is now; nil otherwise. `gazetteer import` then has nothing to do.
    public static func storedPlaces(for dump: URL, in folder: URL = GazetteerCache.folder) -> Int? {
        let file = url(for: dump, in: folder)
        guard let (size, modified) = try? stamp(of: dump), let data = try? Data(contentsOf: file, options: .alwaysMapped) else { return nil }
        return data.withUnsafeBytes { raw -> Int? in
            guard let payload = try? unseal(raw.bindMemory(to: UInt8.self), magic: magic, file: file.path) else { return nil }
            var input = BinaryReader(bytes: payload, file: file.path)
            guard (try? input.u64()) == size, (try? input.u64()) == modified.bitPattern, let admin1 = try? input.u32() else { return nil }
            for _ in 0..<admin1 {
                guard (try? input.string()) != nil, (try? input.string()) != nil else { return nil }
            }
            return (try? input.u32()).map(Int.init)
        }
    }

    /// Adds the cached places of `dump` when a sound cache matching the dump exists.
    ///
    /// A truncated or damaged cache (its length or checksum does not match) is removed, and
    /// the gazetteer's `notices` say so: the caller reads the dump instead, and
    /// `gazetteer import` makes the cache again.
    /// - Returns: the number of places added, or nil when there is no usable cache.
    /// - Throws: `GazetteerError.unreadable` for a cache whose checksum matches but whose
    ///   content is wrong (written by a faulty build).
    public static func load(for dump: URL, into gazetteer: inout Gazetteer, in folder: URL = GazetteerCache.folder) throws -> Int? {
        let file = url(for: dump, in: folder)
        guard FileManager.default.fileExists(atPath: file.path), let (size, modified) = try? stamp(of: dump),
              let data = try? Data(contentsOf: file, options: .alwaysMapped) else { return nil }
        return try data.withUnsafeBytes { raw -> Int? in
            let payload: UnsafeBufferPointer<UInt8>
            do {
                guard let sealed = try unseal(raw.bindMemory(to: UInt8.self), magic: magic, file: file.path) else { return nil }
                payload = sealed
            } catch {
                _ = try? withLock(in: folder) { unlink(file.path) }
                gazetteer.notices.append("\(error); removed it and read \(dump.path) instead (`incidentmap gazetteer import` makes the cache again)")
                return nil
            }
            var input = BinaryReader(bytes: payload, file: file.path)
            guard try input.u64() == size, try input.u64() == modified.bitPattern else { return nil }
            for _ in 0..<(try input.u32()) {
                let code = try input.string(), name = try input.string()
                gazetteer.setAdmin1Name(name, forCode: code)
            }
            let count = Int(try input.u32())
            for _ in 0..<count {
                let id = try input.string(), name = try input.string()
                let latitude = Double(bitPattern: try input.u64()), longitude = Double(bitPattern: try input.u64())
                let featureClass = try input.string(), featureCode = try input.string(), country = try input.string()
                let admin1Code = try input.string(), population = Int(try input.u64())
                var alternates: [String] = []
                for _ in 0..<(try input.u32()) { alternates.append(try input.string()) }
                guard let coordinate = try? Coordinate(latitude: latitude, longitude: longitude) else {
                    throw GazetteerError.unreadable(file: file.path, reason: "corrupt cache: bad coordinate for \(id)")
                }
                let code = admin1Code.isEmpty ? nil : admin1Code
                gazetteer.add(Place(id: id, name: name, coordinate: coordinate, featureClass: featureClass, featureCode: featureCode,
                                    country: country, admin1Code: code, admin1: code.flatMap { gazetteer.admin1Names[$0] },
                                    population: population), alternateNames: alternates)
            }
            return count
        }
    }
}

/// Appends little-endian numbers and length-prefixed strings.
struct BinaryWriter {
    var data: [UInt8] = []
    mutating func bytes(_ b: [UInt8]) { data += b }
    mutating func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { data += $0 } }
    mutating func u64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { data += $0 } }
    mutating func string(_ s: String) { u32(UInt32(s.utf8.count)); data += s.utf8 }
}

/// Reads what `BinaryWriter` wrote, failing with the file's name on truncation.
struct BinaryReader {
    let bytes: UnsafeBufferPointer<UInt8>
    let file: String
    var offset = 0

    mutating func bytes(_ n: Int) throws -> ArraySlice<UInt8> {
        guard offset + n <= bytes.count else {
            throw GazetteerError.unreadable(file: file, reason: "corrupt cache: truncated at byte \(offset)")
        }
        defer { offset += n }
        return Array(bytes[offset..<(offset + n)])[...]
    }
    mutating func u32() throws -> UInt32 { try number(UInt32.self) }
    mutating func u64() throws -> UInt64 { try number(UInt64.self) }

    /// A little-endian integer, loaded in one go.
    private mutating func number<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        let n = MemoryLayout<T>.size
        guard let base = bytes.baseAddress, offset + n <= bytes.count else {
            throw GazetteerError.unreadable(file: file, reason: "corrupt cache: truncated at byte \(offset)")
        }
        let value = UnsafeRawPointer(base + offset).loadUnaligned(as: T.self)
        offset += n
        return T(littleEndian: value)
    }
    mutating func string() throws -> String {
        let n = Int(try u32())
        guard offset + n <= bytes.count else {
            throw GazetteerError.unreadable(file: file, reason: "corrupt cache: truncated at byte \(offset)")
        }
        defer { offset += n }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<(offset + n)]), as: UTF8.self)
    }
}
