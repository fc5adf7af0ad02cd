import GeoModel
@testable import Layers
import Testing

/// The KML writer's week and month spans, which it counts with `CivilCalendar`, match `Day`'s.
@Suite struct KMLTimeSpanTests {
    /// Days every 97 days from 1600 to 2400 (so every weekday and month comes up), plus leap days and century years.
    static func days() throws -> [Day] {
        let first = try Day(parsing: "1600-01-01")
        let edges = try ["1900-02-28", "1900-03-01", "2000-02-29", "2015-12-31", "2016-01-03", "2020-12-28", "2100-02-28"].map(Day.init(parsing:))
        return edges + stride(from: 0, through: first.days(to: try Day(parsing: "2400-12-31")), by: 97).map { first.adding(days: $0) }
    }

    @Test func kmlTimeSpansMatchDaysSpans() throws {
        for day in try Self.days() {
            for precision in [TimePrecision.week, .month] {
                var incident = LayerFixtures.incidents[0]
                incident.eventDate = day
                incident.timePrecision = precision
                let written = LayerFixtures.render { KMLWriter.writeTime(incident, to: $0) }
                let span = precision == .week ? (day.startOfISOWeek, day.startOfISOWeek.adding(days: 6)) : (day.startOfMonth, day.endOfMonth)
                #expect(written == "<TimeSpan><begin>\(span.0)</begin><end>\(span.1)</end></TimeSpan>\n", "\(day) \(precision)")
            }
        }
    }
}
