import GeoModel

/// A date found in text, with ACLED time precision.
public struct ResolvedDate: Sendable, Hashable {
    public var day: Day
    public var precision: TimePrecision
}

/// Resolves the date expressions of a sentence against the report's publication date.
public enum DateResolver {
    static let weekdays = ["monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7]
    static let months = ["january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
                         "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3,
                         "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12]

    /// The first date expression in `sentence`, resolved against `published`; nil when there is none.
    public static func resolve(in sentence: String, published: Day?) -> ResolvedDate? {
        guard let published else { return nil }
        let words = WordToken.tokens(of: sentence).map(\.lower)
        for (i, word) in words.enumerated() {
            let previous = i > 0 ? words[i - 1] : ""
            if let weekday = weekdays[word] {
                var back = (published.isoWeekday - weekday + 7) % 7
                if previous == "last" && back == 0 { back = 7 }
                return ResolvedDate(day: published.adding(days: -back), precision: .day)
            }
            if word == "yesterday" { return ResolvedDate(day: published.adding(days: -1), precision: .day) }
            if word == "today" || word == "tonight" { return ResolvedDate(day: published, precision: .day) }
            if let month = months[word], word.count > 3 || (i + 1 < words.count && Int(words[i + 1]) != nil) {
                // "November 8" / "8 November", with an optional year.
                var dayNumber: Int?
                var year: Int?
                if i + 1 < words.count, let d = Int(words[i + 1]), (1...31).contains(d) {
                    dayNumber = d
                    if i + 2 < words.count, let y = Int(words[i + 2]), y > 1900 { year = y }
                } else if i >= 1, let d = Int(words[i - 1]), (1...31).contains(d) {
                    dayNumber = d
                    if i + 1 < words.count, let y = Int(words[i + 1]), y > 1900 { year = y }
                }
                if let dayNumber {
                    var y = year ?? published.year
                    if year == nil, let candidate = try? Day(year: y, month: month, day: dayNumber), candidate > published { y -= 1 }
                    if let day = try? Day(year: y, month: month, day: dayNumber) { return ResolvedDate(day: day, precision: .day) }
                }
                if previous == "in" || previous == "since", year == nil {
                    var y = published.year
                    if month > published.month { y -= 1 }
                    if let day = try? Day(year: y, month: month, day: 1) { return ResolvedDate(day: day, precision: .month) }
                }
            }
            if word == "week", previous == "last" || previous == "past" || previous == "this" {
                return ResolvedDate(day: published.adding(days: previous == "this" ? 0 : -7).startOfISOWeek, precision: .week)
            }
            if word == "month", previous == "this", i >= 2, words[i - 2] == "earlier" {
                return ResolvedDate(day: published.startOfMonth, precision: .month)
            }
            if word == "month", previous == "last" {
                return ResolvedDate(day: published.startOfMonth.adding(days: -1).startOfMonth, precision: .month)
            }
        }
        return nil
    }
}
