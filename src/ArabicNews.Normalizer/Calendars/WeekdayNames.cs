using System;
using System.Linq;

namespace ArabicNews.Calendars
{
    /// <summary>
    /// Arabic weekday names (الأحد … السبت, with their spelling variants and an optional يوم before them), found in text in
    /// the same way as <see cref="MonthNames"/>.
    /// </summary>
    public static class WeekdayNames
    {
        // Only the forms with the article: أحد, جمعة and سبت alone are ordinary words ("one", "gathering", "Sabbath").
        private static readonly (string Text, DayOfWeek Day)[] Table =
        {
            ("الأحد", DayOfWeek.Sunday),
            ("الاثنين", DayOfWeek.Monday),
            ("الإثنين", DayOfWeek.Monday),
            ("الاتنين", DayOfWeek.Monday),
            ("الثلاثاء", DayOfWeek.Tuesday),
            ("الثلاثا", DayOfWeek.Tuesday),
            ("الأربعاء", DayOfWeek.Wednesday),
            ("الاربعا", DayOfWeek.Wednesday),
            ("الخميس", DayOfWeek.Thursday),
            ("الجمعة", DayOfWeek.Friday),
            ("السبت", DayOfWeek.Saturday),
        };

        private static readonly PhraseMatcher<WeekdayBox> Matcher = new PhraseMatcher<WeekdayBox>(
            Table.SelectMany(entry => new[]
            {
                (entry.Text, new WeekdayBox(entry.Day)),
                ("يوم " + entry.Text, new WeekdayBox(entry.Day)),
            }));

        /// <summary>Every written weekday name (without يوم), for lexicons that look for weekdays among other words.</summary>
        internal static System.Collections.Generic.IReadOnlyList<(string Text, DayOfWeek Day)> Entries => Table;

        /// <summary>The canonical name of a weekday (الأحد … السبت).</summary>
        public static string GetName(DayOfWeek day) => day switch
        {
            DayOfWeek.Sunday => "الأحد",
            DayOfWeek.Monday => "الاثنين",
            DayOfWeek.Tuesday => "الثلاثاء",
            DayOfWeek.Wednesday => "الأربعاء",
            DayOfWeek.Thursday => "الخميس",
            DayOfWeek.Friday => "الجمعة",
            DayOfWeek.Saturday => "السبت",
            _ => throw new ArgumentOutOfRangeException(nameof(day), day, "Not a day of the week."),
        };

        /// <summary>
        /// Matches a weekday name (with يوم before it when written) at <paramref name="position"/> or right after a proclitic
        /// there, ending at a word boundary. <paramref name="start"/> and <paramref name="length"/> locate it in the text.
        /// </summary>
        public static bool TryMatch(ReadOnlySpan<char> text, int position, out int start, out int length, out DayOfWeek day)
        {
            if (Matcher.TryMatch(text, position, out start, out length, out var box))
            {
                day = box!.Day;
                return true;
            }

            day = default;
            return false;
        }

        /// <summary>The weekday a whole name names, in any spelling the matching fold unifies.</summary>
        public static bool TryParse(ReadOnlySpan<char> name, out DayOfWeek day)
        {
            var trimmed = name.Trim();
            if (TryMatch(trimmed, 0, out int start, out int length, out day) && start == 0 && length == trimmed.Length)
            {
                return true;
            }

            day = default;
            return false;
        }

        // The matcher stores reference types; one box per weekday entry.
        private sealed class WeekdayBox
        {
            public WeekdayBox(DayOfWeek day) => Day = day;

            public DayOfWeek Day { get; }
        }
    }
}
