import GeoModel
import Pipeline
import Testing

/// A long single-line report is geoparsed window by window, with offsets into the whole text.
@Suite struct LongReportTests {
    @Test func windowsKeepOffsetsIntoTheWholeReport() throws {
        var geoparser = try SharedGeoparser.get()
        geoparser.windowLength = 400
        let sentence = "Shelling hit Zahlé and Aleppo on Monday, and talks went on in Geneva. "
        let text = String(repeating: sentence, count: 60)
        let report = Report(id: "long", date: nil, title: nil, url: nil, source: nil, text: text, origin: "test")
        var batches = 0
        var records: [PlaceMentionRecord] = []
        geoparser.forEachWindow(of: report) { batches += 1; records += $0 }
        #expect(batches > 5)
        #expect(records.count == 180)
        let scalars = Array(text.unicodeScalars)
        for record in records {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[record.span.start..<record.span.end])
            #expect(String(view) == record.mention)
        }
        #expect(Set(records.map(\.place.id)).count == 3)
    }
}
