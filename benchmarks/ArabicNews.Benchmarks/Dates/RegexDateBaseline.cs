using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ArabicNews.Benchmarks.Dates
{
    /// <summary>
    /// The date extractor a .NET user would write first: compiled regular expressions for numeric dates (d/m/y, y/m/d
    /// with / . -) and day–month–year with the twelve Egypt/Gulf month names, each match turned into a DateTime. It knows
    /// no other month system, no diacritics, no Arabic-Indic digits, no relative dates. Benchmark project only.
    /// </summary>
    public static class RegexDateBaseline
    {
        private static readonly string[] Months =
        {
            "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
        };

        private static readonly Regex Numeric = new Regex(
            @"\b(?:(?<d>\d{1,2})[/.\-](?<m>\d{1,2})[/.\-](?<y>\d{4})|(?<y>\d{4})[/.\-](?<m>\d{1,2})[/.\-](?<d>\d{1,2}))\b",
            RegexOptions.Compiled | RegexOptions.CultureInvariant);

        private static readonly Regex DayMonthYear = new Regex(
            @"(?<d>\d{1,2})\s+(?<month>" + string.Join("|", Months) + @")\s+(?<y>\d{4})",
            RegexOptions.Compiled | RegexOptions.CultureInvariant);

        public readonly record struct Found(int Start, int Length, DateTime Date);

        public static List<Found> Extract(string text)
        {
            var found = new List<Found>();
            foreach (Match match in Numeric.Matches(text))
            {
                Add(found, match, int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture));
            }

            foreach (Match match in DayMonthYear.Matches(text))
            {
                Add(found, match, Array.IndexOf(Months, match.Groups["month"].Value) + 1);
            }

            found.Sort((a, b) => a.Start.CompareTo(b.Start));
            return found;
        }

        private static void Add(List<Found> found, Match match, int month)
        {
            int day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
            int year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
            if (month >= 1 && month <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            {
                found.Add(new Found(match.Index, match.Length, new DateTime(year, month, day)));
            }
        }
    }
}
