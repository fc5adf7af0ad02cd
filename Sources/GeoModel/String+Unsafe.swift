/// Strings made by writing their UTF-8 straight into new storage.
extension String {
    /// The string of a run of code points; ASCII runs are copied byte for byte.
    /// - Complexity: O(n).
    public init(scalars: ArraySlice<Unicode.Scalar>) {
        self = scalars.withUnsafeBufferPointer(String.init(scalars:))
    }

    /// The string of a buffer of code points; ASCII runs are copied byte for byte.
    /// - Complexity: O(n).
    public init(scalars source: UnsafeBufferPointer<Unicode.Scalar>) {
        self = {
            var isASCII = true
            for scalar in source where scalar.value >= 0x80 {
                isASCII = false
                break
            }
            guard isASCII else {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: source)
                return String(view)
            }
            return String(unsafeUninitializedCapacity: source.count) { buffer in
                for i in 0..<source.count { buffer[i] = UInt8(truncatingIfNeeded: source[i].value) }
                return source.count
            }
        }()
    }

    /// The lowercase form; ASCII strings are lowered byte for byte without Unicode case mapping.
    public var lowercasedFast: String {
        var isASCII = true
        var hasUpper = false
        for byte in utf8 {
            if byte >= 0x80 { isASCII = false; break }
            if byte >= 0x41 && byte <= 0x5A { hasUpper = true }
        }
        guard isASCII else { return lowercased() }
        guard hasUpper else { return self }
        let bytes = utf8
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            var i = 0
            for byte in bytes {
                buffer[i] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                i += 1
            }
            return i
        }
    }
}
