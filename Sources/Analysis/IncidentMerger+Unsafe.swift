import Foundation

/// The byte search the merger runs on evidence text, with memchr and memcmp.
extension IncidentMerger {
    /// True when `text` holds `part` byte for byte (no Unicode equivalence: evidence is quoted as read).
    static func contains(_ text: String, _ part: String) -> Bool {
        var text = text, part = part
        return text.withUTF8 { haystack in
            part.withUTF8 { needle in
                guard !needle.isEmpty else { return true }
                guard needle.count <= haystack.count, let start = haystack.baseAddress, let wanted = needle.baseAddress else { return false }
                // memchr finds each place the first byte occurs; memcmp checks the rest there.
                let last = start + (haystack.count - needle.count)
                var from = start
                while from <= last, let hit = memchr(from, Int32(needle[0]), last - from + 1) {
                    let candidate = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(candidate, wanted, needle.count) == 0 { return true }
                    from = candidate + 1
                }
                return false
            }
        }
    }
}
