using System;
using System.Linq;
using ArabicNews.Calendars;
using ArabicNews.Dates;
using Xunit;

namespace ArabicNews.Tests.Dates
{
    /// <summary>The constructions read beyond the list, the lexicon's coverage of the calendar tables, and limits.</summary>
    public class MoreConstructionTests
    {
        private static readonly DateTime Reference = new DateTime(2024, 2, 1);

        private static string ValueOf(string text, DateTime? reference = null) =>
            Assert.Single(ArabicDateExtractor.Default.Extract(text, reference ?? Reference)).Value.ToString();

        [Theory]
        [InlineData("هذا الشهر", "2024-02")]
        [InlineData("هذا العام", "2024")]
        [InlineData("هذا الأسبوع", "2024-W05")]
        [InlineData("هذا مارس", "2024-03")]
        [InlineData("15 من هذا الشهر", "2024-02-15")]
        [InlineData("4 الشهر المقبل", "2024-03-04")]
        [InlineData("يونيو من العام الماضي", "2023-06")]
        [InlineData("يونيو العام المقبل", "2025-06")]
        [InlineData("مارس هذا العام", "2024-03")]
        [InlineData("بعد غد", "2024-02-03")]
        [InlineData("أول أمس", "2024-01-30")]
        [InlineData("من 2014 إلى 2018", "2014/2018")]
        [InlineData("2. أكتوبر 2020", "2020-10-02")]
        [InlineData("16. نوفمبر. 2016", "2016-11-16")]
        [InlineData("منتصف مارس", "2023-03")]
        [InlineData("الشهر التالي", "2024-03")]
        public void ReadsThem(string text, string value)
        {
            Assert.Equal(value, ValueOf(text));
        }

        [Theory]
        [InlineData("نحو 21 يوماً", "P21D")]
        [InlineData("أكثر من شهر", "P1M")]
        [InlineData("نحو 3 أعوام", "P3Y")]
        [InlineData("ثلاثة أيام", "P3D")]
        [InlineData("10 سنوات", "P10Y")]
        [InlineData("حوالي عامين", "P2Y")]
        [InlineData("أسبوعين", null)]           // a dual alone is a word, not a mention
        [InlineData("ثلاثة جنود", null)]
        [InlineData("2500 جندي", null)]
        public void Durations(string text, string? value)
        {
            var mentions = ArabicDateExtractor.Default.Extract(text, Reference);
            if (value is null)
            {
                Assert.Empty(mentions);
                return;
            }

            var mention = Assert.Single(mentions);
            Assert.Equal(text, mention.Text);
            Assert.Equal(value, mention.Value.ToString());
            Assert.Equal(DateMentionKind.Duration, mention.Kind);
            Assert.True(mention.Flags.HasFlag(DateFlags.Duration));
            Assert.Null(mention.Hijri);
        }

        [Fact]
        public void AYearAfterAnApproximatorIsAYear()
        {
            var mention = Assert.Single(ArabicDateExtractor.Default.Extract("أكثر من عام 2014", Reference));
            Assert.Equal("عام 2014", mention.Text);
            Assert.Equal("2014", mention.Value.ToString());
        }

        [Fact]
        public void ImpossibleDaysAreSkippedWhole()
        {
            Assert.Empty(ArabicDateExtractor.Default.Extract("31 فبراير 2015", Reference));
            Assert.Empty(ArabicDateExtractor.Default.Extract("31 من هذا الشهر", Reference)); // February 2024 has 29 days
            Assert.Empty(ArabicDateExtractor.Default.Extract("الحادي والثلاثين من نوفمبر 2016", Reference)); // not "الثلاثين من نوفمبر"
            for (int month = 1; month <= 12; month++)
            {
                // Day 30 of a Hijri month exists only in the 30-day months of Umm al-Qura.
                string text = $"30 {MonthNames.GetName(month, MonthSystem.Hijri)} 1445";
                int expected = HijriCalendar.GetDaysInMonth(1445, month) == 30 ? 1 : 0;
                Assert.Equal(expected, ArabicDateExtractor.Default.Extract(text, Reference).Count);
            }
        }

        [Fact]
        public void EveryMonthNameOfTheTablesIsRead()
        {
            foreach (var name in MonthNames.All)
            {
                // A day and a year make even an ambiguous name a month; Libyan names need a year they were used in.
                string text = $"3 {name.Text} {(name.Systems == MonthSystems.Hijri ? 1440 : 1990)}";
                var mention = Assert.Single(ArabicDateExtractor.Default.Extract(text, Reference));
                Assert.Equal(text, mention.Text);
                Assert.Equal(name.Month, mention.Value.Start.Month);
                Assert.Equal(name.Systems == MonthSystems.Hijri ? DateCalendar.Hijri : DateCalendar.Gregorian, mention.Calendar);
            }
        }

        [Fact]
        public void EveryWeekdayNameIsRead()
        {
            foreach (DayOfWeek day in Enum.GetValues(typeof(DayOfWeek)))
            {
                string name = WeekdayNames.GetName(day);
                var mention = Assert.Single(ArabicDateExtractor.Default.Extract(name, Reference));
                Assert.Equal(day, new DateTime(mention.Value.Start.Year, mention.Value.Start.Month, mention.Value.Start.Day).DayOfWeek);
                Assert.Equal("يوم " + name, Assert.Single(ArabicDateExtractor.Default.Extract("يوم " + name, Reference)).Text);
            }
        }

        [Fact]
        public void LexiconKeysAreFixedPointsOfTheFold()
        {
            // The keys are built with the matcher's KeyOf, so folding a key again changes nothing.
            foreach (string text in new[] { "الماضي", "المقبلة", "غداً", "الحادي والعشرين", "هـ", "للهجرة", "أول أمس" })
            {
                string key = ArabicNews.Calendars.PhraseMatcher<DateWord>.KeyOf(text);
                Assert.Equal(key, ArabicNews.Calendars.PhraseMatcher<DateWord>.KeyOf(key));
                Assert.True(DateLexicon.TryMatch(text.AsSpan(), 0, out var word, out _, out int end), text);
                Assert.Equal(text.Length, end);
                Assert.Equal(key, word!.Key);
            }
        }

        [Theory]
        [InlineData("digits and slashes")]
        [InlineData("month names")]
        [InlineData("no spaces")]
        public void AdversarialInputsGiveWellFormedResults(string kind)
        {
            string text = AdversarialText(kind, 1 << 20);
            var mentions = ArabicDateExtractor.Default.Extract(text, Reference);
            int previousEnd = 0;
            foreach (var mention in mentions)
            {
                Assert.True(mention.Start >= previousEnd);
                Assert.Equal(text.Substring(mention.Start, mention.Length), mention.Text);
                previousEnd = mention.End;
            }

            // The month-name input is a mention per name; the others hold no date a reader would accept.
            if (kind == "month names")
            {
                Assert.True(mentions.Count > 1000);
            }
        }

        [Fact]
        public void AllocatesForMentionsOnly()
        {
            // A megabyte of news words with no date: nothing at all (the result is the shared empty array).
            var builder = new System.Text.StringBuilder();
            while (builder.Length < 1 << 19)
            {
                builder.Append("قال الرئيس العراقي إن القوات الأميركية والتحالف الدولي سيبقون، وأضاف: «لا انسحاب» ");
            }

            string text = builder.ToString();
            ArabicDateExtractor.Default.Extract(text, Reference); // warm the tables

            // The least of three runs: a one-off runtime allocation on this thread (tiering, a type load) is not the
            // extractor's, while an allocation per word shows in every run (about 100,000 words here).
            long allocated = long.MaxValue;
            for (int run = 0; run < 3; run++)
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                var none = ArabicDateExtractor.Default.Extract(text, Reference);
                allocated = Math.Min(allocated, GC.GetAllocatedBytesForCurrentThread() - before);
                Assert.Empty(none);
            }

            Assert.True(allocated == 0, $"{allocated} bytes for a text with no date");
        }

        [Fact]
        public void AMentionCutsItsTextOnlyWhenAskedAndThenKeepsIt()
        {
            // Month names back to back: a mention every few words. A mention is one object until its text is read.
            string text = AdversarialText("month names", 1 << 17);
            ArabicDateExtractor.Default.Extract(text, Reference);
            long allocated = long.MaxValue;
            System.Collections.Generic.IReadOnlyList<DateMention> mentions = Array.Empty<DateMention>();
            for (int run = 0; run < 3; run++)
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                mentions = ArabicDateExtractor.Default.Extract(text, Reference);
                allocated = Math.Min(allocated, GC.GetAllocatedBytesForCurrentThread() - before);
            }

            Assert.True(mentions.Count > 1000, $"{mentions.Count} mentions");
            // The mention object (about 104 bytes) and its slot in the result (8); a string of its own would add 40 or more.
            Assert.True(allocated < mentions.Count * 128L, $"{allocated} bytes for {mentions.Count} mentions");

            foreach (var mention in mentions)
            {
                string cut = mention.Text;
                Assert.Equal(text.Substring(mention.Start, mention.Length), cut);
                Assert.Same(cut, mention.Text);
            }
        }

        // The same inputs as the benchmark project's AdversarialDateBenchmarks.
        private static string AdversarialText(string kind, int bytes)
        {
            string unit = kind switch
            {
                "digits and slashes" => "12/11/2021/13/٠٣/۲۰۲۴/",
                "month names" => "كانون الثاني يونيو/حزيران أغسطس (آب) الحادي والعشرين من ",
                _ => "الإثنين22نوفمبر2021عام2014منتصفيناير١٤٤٥هـالموافق",
            };
            var builder = new System.Text.StringBuilder();
            while (builder.Length * 2 < bytes)
            {
                builder.Append(unit);
            }

            return builder.ToString(0, bytes / 2);
        }
    }
}
