import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Fetches GeoNames country dumps (`CC.zip`) and installs them in the cache folder, the way
/// Mordecai and CLIFF users load GeoNames: fetched, checked, imported into the binary cache,
/// recorded. A failed download leaves the folder as it was.
///
/// Not thread safe: one downloader per command; a lock file keeps two processes apart.
public struct GeoNamesDownloader {
    /// GeoNames' export folder.
    public static let defaultSource = URL(string: "https://download.geonames.org/export/dump/")!

    /// The folder (or mirror) holding `CC.zip` files.
    public var source: URL
    /// Where the dumps are installed.
    public var folder: URL

    public init(source: URL = GeoNamesDownloader.defaultSource, folder: URL = DownloadedDumps.defaultFolder) {
        self.source = source
        self.folder = folder
    }

    /// Fetches, checks, imports and records the dump of `country`.
    /// - Parameter country: an upper-case ISO 3166-1 alpha-2 code, already checked by the caller.
    /// - Returns: the recorded entry.
    /// - Throws: `GazetteerError.unreadable` naming the URL (no network, HTTP error, broken
    ///   archive), the country (HTTP 404) or the folder (not writable, locked).
    public func install(_ country: String) throws -> DownloadedDumps.Entry {
        let lock = try FolderLock(folder: folder)
        defer { lock.release() }
        var record = try DownloadedDumps(folder: folder)
        let url = source.appendingPathComponent("\(country).zip")
        let data = try fetch(url, country: country)

        let temporary = folder.appendingPathComponent(".part-\(ProcessInfo.processInfo.processIdentifier)-\(country).zip")
        defer { try? FileManager.default.removeItem(at: temporary) }  // our own temporary file only
        do { try data.write(to: temporary) } catch {
            throw GazetteerError.unreadable(file: folder.path, reason: "cannot write to the cache folder: \(error.localizedDescription)")
        }
        var gazetteer = Gazetteer()
        do {
            _ = try GeoNamesReader.load(dump: temporary, into: &gazetteer, policy: .skip, useCache: false)
        } catch let error as GazetteerError {
            throw GazetteerError.unreadable(file: url.absoluteString, reason: "not a GeoNames dump: \(Self.reason(of: error))")
        }
        guard !gazetteer.places.isEmpty else {
            throw GazetteerError.unreadable(file: url.absoluteString, reason: "the dump holds no places")
        }

        let target = record.dumpURL(for: country)
        guard rename(temporary.path, target.path) == 0 else {
            throw GazetteerError.unreadable(file: target.path, reason: "cannot install the dump: \(String(cString: strerror(errno)))")
        }
        do {
            try GazetteerCache.write(gazetteer, for: target)
            let entry = DownloadedDumps.Entry(country: country, source: url.absoluteString,
                                              downloaded: ISO8601DateFormatter().string(from: Date()), places: gazetteer.places.count)
            record.record(entry)
            try record.save()
            return entry
        } catch {
            try? FileManager.default.removeItem(at: target)  // the dump just installed, not yet recorded
            try? FileManager.default.removeItem(at: GazetteerCache.url(for: target))
            throw error
        }
    }

    /// Removes the dump of `country`, its binary cache and its record.
    /// - Throws: `GazetteerError.unreadable` when it was never downloaded or the folder is locked.
    public func remove(_ country: String) throws {
        let lock = try FolderLock(folder: folder)
        defer { lock.release() }
        var record = try DownloadedDumps(folder: folder)
        guard record.forget(country) else {
            throw GazetteerError.unreadable(file: country, reason: "no downloaded GeoNames dump for this country (see `incidentmap gazetteer info`)")
        }
        try record.save()
        let dump = record.dumpURL(for: country)
        try? FileManager.default.removeItem(at: GazetteerCache.url(for: dump))  // ours: made by install
        try? FileManager.default.removeItem(at: dump)
    }

    /// The body of `url`, or an error naming the URL or, for a 404, the country.
    func fetch(_ url: URL, country: String) throws -> Data {
        var request = URLRequest(url: url)
        request.timeoutInterval = 120
        let box = ResponseBox()
        let done = DispatchSemaphore(value: 0)
        URLSession.shared.dataTask(with: request) { data, response, error in
            box.set(data: data, response: response, error: error)
            done.signal()
        }.resume()
        done.wait()
        let (data, response, error) = box.get()
        if let error {
            throw GazetteerError.unreadable(file: url.absoluteString, reason: "cannot download: \(error.localizedDescription)")
        }
        let status = (response as? HTTPURLResponse)?.statusCode ?? 200
        if status == 404 {
            throw GazetteerError.unreadable(file: url.absoluteString, reason: "no GeoNames dump for country \(country) there (HTTP 404)")
        }
        guard (200..<300).contains(status), let data else {
            throw GazetteerError.unreadable(file: url.absoluteString, reason: "cannot download: HTTP \(status)")
        }
        return data
    }

    /// A reader's error without the temporary file's name.
    static func reason(of error: GazetteerError) -> String {
        switch error {
        case let .unreadable(_, reason): reason
        case let .malformedRow(_, line, reason): "line \(line): \(reason)"
        case .missingBuiltinData: "\(error)"
        }
    }
}

/// The completion handler's results, handed from URLSession's queue to the waiting caller.
private final class ResponseBox: @unchecked Sendable {
    private let lock = NSLock()
    private var data: Data?
    private var response: URLResponse?
    private var error: Error?

    func set(data: Data?, response: URLResponse?, error: Error?) {
        lock.lock(); defer { lock.unlock() }
        (self.data, self.response, self.error) = (data, response, error)
    }

    func get() -> (Data?, URLResponse?, Error?) {
        lock.lock(); defer { lock.unlock() }
        return (data, response, error)
    }
}

/// An exclusive `flock` on `.lock` in the downloads folder, held by one process at a time.
struct FolderLock {
    let descriptor: Int32

    /// Creates the folder when needed and takes the lock without waiting.
    /// - Throws: `GazetteerError.unreadable` naming the folder when it cannot be written, or the
    ///   lock file when another process holds it.
    init(folder: URL) throws {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw GazetteerError.unreadable(file: folder.path, reason: "the cache folder cannot be created or written: \(error.localizedDescription)")
        }
        let path = folder.appendingPathComponent(".lock").path
        let fd = open(path, O_CREAT | O_RDWR, 0o644)
        guard fd >= 0 else {
            throw GazetteerError.unreadable(file: folder.path, reason: "the cache folder is not writable: \(String(cString: strerror(errno)))")
        }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            throw GazetteerError.unreadable(file: path, reason: "another `incidentmap gazetteer download` or `remove` is running")
        }
        descriptor = fd
    }

    func release() {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
