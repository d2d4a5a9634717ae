using System;
using System.Linq;
using ArabicNews.Dates;
using ArabicNews.Tests.Text;
using FsCheck;
using FsCheck.Xunit;
using Xunit;

namespace ArabicNews.Tests.Dates
{
    [Properties(Arbitrary = new[] { typeof(DateGenerators), typeof(ArabicTextGenerators) }, MaxTest = 500)]
    public class DatePropertyTests
    {
        private static readonly DateTime Reference = new DateTime(2024, 2, 1);

        // A date alone on its line is a dateline; with text before it, it is not. The property is about offsets.
        private static readonly ArabicDateExtractor NoDateline = new ArabicDateExtractor(new ArabicDateExtractorOptions { UseDateline = false });

        [Property]
        public void ParseOfFormatIsTheDate(FormattedDate date)
        {
            Assert.True(ArabicDateExtractor.Default.TryParse(date.Text, Reference, out var mention), $"not parsed: {date}");
            Assert.Equal(date.Expected, mention!.Value.Start.ToString());
            Assert.False(mention.Flags.HasFlag(DateFlags.WeekdayMismatch), mention.ToString());
        }

        [Property]
        public void ExtractionFindsTheFormattedDateAlone(FormattedDate date)
        {
            var mention = Assert.Single(ArabicDateExtractor.Default.Extract(date.Text, Reference));
            Assert.Equal(date.Text, mention.Text);
            Assert.Equal(date.Expected, mention.Value.Start.ToString());
        }

        [Property]
        public void UnrelatedTextAroundADateShiftsItsOffsetsOnly(FormattedDate date, UnrelatedText before, UnrelatedText after)
        {
            var alone = NoDateline.Extract(date.Text, Reference).Single();
            string prefix = before.Value + " ";
            var embedded = NoDateline.Extract(prefix + date.Text + " " + after.Value, Reference);
            var mention = Assert.Single(embedded);
            Assert.Equal(alone.Start + prefix.Length, mention.Start);
            Assert.Equal(alone.Text, mention.Text);
            Assert.Equal(alone.Value, mention.Value);
            Assert.Equal(alone.Kind, mention.Kind);
            Assert.Equal(alone.Flags, mention.Flags);
            Assert.Equal(alone.Gregorian, mention.Gregorian);
            Assert.Equal(alone.Hijri, mention.Hijri);
        }

        [Property]
        public void SpansAreOrderedDisjointAndTheOriginalText(DateishText text)
        {
            AssertWellFormed(text.Value, ArabicDateExtractor.Default.Extract(text.Value, Reference));
            AssertWellFormed(text.Value, ArabicDateExtractor.Default.Extract(text.Value, null));
        }

        [Property]
        public void NeverThrowsOnArabicText(ArabicText text)
        {
            AssertWellFormed(text.Value, ArabicDateExtractor.Default.Extract(text.Value, Reference));
            ArabicDateExtractor.Default.TryParse(text.Value, Reference, out _);
        }

        [Property]
        public void NeverThrowsOnAnyUtf16(AnyUtf16 text)
        {
            AssertWellFormed(text.Value, ArabicDateExtractor.Default.Extract(text.Value, null));
            ArabicDateExtractor.Default.FindDateline(text.Value);
            ArabicDateExtractor.Default.TryParse(text.Value, out _);
        }

        [Property]
        public void TryParseAgreesWithExtractionOnAWholeMention(DateishText text)
        {
            foreach (var mention in ArabicDateExtractor.Default.Extract(text.Value, Reference))
            {
                if (ArabicDateExtractor.Default.TryParse(mention.Text, Reference, out var parsed))
                {
                    Assert.Equal(mention.Text, parsed!.Text);
                }
            }
        }

        private static void AssertWellFormed(string text, System.Collections.Generic.IReadOnlyList<DateMention> mentions)
        {
            int previousEnd = 0;
            foreach (var mention in mentions)
            {
                Assert.InRange(mention.Start, previousEnd, text.Length);
                Assert.InRange(mention.Length, 1, text.Length - mention.Start);
                Assert.Equal(text.Substring(mention.Start, mention.Length), mention.Text);
                previousEnd = mention.End;
            }
        }
    }
}
