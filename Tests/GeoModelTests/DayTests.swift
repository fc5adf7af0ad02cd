import GeoModel
import Testing

@Suite struct DayTests {
    @Test(arguments: [("2015-10-05", "2015-W41", 1), ("2016-01-01", "2015-W53", 5), ("2018-12-31", "2019-W01", 1)])
    func isoWeekAndWeekday(text: String, week: String, weekday: Int) throws {
        let day = try Day(parsing: text)
        #expect(day.isoWeekKey == week)
        #expect(day.isoWeekday == weekday)
    }

    @Test func arithmetic() throws {
        let day = try Day(parsing: "2016-02-28")
        #expect(day.adding(days: 2).description == "2016-03-01")
        #expect(day.days(to: try Day(parsing: "2016-03-01")) == 2)
        #expect(day.endOfMonth.description == "2016-02-29")
    }

    @Test(arguments: ["2015-02-30", "2015-13-01", "15-10-05", "yesterday"])
    func rejectsImpossibleDates(text: String) {
        #expect(throws: GeoModelError.self) { try Day(parsing: text) }
    }
}
