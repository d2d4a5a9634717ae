using System;
using ArabicNews.Text;
using Xunit;

namespace ArabicNews.Tests.Text
{
    public class UpcomingBlockTests
    {
        [Theory]
        [InlineData(0)]
        [InlineData(1)]
        [InlineData(31)]
        [InlineData(64)]
        [InlineData(1000)]
        public void PrefetchTakesAnyIndexWithoutReadingIt(int length)
        {
            // The word pass asks for lines past the end of a shorter next block, and for none when there is no next block:
            // an index outside the spans is skipped, not read (an indexer here would throw).
            var source = new char[length];
            var destination = new char[length];
            var upcoming = new UpcomingBlock(source, destination);
            foreach (int at in new[] { int.MinValue, -64, -1, 0, 1, length - 33, length - 32, length - 1, length, length + 1, int.MaxValue - 32, int.MaxValue })
            {
                upcoming.Prefetch(at);
                default(UpcomingBlock).Prefetch(at);
            }

            Assert.Equal(new char[length], source);
        }

        [Fact]
        public void TextOfManyBlocksNormalizesAsTheStreamDoesWithoutHints()
        {
            // With the hint for the next block given during each word pass, the result is the same as normalizing block by
            // block with nothing to ask for: the streaming path, which gives no hint.
            string text = string.Concat(System.Linq.Enumerable.Repeat("الأميركية كانون الثاني المليشيات والبنتاغون ", 4000));
            var writer = new System.IO.StringWriter();
            ArabicNormalizer.Search.Normalize(new System.IO.StringReader(text), writer);
            Assert.Equal(writer.ToString(), ArabicNormalizer.Search.Normalize(text));
        }
    }
}
