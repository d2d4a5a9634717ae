using System;
using System.IO;
using System.Linq;
using System.Text;
using ArabicNews.Text;
using Xunit;

namespace ArabicNews.Tests.Text
{
    public class StreamingTests
    {
        private static readonly string Seeds = string.Concat(
            Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").OrderBy(f => f).Select(File.ReadAllText));

        [Fact]
        public void AMultiMegabyteStreamEqualsTheWholeString()
        {
            var builder = new StringBuilder();
            while (builder.Length < 3_000_000)
            {
                builder.Append(Seeds);
            }

            string text = builder.ToString();
            foreach (var normalizer in new[] { ArabicNormalizer.Search, ArabicNormalizer.Light })
            {
                var writer = new StringWriter();
                normalizer.Normalize(new StringReader(text), writer);
                Assert.True(normalizer.Normalize(text) == writer.ToString());
            }
        }

        [Fact]
        public void TextWithoutSpacesLongerThanABlockEqualsTheWholeString()
        {
            // Two megabytes with no space or line feed force the cut that the block limit (1M characters) needs.
            string word = "الأميركيةُ،البنتاغونـ«٣٫٥»";
            var builder = new StringBuilder();
            while (builder.Length < 2_100_000)
            {
                builder.Append(word);
            }

            string text = builder.ToString();
            foreach (var normalizer in new[] { ArabicNormalizer.Search, ArabicNormalizer.Light, ArabicNormalizer.Lucene })
            {
                var writer = new StringWriter();
                normalizer.Normalize(new StringReader(text), writer);
                Assert.True(normalizer.Normalize(text) == writer.ToString(), normalizer.ToString());
            }
        }

        [Fact]
        public void NullArgumentsAreRejected()
        {
            Assert.Throws<ArgumentNullException>(() => ArabicNormalizer.Search.Normalize(null!, new StringWriter()));
            Assert.Throws<ArgumentNullException>(() => ArabicNormalizer.Search.Normalize(new StringReader(""), null!));
            Assert.Throws<ArgumentNullException>(() => ArabicNormalizer.Search.NormalizeWithOffsets(null!));
        }

        [Fact]
        public void OffsetsPointIntoTheOriginal()
        {
            const string original = "قال «البنتاغون» إنّ  الأميركيين";
            var result = ArabicNormalizer.Search.NormalizeWithOffsets(original);
            Assert.Equal("قال \"البنتاجون\" ان الامريكيين", result.Text);
            int at = result.Text.IndexOf("البنتاجون", StringComparison.Ordinal);
            var (start, length) = result.MapToSource(at, "البنتاجون".Length);
            Assert.Equal("البنتاغون", original.Substring(start, length));
            at = result.Text.IndexOf("ان", StringComparison.Ordinal);
            (start, length) = result.MapToSource(at, 2);
            Assert.Equal("إنّ", original.Substring(start, length));
        }

        [Fact]
        public void MaxOutputLengthIsEnoughForTheWorstExpansion()
        {
            string worst = new string('\uFDFD', 100);
            var normalizer = ArabicNormalizer.Search;
            var destination = new char[normalizer.GetMaxOutputLength(worst.Length)];
            Assert.True(normalizer.TryNormalize(worst.AsSpan(), destination, out int written));
            Assert.Equal(normalizer.Normalize(worst), new string(destination, 0, written));
            Assert.Throws<ArgumentOutOfRangeException>(() => normalizer.GetMaxOutputLength(-1));
            Assert.Throws<ArgumentOutOfRangeException>(() => normalizer.GetMaxOutputLength(int.MaxValue));
        }

        [Fact]
        public void CleanTextIsReturnedAsTheSameInstance()
        {
            string clean = ArabicNormalizer.Search.Normalize(Seeds);
            Assert.Same(clean, ArabicNormalizer.Search.Normalize(clean));
            string light = ArabicNormalizer.Light.Normalize(Seeds);
            Assert.Same(light, ArabicNormalizer.Light.Normalize(light));
        }
    }
}
