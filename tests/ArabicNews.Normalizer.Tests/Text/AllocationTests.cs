using System;
using System.IO;
using System.Linq;
using System.Text;
using ArabicNews.Text;
using Xunit;

namespace ArabicNews.Tests.Text
{
    /// <summary>
    /// What the normalizer allocates: nothing when the text is already normalized (the same string comes back) and
    /// nothing through the span API, whatever the text; only the result of <see cref="ArabicNormalizer.Normalize(string)"/>
    /// when it changes.
    /// </summary>
    public class AllocationTests
    {
        private static readonly string Seeds = string.Concat(
            Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").OrderBy(f => f).Select(File.ReadAllText));

        // Several of the normalizer's blocks, so that the pooled buffers of the block loop are in play.
        private static readonly string Megabyte = Repeat(Seeds, 1 << 19);

        public static TheoryData<string> Presets() => new() { "search", "light", "lucene" };

        [Theory]
        [MemberData(nameof(Presets))]
        public void NormalizedTextComesBackAsItIsWithoutAllocating(string preset)
        {
            var normalizer = new ArabicNormalizer(NormalizationProfile.Parse(preset));
            string clean = normalizer.Normalize(Megabyte);
            string token = normalizer.Normalize("الأميركية");
            string query = normalizer.Normalize("القوات الأميركية");
            foreach (string text in new[] { clean, token, query })
            {
                Assert.Same(text, normalizer.Normalize(text));
                Assert.Equal(0, LeastAllocated(() => normalizer.Normalize(text)));
                Assert.Equal(0, LeastAllocated(() => normalizer.IsNormalized(text.AsSpan())));
            }
        }

        [Theory]
        [MemberData(nameof(Presets))]
        public void TheSpanApiAllocatesNothing(string preset)
        {
            var normalizer = new ArabicNormalizer(NormalizationProfile.Parse(preset));
            var destination = new char[normalizer.GetMaxOutputLength(Megabyte.Length)];
            foreach (string text in new[] { Megabyte, "الأميركية", "«الأمريكيّة»،", "كانون الثاني" })
            {
                Assert.Equal(0, LeastAllocated(() => normalizer.TryNormalize(text.AsSpan(), destination, out _)));
            }
        }

        [Fact]
        public void AChangedTextAllocatesItsResultOnly()
        {
            string result = ArabicNormalizer.Search.Normalize(Megabyte);
            Assert.NotSame(Megabyte, result);

            // The string's characters, its header and length, and nothing per block or per word.
            long allocated = LeastAllocated(() => ArabicNormalizer.Search.Normalize(Megabyte));
            Assert.InRange(allocated, 2L * result.Length, (2L * result.Length) + 64);
        }

        // The least of three runs after a warm-up: a one-off allocation of the runtime on this thread (a type load, a
        // tier-up) is not the normalizer's, while one per call shows in every run.
        private static long LeastAllocated<T>(Func<T> action)
        {
            action();
            long least = long.MaxValue;
            for (int run = 0; run < 3; run++)
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                action();
                least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
            }

            return least;
        }

        private static string Repeat(string text, int length)
        {
            var builder = new StringBuilder(length + text.Length);
            while (builder.Length < length)
            {
                builder.Append(text);
            }

            return builder.ToString();
        }
    }
}
