/// Strict UTF-8 decoding that reports where the first bad byte is.
enum UTF8Validation {
    /// Decodes `bytes`, or returns the offset of the first byte that is not valid UTF-8.
    static func decode(_ bytes: [UInt8]) -> Result<String, InvalidByte> {
        var decoder = UTF8()
        var iterator = CountingIterator(base: bytes.makeIterator())
        var scalars = String.UnicodeScalarView()
        while true {
            let before = iterator.consumed
            switch decoder.decode(&iterator) {
            case let .scalarValue(scalar): scalars.append(scalar)
            case .emptyInput: return .success(String(scalars))
            case .error: return .failure(InvalidByte(offset: before))
            }
        }
    }

    struct InvalidByte: Error { let offset: Int }

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
