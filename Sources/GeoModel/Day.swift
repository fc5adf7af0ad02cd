import Foundation

/// A calendar day in the proleptic Gregorian calendar, free of time zones.
public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Makes a day after checking that it exists in the calendar.
    /// - Throws: `GeoModelError.invalidDay` for a date such as February 30.
    public init(year: Int, month: Int, day: Int) throws {
        var components = DateComponents()
        components.year = year; components.month = month; components.day = day
        guard (1...9999).contains(year), (1...12).contains(month), (1...31).contains(day),
              let date = Self.calendar.date(from: components),
              Self.calendar.component(.day, from: date) == day
        else { throw GeoModelError.invalidDay(String(format: "%04d-%02d-%02d", year, month, day)) }
        self.year = year; self.month = month; self.day = day
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

    /// `YYYY-MM-DD`.
    public var description: String { "\(Self.padded(year, 4))-\(Self.padded(month, 2))-\(Self.padded(day, 2))" }

    /// `YYYY-MM`.
    public var monthKey: String { "\(Self.padded(year, 4))-\(Self.padded(month, 2))" }

    /// A non-negative number with leading zeros to `width` digits, without going through `String(format:)`.
    static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    /// The ISO 8601 week, as `2015-W41`.
    public var isoWeekKey: String {
        let date = self.date
        let week = Self.isoCalendar.component(.weekOfYear, from: date)
        let weekYear = Self.isoCalendar.component(.yearForWeekOfYear, from: date)
        return String(format: "%04d-W%02d", weekYear, week)
    }

    /// ISO weekday: 1 is Monday, 7 is Sunday.
    public var isoWeekday: Int {
        let weekday = Self.calendar.component(.weekday, from: date) // 1 = Sunday
        return weekday == 1 ? 7 : weekday - 1
    }

    /// The day `count` days later (earlier when negative).
    public func adding(days count: Int) -> Day {
        let next = Self.calendar.date(byAdding: .day, value: count, to: date)!
        return Day(date: next)
    }

    /// The number of days from `self` to `other`.
    public func days(to other: Day) -> Int {
        Self.calendar.dateComponents([.day], from: date, to: other.date).day!
    }

    /// The Monday that starts this day's ISO week.
    public var startOfISOWeek: Day { adding(days: 1 - isoWeekday) }

    /// The first day of this day's month.
    public var startOfMonth: Day { try! Day(year: year, month: month, day: 1) }

    /// The last day of this day's month.
    public var endOfMonth: Day {
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
