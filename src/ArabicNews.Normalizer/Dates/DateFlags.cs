using System;

namespace ArabicNews.Dates
{
    /// <summary>What else is true of a <see cref="DateMention"/>: how it was resolved, and where the text contradicts itself.</summary>
    [Flags]
    public enum DateFlags
    {
        /// <summary>Nothing to report.</summary>
        None = 0,

        /// <summary>The value needed the reference date (الماضي، المقبل، اليوم، a weekday, a day or month with no year).</summary>
        Relative = 1 << 0,

        /// <summary>The text names part of the value only loosely (منتصف، مطلع، أواخر، a season).</summary>
        Approximate = 1 << 1,

        /// <summary>The article's own publication stamp.</summary>
        Dateline = 1 << 2,

        /// <summary>Warning: the weekday written before the date is not the date's weekday (the date is kept).</summary>
        WeekdayMismatch = 1 << 3,

        /// <summary>Warning: two names of one month disagree (<c>يناير/كانون الأول</c>); the first name wins.</summary>
        MonthConflict = 1 << 4,

        /// <summary>Warning: the Hijri and Gregorian halves of a dual date are not the same day (the first half wins).</summary>
        CalendarMismatch = 1 << 5,

        /// <summary>The mention is a length of time, or a day counted from the reference (قبل يومين).</summary>
        Duration = 1 << 6,

        /// <summary>The day recurs every year (<c>21 آذار من كل عام</c>); its year is <c>XXXX</c>.</summary>
        Recurring = 1 << 7,

        /// <summary>The flags that are warnings about the text.</summary>
        Warnings = WeekdayMismatch | MonthConflict | CalendarMismatch,
    }
}
