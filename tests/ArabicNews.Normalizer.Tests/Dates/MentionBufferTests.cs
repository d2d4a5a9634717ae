using System;
using System.Linq;
using ArabicNews.Dates;
using Xunit;

namespace ArabicNews.Tests.Dates
{
    /// <summary>The pooled buffer the extractor collects its mentions in.</summary>
    public class MentionBufferTests
    {
        private static readonly DateMention[] Sample = ArabicDateExtractor.Default.Extract(
            string.Concat(Enumerable.Range(1, 28).Select(day => $"في {day} يناير 2024 قال. ")), new DateTime(2024, 2, 1)).ToArray();

        [Theory]
        [InlineData(1)]
        [InlineData(15)]
        [InlineData(16)]
        [InlineData(17)]
        [InlineData(1000)]
        [InlineData(MentionBuffer.MaxArrayLength)]
        [InlineData(MentionBuffer.MaxArrayLength + 1)]
        [InlineData(2 * MentionBuffer.MaxArrayLength)]
        [InlineData(40_000)]
        public void TheMentionsComeBackInOrderInAListOfTheirNumber(int count)
        {
            Assert.Equal(28, Sample.Length);
            var buffer = default(MentionBuffer);
            for (int k = 0; k < count; k++)
            {
                buffer.Add(Sample[k % Sample.Length]);
            }

            var result = buffer.ToListAndClear();
            Assert.Equal(count, result.Count);
            for (int k = 0; k < count; k++)
            {
                Assert.Same(Sample[k % Sample.Length], result[k]);
            }

            // Enumerated in the same order, and an array up to the large-object threshold, segments past it.
            int at = 0;
            foreach (var mention in result)
            {
                Assert.Same(Sample[at++ % Sample.Length], mention);
            }

            Assert.Equal(count, at);
            Assert.Equal(count <= MentionBuffer.MaxArrayLength, result is DateMention[]);
            if (result is not DateMention[])
            {
                Assert.Throws<ArgumentOutOfRangeException>(() => result[count]);
                Assert.Throws<ArgumentOutOfRangeException>(() => result[-1]);
            }

            // Cleared: what is added next starts a new result.
            buffer.Add(Sample[3]);
            Assert.Equal(new[] { Sample[3] }, buffer.ToListAndClear());
            buffer.Release();
        }

        [Fact]
        public void ALongTextsMentionsAreTheSameInSegments()
        {
            // More mentions than one array below the large-object threshold holds: the same as the word-by-word scan's.
            string text = string.Concat(Enumerable.Range(0, 3 * MentionBuffer.MaxArrayLength).Select(k => $"في {1 + (k % 28)} يناير 2024 قال. "));
            var anchored = ArabicDateExtractor.Default.Extract(text, new DateTime(2024, 2, 1));
            var wordByWord = ArabicDateExtractor.Default.Extract(text, new DateTime(2024, 2, 1), ScanPath.EveryWord);
            Assert.IsType<SegmentedMentions>(anchored);
            Assert.Equal(3 * MentionBuffer.MaxArrayLength, anchored.Count);
            Assert.Equal(wordByWord.Select(m => (m.Start, m.Length, m.Value)), anchored.Select(m => (m.Start, m.Length, m.Value)));
            Assert.Equal(Enumerable.Range(0, anchored.Count).Select(k => anchored[k].Start), anchored.Select(m => m.Start));
        }

        [Fact]
        public void NoMentionsIsTheSharedEmptyArray()
        {
            var buffer = default(MentionBuffer);
            Assert.Same(Array.Empty<DateMention>(), buffer.ToListAndClear());
            Assert.Same(Array.Empty<DateMention>(), ArabicDateExtractor.Default.Extract("لا تاريخ هنا", new DateTime(2024, 2, 1)));
        }
    }
}
