/// Strict UTF-8 decoding that reports where the first bad byte is.
public enum UTF8Validation {
    /// Decodes `bytes`, or returns the offset of the first byte that is not valid UTF-8.
    public static func decode(_ bytes: [UInt8]) -> Result<String, InvalidByte> {
        if let text = String(validating: bytes, as: UTF8.self) { return .success(text) }
        return .failure(firstInvalidByte(bytes))
    }

    /// The offset of the first byte that is not valid UTF-8, found by decoding scalar by scalar.
    private static func firstInvalidByte(_ bytes: [UInt8]) -> InvalidByte {
        var decoder = UTF8()
        var iterator = CountingIterator(base: bytes.makeIterator())
        while true {
            let before = iterator.consumed
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return InvalidByte(offset: bytes.count)
            case .error: return InvalidByte(offset: before)
            }
        }
    }

    /// Where the first byte that is not valid UTF-8 sits, counted from 0.
    public struct InvalidByte: Error, Sendable { public let offset: Int }

    /// The offset of the first byte that is not valid UTF-8, or nil when all of `bytes` is.
    public static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        return firstInvalidByte(bytes).offset
    }

    /// An iterator that counts the bytes taken from it.
    struct CountingIterator: IteratorProtocol {
        var base: IndexingIterator<[UInt8]>
        var consumed = 0
        mutating func next() -> UInt8? {
            let byte = base.next()
            if byte != nil { consumed += 1 }
            return byte
        }
    }
}
