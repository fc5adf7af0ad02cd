import GeoModel

/// A date found in text, with ACLED time precision.
public struct ResolvedDate: Sendable, Hashable {
    public var day: Day
    public var precision: TimePrecision

    public init(day: Day, precision: TimePrecision) {
        self.day = day
        self.precision = precision
    }
}

/// A date expression of a sentence: where it is, what it resolves to, and whether it dates the
/// reporting ("said Tuesday", "a statement released late Monday") rather than an event.
struct DateExpression {
    var date: ResolvedDate
    var tokenIndex: Int
    var datesReporting: Bool
}

/// Resolves the date expressions of a sentence against the report's publication date.
///
/// Weekdays ("on Wednesday", "late Monday", "Wednesday's") are the latest such day on or before
/// publication, and "last Friday" on a Friday is a week back. "Yesterday", "last night" and
/// "today" are days; "last week" and "this week" are weeks (precision 2) starting on the ISO
/// Monday; "earlier this month", "last month" and "in March" are months (precision 3).
/// "The night of November 8" and "8 November" take the report's year, or the year before when
/// that would put them after publication.
public enum DateResolver {
    static let weekdays: VocabularyMap<Int> = ["monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7]
    static let months: VocabularyMap<Int> = ["january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
                         "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3,
                         "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12]
    static let numberWords: VocabularyMap<Int> = ["one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "a": 1]
    /// Every word a date expression can end on, checked first so that other words cost one lookup.
    static let triggers = Vocabulary(weekdays.keys + months.keys + ["yesterday", "today", "tonight", "night", "week", "month", "ago", "earlier"])
    /// Words that, just before or after a date, make it the date of a statement.
    static let reportingWords: Vocabulary = [
        "said", "says", "told", "announced", "reported", "stated", "statement", "released", "published", "posted",
        "added", "claimed", "tweeted", "quoted", "interview", "briefing", "speaking",
    ]

    /// The first date expression in `sentence` resolved against `published`; nil when there is none.
    public static func resolve(in sentence: String, published: Day?) -> ResolvedDate? {
        guard let published else { return nil }
        return expressions(in: WordToken.tokens(of: sentence), published: published).first?.date
    }

    /// Every date expression in the words of a sentence, left to right.
    static func expressions(in tokens: [WordToken], published: Day) -> [DateExpression] {
        var found: [DateExpression] = []
        for i in tokens.indices where mayEndDate(tokens[i]) {
            guard let date = date(at: i, tokens: tokens, published: published) else { continue }
            let before = tokens[max(0, i - 4)..<i]
            let reporting = before.contains(where: { reportingWords.contains(stem($0)) })
                || (i + 1 < tokens.count && reportingWords.contains(stem(tokens[i + 1])))
            found.append(DateExpression(date: date, tokenIndex: i, datesReporting: reporting))
        }
        return found
    }

    /// True when a date expression may end on this word: a trigger word, a possessive one
    /// ("Wednesday's"), or ten characters starting with a digit (2015-10-06).
    @inline(__always)
    private static func mayEndDate(_ token: WordToken) -> Bool {
        token.isPossessive || triggers.contains(token) || isISODateShaped(token.word)
    }

    /// Ten bytes starting with a digit, as "2015-10-06".
    @inline(__always)
    private static func isISODateShaped(_ word: PackedWord) -> Bool {
        word.count == 10 && word[0] >= 0x30 && word[0] <= 0x39
    }

    /// A word without a possessive "'s": "Wednesday's" is read as "wednesday".
    @inline(__always)
    static func stem(_ token: WordToken) -> WordToken {
        guard token.isPossessive else { return token }
        var stem = token
        stem.word = token.word.droppingLast(2)
        return stem
    }

    private static func date(at i: Int, tokens: [WordToken], published: Day) -> ResolvedDate? {
        let token = stem(tokens[i])
        guard triggers.contains(token) || isISODateShaped(token.word) else { return nil }
        let word = token.lower
        let previousToken = i > 0 ? stem(tokens[i - 1]) : nil
        let previous = previousToken?.lower ?? ""
        let next = i + 1 < tokens.count ? stem(tokens[i + 1]).lower : ""
        if let weekday = weekdays[token] {
            var back = (published.isoWeekday - weekday + 7) % 7
            if previous == "last" && back == 0 { back = 7 }
            return ResolvedDate(day: published.adding(days: -back), precision: .day)
        }
        switch word {
        case "yesterday": return ResolvedDate(day: published.adding(days: -1), precision: .day)
        case "today", "tonight": return ResolvedDate(day: published, precision: .day)
        case "night" where previous == "last": return ResolvedDate(day: published.adding(days: -1), precision: .day)
        case "week" where ["last", "past", "previous"].contains(previous):
            return ResolvedDate(day: published.adding(days: -7).startOfISOWeek, precision: .week)
        case "week" where previous == "this" || (previous == "the" && i >= 2 && stem(tokens[i - 2]).is("earlier")):
            return ResolvedDate(day: published.startOfISOWeek, precision: .week)
        case "month" where previous == "this" || (previous == "the" && i >= 2 && stem(tokens[i - 2]).is("earlier")):
            return ResolvedDate(day: published.startOfMonth, precision: .month)
        case "month" where previous == "last":
            return ResolvedDate(day: published.startOfMonth.adding(days: -1).startOfMonth, precision: .month)
        case "ago" where i >= 2, "earlier" where i >= 2:
            // "two days ago", "three days earlier"
            let count = stem(tokens[i - 2])
            guard previous == "days" || previous == "day",
                  let count = Int(count.lower) ?? numberWords[count], count < 31 else { return nil }
            return ResolvedDate(day: published.adding(days: -count), precision: .day)
        default: break
        }
        if isISODateShaped(token.word), let day = try? Day(parsing: word) { return ResolvedDate(day: day, precision: .day) }
        guard let month = months[token] else { return nil }
        // "May" the month is capitalised or followed by a day; "may" is a modal verb.
        if word == "may", !tokens[i].isCapitalized { return nil }
        if word.utf8.count <= 3, word != "may", Int(next) == nil { return nil }
        var dayNumber: Int?
        var year: Int?
        if let d = Int(next), (1...31).contains(d) {
            dayNumber = d
            if i + 2 < tokens.count, let y = Int(stem(tokens[i + 2]).lower), y > 1900 { year = y }
        } else if let d = Int(previous), (1...31).contains(d) {
            dayNumber = d
            if let y = Int(next), y > 1900 { year = y }
        } else if let y = Int(next), y > 1900 {
            year = y
        }
        if let dayNumber {
            var y = year ?? published.year
            if year == nil, let candidate = try? Day(year: y, month: month, day: dayNumber), candidate > published { y -= 1 }
            if let day = try? Day(year: y, month: month, day: dayNumber) { return ResolvedDate(day: day, precision: .day) }
            return nil
        }
        if previous == "in" || previous == "since" || previous == "early" || previous == "late" || previous == "mid" || year != nil {
            var y = year ?? published.year
            if year == nil, month > published.month { y -= 1 }
            if let day = try? Day(year: y, month: month, day: 1) { return ResolvedDate(day: day, precision: .month) }
        }
        return nil
    }
}
