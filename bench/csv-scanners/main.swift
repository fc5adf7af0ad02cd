// scanner_fields: splits a CSV file into fields with IncidentFiles' CSVScanner (compiled in beside this file)
// and counts fields and rows: the peer of libcsv_fields.c in bench/bench-csv-scanners.sh.
import Foundation

let path = CommandLine.arguments[1]
guard let data = FileManager.default.contents(atPath: path) else { fatalError("cannot read \(path)") }
let started = DispatchTime.now()
var rows = 0, fieldCount = 0
data.withUnsafeBytes { raw in
    let bytes = raw.bindMemory(to: UInt8.self)
    var fields: [CSVScanner.Field] = []
    var start = 0
    while start < bytes.count {
        guard case let .record(next, _) = CSVScanner.scanRecord(bytes, from: start, isLast: true, fields: &fields) else {
            fatalError("bad record at byte \(start)")
        }
        rows += 1
        fieldCount += fields.count
        start = next
    }
}
let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
print(String(format: "CSVScanner: %d rows, %d fields in %.3f s = %.0f MB/s", rows, fieldCount, seconds, Double(data.count) / seconds / 1e6))
