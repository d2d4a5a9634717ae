using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ArabicNews.Calendars;
using ArabicNews.Dates;

namespace ArabicNews.Tests.Dates
{
    /// <summary>
    /// The Wojood sample (Data/wojood-sample, MIT): DATE/TIME spans of real Arabic text, without values. Loads the
    /// sentences, sorts each gold span into a bucket, and runs the extractor over every sentence with no reference date.
    /// </summary>
    internal static class WojoodSuite
    {
        public enum Bucket
        {
            /// <summary>The span holds an ASCII or Arabic-Indic digit.</summary>
            Digit,

            /// <summary>No digit, but a month name starts at one of its words.</summary>
            MonthName,

            /// <summary>No digit, no month name, but a relative word (اليوم، أمس، الماضي، قبل …).</summary>
            Relative,

            /// <summary>Everything else: eras, decades, frequencies, durations without digits, ages, bare unit nouns.</summary>
            OtherVague,
        }

        public sealed record Gold(string Id, int Start, int Length, string Text, string Type, Bucket Bucket)
        {
            public int End => Start + Length;
        }

        public sealed record Sentence(string Id, string Text, Gold[] Spans);

        public static string DataDirectory => Path.Combine(AppContext.BaseDirectory, "Data", "wojood-sample");

        /// <summary>
        /// No reference date and no dateline: Wojood has no values, and a sentence that happens to start with a full
        /// date must not change what the rest of it yields.
        /// </summary>
        public static readonly ArabicDateExtractor Extractor = new ArabicDateExtractor(new ArabicDateExtractorOptions { UseDateline = false });

        public static IReadOnlyList<Sentence> Load()
        {
            var sentences = new List<Sentence>();
            foreach (var line in File.ReadLines(Path.Combine(DataDirectory, "dates.jsonl")))
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                string id = root.GetProperty("id").GetString()!;
                string text = root.GetProperty("text").GetString()!;
                var spans = root.GetProperty("spans").EnumerateArray().Select(s =>
                {
                    int start = s.GetProperty("start").GetInt32();
                    int length = s.GetProperty("length").GetInt32();
                    string spanText = s.GetProperty("text").GetString()!;
                    return new Gold(id, start, length, spanText, s.GetProperty("type").GetString()!, Classify(spanText));
                }).ToArray();
                sentences.Add(new Sentence(id, text, spans));
            }

            return sentences;
        }

        /// <summary>
        /// The bucket rule, first match wins: a digit (ASCII, Arabic-Indic or extended Arabic-Indic); else a month name
        /// (<see cref="MonthNames.TryMatch"/>, which also takes a proclitic و ب ل ف) at the start of some word; else a
        /// relative word (<see cref="RelativeWords"/>, after dropping one proclitic and the diacritics); else other.
        /// </summary>
        public static Bucket Classify(string span)
        {
            if (span.Any(c => c is >= '0' and <= '9' or >= '\u0660' and <= '\u0669' or >= '\u06F0' and <= '\u06F9'))
            {
                return Bucket.Digit;
            }

            for (int i = 0; i < span.Length; i++)
            {
                if ((i == 0 || span[i - 1] == ' ') && MonthNames.TryMatch(span.AsSpan(), i, out _))
                {
                    return Bucket.MonthName;
                }
            }

            foreach (var token in span.Split(' '))
            {
                string bare = new string(token.Where(c => c is not ('\u0640' or >= '\u064B' and <= '\u0652')).ToArray());
                if (RelativeWords.Contains(bare) || (bare.Length > 2 && "وفبل".IndexOf(bare[0]) >= 0 && RelativeWords.Contains(bare.Substring(1))))
                {
                    return Bucket.Relative;
                }
            }

            return Bucket.OtherVague;
        }

        /// <summary>
        /// Words that make a span relative to the time of writing: the deictic days and "now", the modifiers of a unit
        /// (الماضي، القادم، الجاري …, with the Levantine الجايي), and the anchors before an amount (قبل، منذ، بعد).
        /// Spelled as the sample spells them, without diacritics.
        /// </summary>
        private static readonly HashSet<string> RelativeWords = new HashSet<string>(StringComparer.Ordinal)
        {
            "اليوم", "أمس", "امس", "البارحة", "غدا", "بكرا", "بكره", "الآن", "الان", "حاليا",
            "الماضي", "الماضية", "المنصرم", "الفائت", "السابق", "السابقة", "الأخيرة", "الاخيرة", "الأخير", "الاخير",
            "القادم", "القادمة", "المقبل", "المقبلة", "الجاري", "الجارية", "الحالي", "الحالية", "الجايي", "هذا", "هذه",
            "قبل", "منذ", "بعد",
        };

        public static bool Overlaps(DateMention m, Gold g) => m.Start < g.End && g.Start < m.End;

        public static bool SameSpan(DateMention m, Gold g) => m.Start == g.Start && m.Length == g.Length;
    }
}
