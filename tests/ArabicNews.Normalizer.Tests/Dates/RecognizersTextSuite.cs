using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using ArabicNews.Dates;

namespace ArabicNews.Tests.Dates
{
    /// <summary>
    /// Runs the Arabic date specs of Microsoft Recognizers-Text (Data/recognizers-text-ar, MIT) against the extractor:
    /// spans by overlap (the suite includes prepositions such as في in some spans and not in others), values where the
    /// suite checks them and they are comparable (its resolution for the past, which is this library's policy).
    /// </summary>
    internal static class RecognizersTextSuite
    {
        public sealed record Expected(string Text, int Start, int Length, string? Timex, string? PastDate, string? PastStart, string? PastEnd);

        public sealed record Case(string File, int Index, string Input, DateTime? Reference, bool ValueChecked, Expected[] Results);

        public sealed record Outcome(Case Case, bool Passed, string Found);

        public static string DataDirectory => Path.Combine(AppContext.BaseDirectory, "Data", "recognizers-text-ar");

        public static IReadOnlyList<Case> Load(string file)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(DataDirectory, file)));
            var cases = new List<Case>();
            int index = 0;
            foreach (var item in json.RootElement.EnumerateArray())
            {
                DateTime? reference = null;
                if (item.TryGetProperty("Context", out var context) && context.TryGetProperty("ReferenceDateTime", out var refText))
                {
                    reference = DateTime.Parse(refText.GetString()!.Substring(0, 19), CultureInfo.InvariantCulture);
                }

                bool ignore = item.TryGetProperty("IgnoreResolution", out var ignoreText) && ignoreText.GetString() == "true";
                var results = item.GetProperty("Results").EnumerateArray().Select(r =>
                {
                    string? timex = null, past = null, pastStart = null, pastEnd = null;
                    if (r.TryGetProperty("Value", out var value) && value.ValueKind == JsonValueKind.Object)
                    {
                        timex = value.TryGetProperty("Timex", out var t) ? t.GetString() : null;
                        if (value.TryGetProperty("PastResolution", out var resolution) && resolution.ValueKind == JsonValueKind.Object)
                        {
                            past = resolution.TryGetProperty("date", out var d) ? d.GetString() : null;
                            pastStart = resolution.TryGetProperty("startDate", out var s) ? s.GetString() : null;
                            pastEnd = resolution.TryGetProperty("endDate", out var e) ? e.GetString() : null;
                        }
                    }

                    return new Expected(r.GetProperty("Text").GetString()!, r.GetProperty("Start").GetInt32(), r.GetProperty("Length").GetInt32(), timex, past, pastStart, pastEnd);
                }).ToArray();
                bool isParser = file.Contains("Parser");
                cases.Add(new Case(file, index++, item.GetProperty("Input").GetString()!, reference, isParser && !ignore, results));
            }

            return cases;
        }

        public static Outcome Run(Case c)
        {
            var mentions = ArabicDateExtractor.Default.Extract(c.Input, c.Reference ?? new DateTime(2016, 11, 7));
            string found = string.Join(" ; ", mentions.Select(m => $"«{m.Text}»@{m.Start}={m.Value}"));
            bool spans = c.Results.All(e => mentions.Any(m => Overlaps(m, e)))
                && mentions.All(m => c.Results.Any(e => Overlaps(m, e)));
            bool values = !c.ValueChecked || c.Results.All(e => mentions.Where(m => Overlaps(m, e)).Any(m => ValueMatches(m, e)));
            return new Outcome(c, spans && values, found);
        }

        private static bool Overlaps(DateMention m, Expected e) => m.Start < e.Start + e.Length && e.Start < m.End;

        /// <summary>The suite's past resolution: a day, or a [start, end) pair for a month, a year, a week or a range.</summary>
        private static bool ValueMatches(DateMention m, Expected e)
        {
            var value = m.Value;
            if (e.PastDate is not null)
            {
                return !value.IsInterval && value.Start.Precision is DatePrecision.Day or DatePrecision.Minute && value.Start.ToString().Substring(0, 10) == e.PastDate;
            }

            if (e.PastStart is null || e.PastEnd is null)
            {
                return e.Timex is not null && value.ToString() == e.Timex; // seasons carry a timex only
            }

            return ToHalfOpen(value) is (string start, string end) && start == e.PastStart && (end == e.PastEnd || Inclusive(value) == e.PastEnd);
        }

        private static string? Inclusive(TemporalValue value) =>
            value.IsInterval && value.End.Precision == DatePrecision.Day ? value.End.ToString() : null;

        private static (string, string)? ToHalfOpen(TemporalValue value)
        {
            var v = value.Start;
            if (!v.HasYear)
            {
                return null;
            }

            DateTime start, end;
            switch (v.Precision)
            {
                case DatePrecision.Year:
                    start = new DateTime(v.Year, 1, 1);
                    end = start.AddYears(value.IsInterval ? value.End.Year - v.Year + 1 : 1);
                    break;
                case DatePrecision.Month:
                    start = new DateTime(v.Year, v.Month, 1);
                    end = start.AddMonths(1);
                    break;
                case DatePrecision.Quarter:
                    start = new DateTime(v.Year, (v.Part - 1) * 3 + 1, 1);
                    end = start.AddMonths(3);
                    break;
                case DatePrecision.Week:
                    start = ISOWeek.ToDateTime(v.Year, v.Part, DayOfWeek.Monday);
                    end = start.AddDays(7);
                    break;
                case DatePrecision.Day:
                    start = new DateTime(v.Year, v.Month, v.Day);
                    end = value.IsInterval ? new DateTime(value.End.Year, value.End.Month, value.End.Day) : start.AddDays(1);
                    break;
                default:
                    return null;
            }

            return (start.ToString("yyyy-MM-dd"), end.ToString("yyyy-MM-dd"));
        }
    }
}
