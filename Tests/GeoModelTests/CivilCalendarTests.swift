import GeoModel
import Testing
import TestSupport

/// `CivilCalendar`'s day counting, which the KML writer uses for week and month spans, agrees with `Day`'s calendar.
@Suite struct CivilCalendarTests {
    /// Seeded days from 1600 to 2400, plus the edges of years, leap days and century years.
    static func days() throws -> [Day] {
        var rng = SeededGenerator(seed: 7)
        var days = try ["1600-01-01", "1700-02-28", "1900-02-28", "1900-03-01", "2000-02-29", "2015-12-31", "2016-01-03",
                        "2020-12-28", "2021-01-03", "2100-02-28", "2399-12-31"].map(Day.init(parsing:))
        for _ in 0..<400 {
            let year = Int.random(in: 1600...2400, using: &rng), month = Int.random(in: 1...12, using: &rng)
            days.append(try Day(year: year, month: month, day: Int.random(in: 1...28, using: &rng)))
        }
        return days
    }

    @Test func dayNumbersRoundTripAndCountLikeDay() throws {
        let epoch = try Day(parsing: "1970-01-01")
        for day in try Self.days() {
            let number = CivilCalendar.dayNumber(year: day.year, month: day.month, day: day.day)
            #expect(number == epoch.days(to: day), "\(day)")
            let back = CivilCalendar.civil(from: number)
            #expect([back.year, back.month, back.day] == [day.year, day.month, day.day], "\(day)")
        }
    }

    @Test func weeksAndMonthsMatchDay() throws {
        for day in try Self.days() {
            let number = CivilCalendar.dayNumber(year: day.year, month: day.month, day: day.day)
            #expect(CivilCalendar.isoWeekday(of: number) == day.isoWeekday, "\(day)")
            let monday = CivilCalendar.civil(from: number - (CivilCalendar.isoWeekday(of: number) - 1))
            #expect([monday.year, monday.month, monday.day] == [day.startOfISOWeek.year, day.startOfISOWeek.month, day.startOfISOWeek.day])
            #expect(CivilCalendar.daysInMonth(year: day.year, month: day.month) == day.endOfMonth.day, "\(day)")
        }
    }
}
