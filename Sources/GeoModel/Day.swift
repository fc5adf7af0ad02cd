import Foundation

/// A calendar day, free of time zones: Gregorian, and Foundation's Julian calendar before
/// October 1582. From 1600 on (`CivilCalendar.firstYear`) every operation is day counting;
/// earlier days go through Foundation's calendar.
public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Makes a day after checking that it exists in the calendar.
    /// - Throws: `GeoModelError.invalidDay` for a date such as February 30.
    public init(year: Int, month: Int, day: Int) throws {
        guard (1...9999).contains(year), (1...12).contains(month), (1...31).contains(day), Self.exists(year, month, day)
        else { throw GeoModelError.invalidDay(String(format: "%04d-%02d-%02d", year, month, day)) }
        self.year = year; self.month = month; self.day = day
    }

    /// The day with this number of days since 1970-01-01, in `CivilCalendar`'s range.
    init(dayNumber: Int) {
        (year, month, day) = CivilCalendar.civil(from: dayNumber)
    }

    /// True when the day of a month in range exists.
    private static func exists(_ year: Int, _ month: Int, _ day: Int) -> Bool {
        if year >= CivilCalendar.firstYear { return day <= CivilCalendar.daysInMonth(year: year, month: month) }
        var components = DateComponents()
        components.year = year; components.month = month; components.day = day
        guard let date = calendar.date(from: components) else { return false }
        return calendar.component(.day, from: date) == day
    }

    /// Days since 1970-01-01 (negative before it), for days from `CivilCalendar.firstYear` on.
    public var dayNumber: Int? {
        year >= CivilCalendar.firstYear ? CivilCalendar.dayNumber(year: year, month: month, day: day) : nil
    }

    /// Parses `YYYY-MM-DD`.
    /// - Throws: `GeoModelError.invalidDay` for any other text.
    public init(parsing text: String) throws {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { throw GeoModelError.invalidDay(text) }
        do { try self.init(year: y, month: m, day: d) } catch { throw GeoModelError.invalidDay(text) }
    }

    /// `YYYY-MM`.
    public var monthKey: String { String(description.prefix(7)) }

    /// The ISO 8601 week, as `2015-W41`.
    public var isoWeekKey: String {
        if let number = dayNumber, year > CivilCalendar.firstYear {
            // The week belongs to the year of its Thursday, and counts from that year's first Thursday.
            let thursday = number + 4 - CivilCalendar.isoWeekday(of: number)
            let weekYear = CivilCalendar.civil(from: thursday).year
            let week = (thursday - CivilCalendar.dayNumber(year: weekYear, month: 1, day: 1)) / 7 + 1
            return String(format: "%04d-W%02d", weekYear, week)
        }
        let date = self.date
        let week = Self.isoCalendar.component(.weekOfYear, from: date)
        let weekYear = Self.isoCalendar.component(.yearForWeekOfYear, from: date)
        return String(format: "%04d-W%02d", weekYear, week)
    }

    /// ISO weekday: 1 is Monday, 7 is Sunday.
    public var isoWeekday: Int {
        if let number = dayNumber { return CivilCalendar.isoWeekday(of: number) }
        let weekday = Self.calendar.component(.weekday, from: date) // 1 = Sunday
        return weekday == 1 ? 7 : weekday - 1
    }

    /// The day `count` days later (earlier when negative).
    public func adding(days count: Int) -> Day {
        if let number = dayNumber {
            let next = Day(dayNumber: number + count)
            if next.year >= CivilCalendar.firstYear { return next }
        }
        let next = Self.calendar.date(byAdding: .day, value: count, to: date)!
        return Day(date: next)
    }

    /// The number of days from `self` to `other`.
    public func days(to other: Day) -> Int {
        if let from = dayNumber, let to = other.dayNumber { return to - from }
        return Self.calendar.dateComponents([.day], from: date, to: other.date).day!
    }

    /// The Monday that starts this day's ISO week.
    public var startOfISOWeek: Day { adding(days: 1 - isoWeekday) }

    /// The first day of this day's month.
    public var startOfMonth: Day { try! Day(year: year, month: month, day: 1) }

    /// The last day of this day's month.
    public var endOfMonth: Day {
        if year >= CivilCalendar.firstYear { return try! Day(year: year, month: month, day: CivilCalendar.daysInMonth(year: year, month: month)) }
        let range = Self.calendar.range(of: .day, in: .month, for: date)!
        return try! Day(year: year, month: month, day: range.count)
    }

    /// Midnight UTC at the start of the day.
    public var date: Date {
        var components = DateComponents()
        components.year = year; components.month = month; components.day = day
        return Self.calendar.date(from: components)!
    }

    /// The UTC day a moment falls on.
    public init(date: Date) {
        let c = Self.calendar.dateComponents([.year, .month, .day], from: date)
        self.year = c.year!; self.month = c.month!; self.day = c.day!
    }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    private static let isoCalendar: Calendar = {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()
}
