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
        [InlineData(40_000)]
        public void TheMentionsComeBackInOrderInAnArrayOfTheirNumber(int count)
        {
            Assert.Equal(28, Sample.Length);
            var buffer = default(MentionBuffer);
            for (int k = 0; k < count; k++)
            {
                buffer.Add(Sample[k % Sample.Length]);
            }

            var result = buffer.ToArrayAndClear();
            Assert.Equal(count, result.Length);
            for (int k = 0; k < count; k++)
            {
                Assert.Same(Sample[k % Sample.Length], result[k]);
            }

            // Cleared: what is added next starts a new result.
            buffer.Add(Sample[3]);
            Assert.Equal(new[] { Sample[3] }, buffer.ToArrayAndClear());
            buffer.Release();
        }

        [Fact]
        public void NoMentionsIsTheSharedEmptyArray()
        {
            var buffer = default(MentionBuffer);
            Assert.Same(Array.Empty<DateMention>(), buffer.ToArrayAndClear());
            Assert.Same(Array.Empty<DateMention>(), ArabicDateExtractor.Default.Extract("لا تاريخ هنا", new DateTime(2024, 2, 1)));
        }
    }
}
