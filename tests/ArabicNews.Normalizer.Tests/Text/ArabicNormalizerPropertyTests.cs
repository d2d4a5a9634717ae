using System;
using System.IO;
using System.Linq;
using ArabicNews.Text;
using FsCheck;
using FsCheck.Xunit;
using Xunit;

namespace ArabicNews.Tests.Text
{
    /// <summary>Properties every normalizer must have, on generated Arabic-heavy text and on arbitrary UTF-16.</summary>
    [Properties(Arbitrary = new[] { typeof(ArabicTextGenerators) }, MaxTest = 300)]
    public class ArabicNormalizerPropertyTests
    {
        private static readonly ArabicNormalizer[] Presets = { ArabicNormalizer.Search, ArabicNormalizer.Light, ArabicNormalizer.Lucene };

        [Property]
        public void PresetsAreIdempotent(ArabicText text)
        {
            foreach (var normalizer in Presets)
            {
                string once = normalizer.Normalize(text.Value);
                Assert.Equal(ArabicText.Escape(once), ArabicText.Escape(normalizer.Normalize(once)));
            }
        }

        [Property]
        public void EveryCombinationOfOptionsIsIdempotent(ArabicText text, AnyOptions options)
        {
            var normalizer = new ArabicNormalizer(options.Value);
            string once = normalizer.Normalize(text.Value);
            Assert.Equal(ArabicText.Escape(once), ArabicText.Escape(normalizer.Normalize(once)));
        }

        [Property]
        public void StringSpanAndStreamAgree(ArabicText text, AnyOptions options, PositiveInt chunkSeed)
        {
            var normalizer = new ArabicNormalizer(options.Value);
            string expected = normalizer.Normalize(text.Value);

            var destination = new char[normalizer.GetMaxOutputLength(text.Value.Length)];
            Assert.True(normalizer.TryNormalize(text.Value.AsSpan(), destination, out int written));
            Assert.Equal(ArabicText.Escape(expected), ArabicText.Escape(new string(destination, 0, written)));

            var writer = new StringWriter();
            normalizer.Normalize(new ChunkedReader(text.Value, chunkSeed.Get), writer);
            Assert.Equal(ArabicText.Escape(expected), ArabicText.Escape(writer.ToString()));

            var offsets = normalizer.NormalizeWithOffsets(text.Value);
            Assert.Equal(ArabicText.Escape(expected), ArabicText.Escape(offsets.Text));
        }

        [Property]
        public void SmallStreamingBlocksStillAgree(ArabicText text, PositiveInt chunkSeed, AnyOptions options)
        {
            // Blocks of at most 32 characters force the cuts that a 1 MB block without spaces would need. Such a cut
            // may fall inside a word, where the word pass (spelling variants, month names) cannot see it whole, so it is off.
            var withoutVariants = options.Value & ~ArabicNormalizerOptions.FoldSpellingVariants & ~ArabicNormalizerOptions.FoldMonthNames;
            foreach (var normalizer in new[] { new ArabicNormalizer(withoutVariants), ArabicNormalizer.Light, ArabicNormalizer.Lucene })
            {
                var writer = new StringWriter();
                new StreamingNormalizer(normalizer, maxBlock: 32).Run(new ChunkedReader(text.Value, chunkSeed.Get), writer);
                Assert.Equal(ArabicText.Escape(normalizer.Normalize(text.Value)), ArabicText.Escape(writer.ToString()));
            }
        }

        [Property]
        public void TooSmallDestinationReturnsFalse(ArabicText text)
        {
            var normalizer = ArabicNormalizer.Search;
            string expected = normalizer.Normalize(text.Value);
            if (expected.Length == 0)
            {
                return;
            }

            var destination = new char[expected.Length - 1];
            Assert.False(normalizer.TryNormalize(text.Value.AsSpan(), destination, out int written));
            Assert.Equal(0, written);
        }

        [Property]
        public void OffsetMapIsMonotonicAndInRange(ArabicText text, AnyOptions options)
        {
            var result = new ArabicNormalizer(options.Value).NormalizeWithOffsets(text.Value);
            int previous = 0;
            for (int k = 0; k < result.Text.Length; k++)
            {
                int source = result.GetSourceIndex(k);
                Assert.InRange(source, previous, text.Value.Length - 1);
                previous = source;
            }
        }

        [Property]
        public void MappedRangesNormalizeToTheirText(ArabicText text)
        {
            // Every word of the output, mapped back, is a piece of the original that normalizes to that word.
            var search = ArabicNormalizer.Search;
            var result = search.NormalizeWithOffsets(text.Value);
            int start = 0;
            for (int k = 0; k <= result.Text.Length; k++)
            {
                if (k < result.Text.Length && result.Text[k] != ' ' && result.Text[k] != '\n')
                {
                    continue;
                }

                if (k > start)
                {
                    var (sourceStart, sourceLength) = result.MapToSource(start, k - start);
                    Assert.InRange(sourceStart, 0, text.Value.Length);
                    Assert.InRange(sourceStart + sourceLength, sourceStart, text.Value.Length);
                }

                start = k + 1;
            }
        }

        [Property]
        public void SearchLeavesNoCharacterItRemovesOrFolds(ArabicText text)
        {
            string output = ArabicNormalizer.Search.Normalize(text.Value);
            for (int k = 0; k < output.Length; k++)
            {
                char c = output[k];
                Assert.False(IsForbiddenAfterSearch(c), $"U+{(int)c:X4} at {k} in {ArabicText.Escape(output)}");
                if (c == '\u200D')
                {
                    Assert.True(k > 0 && k + 1 < output.Length, "a joiner survived outside an emoji sequence");
                }
            }

            Assert.DoesNotContain("  ", output, StringComparison.Ordinal);
            Assert.DoesNotContain(" \n", output, StringComparison.Ordinal);
            Assert.DoesNotContain("\n ", output, StringComparison.Ordinal);
            Assert.DoesNotContain("\n\n\n", output, StringComparison.Ordinal);
            Assert.False(output.StartsWith(" ", StringComparison.Ordinal) || output.EndsWith(" ", StringComparison.Ordinal));
        }

        private static bool IsForbiddenAfterSearch(char c) =>
            (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || (c >= '\u0610' && c <= '\u061A') || c == '\u0640'
            || "أإآٱٲٳٵىةؤئکڪېےہەھۀ،؛؟۔«»“”„‘’–—…\t\r\u00A0\u3000\u2003\u200B\u200C\u200E\u200F\u202A\u202E\u2066\u2069\uFEFF\u00AD\u061C\u2060".IndexOf(c) >= 0
            || (c >= '\u0660' && c <= '\u0669') || (c >= '\u06F0' && c <= '\u06F9')
            || (PresentationFormsKnown(c));

        private static bool PresentationFormsKnown(char c) =>
            ((c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFE'))
            && new ArabicNormalizer(ArabicNormalizerOptions.FoldPresentationForms).Normalize(c.ToString()) != c.ToString();

        [Property]
        public void NeverThrowsOnArbitraryUtf16(AnyUtf16 text, AnyOptions options)
        {
            var normalizer = new ArabicNormalizer(options.Value);
            string output = normalizer.Normalize(text.Value);
            Assert.Equal(ArabicText.Escape(output), ArabicText.Escape(normalizer.Normalize(output)));
        }

        [Property]
        public void LoneSurrogatesAndEmojiSurvive(AnyUtf16 text)
        {
            // Light removes nothing from outside the Arabic, punctuation and format blocks.
            string output = ArabicNormalizer.Light.Normalize(text.Value);
            Assert.Equal(text.Value.Count(char.IsSurrogate), output.Count(char.IsSurrogate));
        }

        [Property]
        public void CleanAsciiIsReturnedAsTheSameInstance(NonEmptyString seed)
        {
            string ascii = string.Join(" ", new string(seed.Get.Where(c => c > ' ' && c < 0x7F).ToArray())
                .Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries));
            foreach (var normalizer in Presets)
            {
                Assert.Same(ascii, normalizer.Normalize(ascii));
            }
        }

        [Property]
        public void AnyAsciiIsUnchangedByLucene(NonNull<string> seed)
        {
            string ascii = new string(seed.Get.Where(c => c < 0x80).ToArray());
            Assert.Same(ascii, ArabicNormalizer.Lucene.Normalize(ascii));
        }

        [Property]
        public void IsNormalizedMeansUnchanged(ArabicText text)
        {
            foreach (var normalizer in Presets)
            {
                string once = normalizer.Normalize(text.Value);
                Assert.True(normalizer.IsNormalized(once.AsSpan()) || normalizer.Normalize(once) == once);
                if (normalizer.IsNormalized(text.Value.AsSpan()))
                {
                    Assert.Same(text.Value, normalizer.Normalize(text.Value));
                }
            }
        }

        /// <summary>A reader that hands out its text in pseudo-random chunk sizes, 1 to 7 characters.</summary>
        private sealed class ChunkedReader : TextReader
        {
            private readonly string _text;
            private readonly Random _random;
            private int _position;

            public ChunkedReader(string text, int seed)
            {
                _text = text;
                _random = new Random(seed);
            }

            public override int Read(char[] buffer, int index, int count)
            {
                int n = Math.Min(Math.Min(count, _random.Next(1, 8)), _text.Length - _position);
                _text.CopyTo(_position, buffer, index, n);
                _position += n;
                return n;
            }
        }
    }
}
