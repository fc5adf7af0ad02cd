import Crypto
import GeoModel

/// The content key of a report: the SHA-256 of everything it says, as 64 hex digits.
///
/// The id and the origin are left out, so that the same text read again from a renamed file is
/// still the same report; the date, title, URL and source are in, since they change what the
/// report means. SHA-256 rather than a 64-bit hash: over years of reports a key must not collide.
public struct ReportKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let hex: String

    /// Wraps a key read back from a store.
    public init(hex: String) { self.hex = hex }

    /// The key of `report`'s content.
    public init(of report: Report) {
        var hasher = SHA256()
        func add(_ field: String?) {
            // A presence byte, the UTF-8 bytes and a separator: fields cannot run into each other.
            hasher.update(data: [field == nil ? 0 : 1])
            hasher.update(data: Array((field ?? "").utf8))
            hasher.update(data: [0x1F])
        }
        add("incidentmap-report-v1")
        add(report.date?.description)
        add(report.title)
        add(report.url)
        add(report.source)
        add(report.text)
        hex = hasher.finalize().map { byte in
            let digits = String(byte, radix: 16)
            return digits.count == 1 ? "0" + digits : digits
        }.joined()
    }

    public var description: String { hex }

    public static func < (lhs: ReportKey, rhs: ReportKey) -> Bool { lhs.hex < rhs.hex }
}
