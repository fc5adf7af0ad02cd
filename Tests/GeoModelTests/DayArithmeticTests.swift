import Foundation
import GeoModel
import TestSupport
import Testing

/// `Day` counts days from 1600 on instead of asking Foundation's calendar: seeded days from 1600
/// to 2400 must get from it exactly what Foundation's Gregorian calendar (in UTC) gives.
@Suite struct DayArithmeticTests {
    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()
    static let isoCalendar: Calendar = {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    static func foundationDate(_ year: Int, _ month: Int, _ day: Int) -> Date? {
        calendar.date(from: DateComponents(year: year, month: month, day: day))
    }

    @Test func weekdaysWeeksAndSumsAgreeWithFoundation() throws {
        var random = SeededGenerator(seed: 1600)
        for _ in 0..<2_000 {
            let year = Int.random(in: 1601...2399, using: &random), month = Int.random(in: 1...12, using: &random)
            let dayOfMonth = Int.random(in: 1...28, using: &random), offset = Int.random(in: -400...400, using: &random)
            let day = try Day(year: year, month: month, day: dayOfMonth)
            let date = try #require(Self.foundationDate(year, month, dayOfMonth))
            let weekday = Self.calendar.component(.weekday, from: date)
            #expect(day.isoWeekday == (weekday == 1 ? 7 : weekday - 1), "\(day)")
            let week = Self.isoCalendar.component(.weekOfYear, from: date), weekYear = Self.isoCalendar.component(.yearForWeekOfYear, from: date)
            #expect(day.isoWeekKey == String(format: "%04d-W%02d", weekYear, week), "\(day)")
            let later = try #require(Self.calendar.date(byAdding: .day, value: offset, to: date))
            let parts = Self.calendar.dateComponents([.year, .month, .day], from: later)
            #expect(day.adding(days: offset) == (try Day(year: parts.year!, month: parts.month!, day: parts.day!)), "\(day) + \(offset)")
            #expect(day.days(to: day.adding(days: offset)) == offset)
        }
    }

    @Test func everyDayOfAYearExistsAndNoOtherDoes() throws {
        for year in [1700, 1900, 2000, 2016, 2023] {
            var count = 0
            for month in 1...12 {
                for dayOfMonth in 1...31 {
                    let exists = Self.foundationDate(year, month, dayOfMonth).map { Self.calendar.component(.day, from: $0) == dayOfMonth } ?? false
                    let made = (try? Day(year: year, month: month, day: dayOfMonth)) != nil
                    #expect(made == exists, "\(year)-\(month)-\(dayOfMonth)")
                    if exists { count += 1 }
                }
            }
            #expect(count == (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 366 : 365))
        }
    }

    @Test(arguments: [(1, 1, 1, "0001-01-01"), (2015, 10, 5, "2015-10-05"), (9999, 12, 31, "9999-12-31")])
    func describesWithZeros(year: Int, month: Int, day: Int, text: String) throws {
        #expect(try Day(year: year, month: month, day: day).description == text)
    }

    @Test func daysBefore1600StillGoThroughFoundation() throws {
        // Foundation's Gregorian calendar is Julian before October 1582: 1500 was a leap year there.
        #expect((try? Day(year: 1500, month: 2, day: 29)) != nil)
        #expect(try Day(parsing: "1500-03-01").adding(days: -1).description == "1500-02-29")
    }
}
