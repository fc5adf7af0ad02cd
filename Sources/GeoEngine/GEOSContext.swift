import CGEOS
import GeoModel

/// One GEOS reentrant context and the last message its error handler received.
///
/// Not thread safe: create one per task. See `GEOS_init_r` and
/// `GEOSContext_setErrorMessageHandler_r` in the GEOS C API.
final class GEOSContext {
    let handle: GEOSContextHandle_t
    /// The most recent error message from GEOS, cleared by `takeError()`.
    private(set) var lastError: String?

    init() {
        guard let handle = GEOS_init_r() else { fatalError("GEOS_init_r returned NULL: out of memory") }
        self.handle = handle
        GEOSContext_setErrorMessageHandler_r(handle, { message, userData in
            guard let userData else { return }
            let context = Unmanaged<GEOSContext>.fromOpaque(userData).takeUnretainedValue()
            context.lastError = message.map { String(cString: $0) } ?? "unknown GEOS error"
        }, Unmanaged.passUnretained(self).toOpaque())
        // Notices (warnings) are dropped: libraries never print.
        GEOSContext_setNoticeMessageHandler_r(handle, { _, _ in }, nil)
    }

    deinit { GEOS_finish_r(handle) }

    /// Returns and clears the last error, as a typed error.
    func takeError(_ fallback: String) -> GeoEngineError {
        defer { lastError = nil }
        return .geos(lastError ?? fallback)
    }

    /// Interprets a GEOS predicate result.
    /// - Returns: true for 1, false for 0.
    /// - Throws: `GeoEngineError.geos` for 2, GEOS's exception value.
    func predicate(_ result: CChar, _ name: String) throws -> Bool {
        // 2 = exception, 1 = true, 0 = false
        switch result {
        case 1: return true
        case 0: return false
        default: throw takeError("\(name) failed")
        }
    }
}
