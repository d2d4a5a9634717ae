using System;
using System.Linq;
using ArabicNews.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace ArabicNews.Tests.Text
{
    /// <summary>
    /// The short-word path of <see cref="ArabicNormalizer.TryNormalize"/>, <see cref="ArabicNormalizer.Normalize(string)"/>
    /// and <see cref="ArabicNormalizer.IsNormalized"/> (a token or a query word under a preset with a word pass) against
    /// the full path, which <see cref="ArabicNormalizer.NormalizeWithOffsets"/> always takes.
    /// </summary>
    [Properties(Arbitrary = new[] { typeof(ArabicTextGenerators), typeof(WordAnchorsTests), typeof(ShortWordPathTests) }, MaxTest = 300)]
    public class ShortWordPathTests
    {
        private static readonly char[] Whitespace = { ' ', '\n', '\r', '\t', '\u00A0', '\u2009', '\u3000' };

        /// <summary>Up to 64 characters of arbitrary UTF-16 without the usual whitespace, the length the short path takes.</summary>
        public sealed record ShortText(string Value)
        {
            public override string ToString() => ArabicText.Escape(Value);
        }

        public static Arbitrary<ShortText> ShortTextArbitrary() =>
            Arb.From(
                from length in Gen.Choose(0, 64)
                from units in Gen.ArrayOf(Gen.OneOf(Gen.Choose(0x0600, 0x06FF), Gen.Choose(0x0600, 0x06FF), Gen.Choose(0, 0xFFFF)), length)
                select new ShortText(new string(units.Select(u => (char)u).Where(c => Array.IndexOf(Whitespace, c) < 0).ToArray())));

        [Property]
        public void EveryWordOfNeedleTextGivesTheFullPathsResult(WordAnchorsTests.NeedleText text, AnyOptions options)
        {
            foreach (var normalizer in new[] { ArabicNormalizer.Search, WithWordPass(options) })
            {
                foreach (string word in text.Value.Split(Whitespace, StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length <= 64))
                {
                    AssertSameAsFullPath(normalizer, word);
                }
            }
        }

        [Property]
        public void ShortPiecesOfNeedleTextGiveTheFullPathsResult(WordAnchorsTests.NeedleText text, PositiveInt start, AnyOptions options)
        {
            // Several words, single and double spaces, line feeds, month names of two words (كانون الثاني).
            int from = text.Value.Length == 0 ? 0 : start.Get % text.Value.Length;
            string piece = text.Value.Substring(from, Math.Min(64, text.Value.Length - from));
            AssertSameAsFullPath(ArabicNormalizer.Search, piece);
            AssertSameAsFullPath(WithWordPass(options), piece);
        }

        [Property]
        public void ShortArbitraryTextGivesTheFullPathsResult(ShortText text, AnyOptions options)
        {
            AssertSameAsFullPath(ArabicNormalizer.Search, text.Value);
            AssertSameAsFullPath(WithWordPass(options), text.Value);

            // And with single spaces, the one whitespace the short path writes.
            string spaced = string.Join(" ", Enumerable.Range(0, (text.Value.Length + 6) / 7).Select(k => text.Value.Substring(7 * k, Math.Min(7, text.Value.Length - (7 * k)))));
            AssertSameAsFullPath(ArabicNormalizer.Search, spaced);
            AssertSameAsFullPath(WithWordPass(options), spaced);
        }

        [Fact]
        public void TokensTakeTheShortPathAndTextItCannotWriteDoesNot()
        {
            // Without this the properties above would hold with a short path that is never taken.
            var buffer = new char[128];
            foreach (string token in new[] { "الأميركية", "البنتاجون", "ترمب", "قال", "منعًا", "«إيران»", "٢٠٢٤", "اوت", "القوات الأميركية", "كانون الثاني" })
            {
                Assert.True(ArabicNormalizer.Search.TryNormalizeShortWord(token.AsSpan(), buffer, out _), token);
            }

            // A mark that composes with the letter before it, a surrogate pair, a presentation form that expands, a
            // space at either end or beside another, a line feed, another space character: the full path's work.
            foreach (string text in new[] { "ا\u0653", "قال\uD83D\uDE00", "\uFEFB", " قال", "قال ", "قال  ذلك", "قال\nذلك", "قال\u00A0ذلك" })
            {
                Assert.False(ArabicNormalizer.Search.TryNormalizeShortWord(text.AsSpan(), buffer, out _), ArabicText.Escape(text));
            }

            Assert.True(ArabicNormalizer.Search.TryNormalizeShortWord("الأميركية".AsSpan(), buffer, out int written));
            Assert.Equal("الامريكيه", new string(buffer, 0, written));
        }

        [Fact]
        public void AWordWithOnlyPunctuationOrDigitsAroundItIsJudgedWithoutTheWordPass()
        {
            // Written text, as the short path has it: a word the pass leaves alone, with punctuation or digits around it.
            foreach (string text in new[] { "القاهره,", "\"ايران\"", "(قال)", "5ذلك", "..قال" })
            {
                Assert.True(IsOneWordLeftAlone(text), text);
            }

            // A variant, a month name that folds, two words, a kept mark after the word, no letter at all.
            foreach (string text in new[] { "\"الاميركيه\"", "(حزيران)", "قال,ذلك", "قال\u064E", "\u064E" })
            {
                Assert.False(IsOneWordLeftAlone(text), ArabicText.Escape(text));
            }

            AssertSameAsFullPath(ArabicNormalizer.Search, "«الأميركية»،");
            AssertSameAsFullPath(ArabicNormalizer.Search, "(حزيران)");
            AssertSameAsFullPath(ArabicNormalizer.Search, "قال الأميركية"); // a space makes two words, not one of letters
        }

        [Fact]
        public void AWordTheStemFilterPassesIsJudgedByItsAnchors()
        {
            // Words of the seeds (as written) that the lexicon's stem filter lets through but that hold no needle where it
            // can stand: the anchored pass would not visit them, so the short path does not run it. With room after the
            // slots for the vector filter, and without (the position-by-position loop).
            var rules = new WordFoldRules(new NormalizationTables(ArabicNormalizer.Search.Options), SpellingVariantLexicon.Default, foldMonths: true);
            foreach (string word in new[] { "بالصواريخ", "للانفجار", "انتقاميه", "بالاضافه", "واستكمال" })
            {
                foreach (int room in new[] { 80, 8 })
                {
                    byte[] slots = WrittenSlots(word, room);
                    Assert.True(SpellingVariantLexicon.Default.MayMatchWord(slots, word.Length), word);
                    Assert.False(WordFolder.MayChangeWholeWord(slots, word.Length, rules), word);
                }

                AssertSameAsFullPath(ArabicNormalizer.Search, word);
            }

            // A variant, a month name and a name that grows: each still goes to the pass.
            foreach (string word in new[] { "الاميركيه", "حزيران", "ترمب" })
            {
                foreach (int room in new[] { 80, 8 })
                {
                    Assert.True(WordFolder.MayChangeWholeWord(WrittenSlots(word, room), word.Length, rules), word);
                }

                Assert.NotEqual(word, ArabicNormalizer.Search.Normalize(word));
            }
        }

        private static byte[] WrittenSlots(string written, int room)
        {
            var slots = new byte[written.Length + room];
            slots.AsSpan().Fill(MatchingFold.NotWord);
            for (int k = 0; k < written.Length; k++)
            {
                slots[k] = MatchingFold.SlotOf(written[k]);
            }

            return slots;
        }

        private static bool IsOneWordLeftAlone(string written)
        {
            var slots = WrittenSlots(written, 8);
            return new ArabicNormalizer(ArabicNormalizer.Search.Options & ~ArabicNormalizerOptions.RemoveDiacritics).IsOneWordLeftAlone(slots, written.Length);
        }

        [Fact]
        public void AUserLexiconWithThreeLetterStemsGivesTheFullPathsResult()
        {
            // The built-in stems have four letters or more; a user's may have three, which the word pass still folds.
            var lexicon = SpellingVariantLexicon.Default.WithSets(new[] { new[] { "بيك", "بيج" }, new[] { "نوت", "نود" } });
            var normalizer = new ArabicNormalizer(NormalizationProfile.Search, lexicon);
            foreach (string word in new[] { "بيج", "والبيج", "بيجات", "نود", "بنود", "نودي", "بيك", "ونوت" })
            {
                AssertSameAsFullPath(normalizer, word);
            }

            Assert.Equal("بيك", normalizer.Normalize("بيج"));
        }

        [Fact]
        public void AWordAlreadyNormalizedIsReturnedAsItIs()
        {
            string word = ArabicNormalizer.Search.Normalize("الأميركية");
            Assert.Same(word, ArabicNormalizer.Search.Normalize(word));
            Assert.True(ArabicNormalizer.Search.IsNormalized(word.AsSpan()));
            Assert.False(ArabicNormalizer.Search.IsNormalized("الأميركية".AsSpan()));
        }

        [Fact]
        public void ADestinationTooSmallForTheWordFails()
        {
            // البنتاجون → البنتاغون keeps its length; ترمب → ترامب grows by one.
            Assert.False(ArabicNormalizer.Search.TryNormalize("ترمب".AsSpan(), new char[4], out int written));
            Assert.Equal(0, written);
            Assert.True(ArabicNormalizer.Search.TryNormalize("ترمب".AsSpan(), new char[5], out written));
            Assert.Equal("ترامب", ArabicNormalizer.Search.Normalize("ترمب"));
            Assert.Equal(5, written);
        }

        private static ArabicNormalizer WithWordPass(AnyOptions options) =>
            new ArabicNormalizer(options.Value | ArabicNormalizerOptions.FoldSpellingVariants | ArabicNormalizerOptions.FoldMonthNames);

        private static void AssertSameAsFullPath(ArabicNormalizer normalizer, string text)
        {
            string expected = normalizer.NormalizeWithOffsets(text).Text;
            string escaped = ArabicText.Escape(expected);
            string normalized = normalizer.Normalize(text);
            Assert.Equal(escaped, ArabicText.Escape(normalized));
            if (expected == text)
            {
                Assert.Same(text, normalized);
            }

            var destination = new char[normalizer.GetMaxOutputLength(text.Length)];
            Assert.True(normalizer.TryNormalize(text.AsSpan(), destination, out int written));
            Assert.Equal(escaped, ArabicText.Escape(new string(destination, 0, written)));

            // A destination of just the result's length: the short path writes through a buffer of its own then.
            var exact = new char[expected.Length];
            Assert.True(normalizer.TryNormalize(text.AsSpan(), exact, out written));
            Assert.Equal(escaped, ArabicText.Escape(new string(exact, 0, written)));

            // True always means unchanged; on the short path it is exact.
            bool isNormalized = normalizer.IsNormalized(text.AsSpan());
            if (isNormalized)
            {
                Assert.Equal(ArabicText.Escape(text), escaped);
            }

            if (text.Length <= 64 && normalizer.TryNormalizeShortWord(text.AsSpan(), new char[128], out _))
            {
                Assert.Equal(expected == text, isNormalized);
            }
        }
    }
}
