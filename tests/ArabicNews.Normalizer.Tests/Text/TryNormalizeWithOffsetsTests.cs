using System;
using System.Linq;
using ArabicNews.Text;
using FsCheck;
using FsCheck.Xunit;
using Xunit;

namespace ArabicNews.Tests.Text
{
    /// <summary>The span form of NormalizeWithOffsets writes the same text and the same offset map.</summary>
    [Properties(Arbitrary = new[] { typeof(ArabicTextGenerators) }, MaxTest = 300)]
    public class TryNormalizeWithOffsetsTests
    {
        [Property]
        public void AgreesWithNormalizeWithOffsets(ArabicText text, AnyOptions options)
        {
            var normalizer = new ArabicNormalizer(options.Value);
            NormalizedText expected = normalizer.NormalizeWithOffsets(text.Value);
            int max = normalizer.GetMaxOutputLength(text.Value.Length);
            var destination = new char[max];
            var sourceIndexes = new int[max + 3];

            Assert.True(normalizer.TryNormalizeWithOffsets(text.Value.AsSpan(), destination, sourceIndexes, out int written));
            Assert.Equal(ArabicText.Escape(expected.Text), ArabicText.Escape(new string(destination, 0, written)));
            Assert.Equal(Enumerable.Range(0, written).Select(expected.GetSourceIndex), sourceIndexes.Take(written));
        }

        [Property]
        public void TooSmallADestinationReturnsFalseAndWritesNothing(ArabicText text, PositiveInt shortBy)
        {
            string expected = ArabicNormalizer.Search.Normalize(text.Value);
            int length = Math.Max(0, expected.Length - shortBy.Get);
            var destination = new char[length];
            var roomy = new int[expected.Length + 16];
            if (expected.Length == 0)
            {
                return;
            }

            Assert.False(ArabicNormalizer.Search.TryNormalizeWithOffsets(text.Value.AsSpan(), destination, roomy, out int written));
            Assert.Equal(0, written);

            // The offsets span limits the output as much as the text span does.
            Assert.False(ArabicNormalizer.Search.TryNormalizeWithOffsets(text.Value.AsSpan(), new char[expected.Length + 16], new int[length], out written));
            Assert.Equal(0, written);
        }

        [Fact]
        public void MapsEachCharacterToItsSource()
        {
            var destination = new char[32];
            var sourceIndexes = new int[32];
            Assert.True(ArabicNormalizer.Search.TryNormalizeWithOffsets("أَمـريكا ٢".AsSpan(), destination, sourceIndexes, out int written));
            Assert.Equal("امريكا 2", new string(destination, 0, written));
            Assert.Equal(new[] { 0, 2, 4, 5, 6, 7, 8, 9 }, sourceIndexes.Take(written));
        }
    }
}
