import Foundation
import GeoModel

/// The parts of `ReportReader` that read through raw buffers: standard input read into a
/// block, and JSON Lines split on the UTF-8 bytes of the text.
extension ReportReader {
    /// Standard input, read in blocks and checked as it arrives, so that a stream that is not
    /// text (`/dev/zero`, a binary file) fails at its first bad byte instead of filling memory,
    /// and an endless one at `limit` bytes.
    /// - Throws: `ReportError.notText` at a NUL byte, `ReportError.invalidUTF8` (unless lenient)
    ///   at a byte that cannot be UTF-8, `ReportError.tooLong` past `limit` bytes,
    ///   `ReportError.unreadable` when reading fails.
    func readStandardInput(_ descriptor: Int32 = STDIN_FILENO, blockSize: Int = 1 << 20,
                           limit: Int = standardInputLimit) throws -> [UInt8] {
        var bytes: [UInt8] = []
        // Room for the whole limit up front (pages are only touched as they fill), so that growing
        // never holds an old and a new copy at once: peak memory stays near the bytes read.
        bytes.reserveCapacity(limit + 1)
        var checked = 0
        var block = [UInt8](repeating: 0, count: blockSize)
        while true {
            // One byte past the limit is asked for, to tell a stream of exactly `limit` bytes from a longer one.
            let wanted = Swift.min(blockSize, limit + 1 - bytes.count)
            let count = block.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, wanted) }
            if count < 0 {
                if errno == EINTR { continue }
                throw ReportError.unreadable(file: "<stdin>", reason: String(cString: strerror(errno)))
            }
            let atEnd = count == 0
            if let nul = block.prefix(count).firstIndex(of: 0) { throw ReportError.notText(file: "<stdin>", byteOffset: bytes.count + nul) }
            bytes += block.prefix(count)
            if bytes.count > limit { throw ReportError.tooLong(file: "<stdin>", limit: limit) }
            if !lenient, let bad = UTF8Validation.firstInvalidOffset(Array(bytes[checked...])) {
                // A sequence cut by the end of a block is judged when the next block comes.
                if atEnd || checked + bad < bytes.count - 3 { throw ReportError.invalidUTF8(file: "<stdin>", byteOffset: checked + bad) }
                checked += bad
            } else {
                checked = bytes.count
            }
            if atEnd { return bytes }
        }
    }

    func parseJSONLines(_ text: String, file: String) throws -> [Report] {
        var reports: [Report] = []
        let decoder = JSONDecoder()
        let stem = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        var text = text
        try text.withUTF8 { bytes in
            var start = 0
            var number = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                defer { start = end + 1 }
                number += 1
                let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                guard line.contains(where: { !Self.isJSONWhitespace($0) }) else { continue }
                reports.append(try parseJSONLine(Data(line), decoder: decoder, file: file, number: number, stem: stem))
            }
        }
        return reports
    }
}
