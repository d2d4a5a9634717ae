using System;
using System.IO;
using System.Linq;
using ArabicNews.Tests.Text;
using ArabicNews.Text;
using FsCheck.Xunit;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Util;
using Xunit;

namespace ArabicNews.Lucene.Tests
{
    [Properties(Arbitrary = new[] { typeof(ArabicTextGenerators) }, MaxTest = 300)]
    public class TokenFilterTests
    {
        [Fact]
        public void NormalizesEachTokenAndKeepsItsOffsets()
        {
            string text = "الأمـريكيّة  ٢٠٢٤ البنتاغون";
            var tokens = Filter(text, ArabicNormalizer.Search);
            Assert.Equal(
                new[] { new TokenInfo("الامريكيه", 0, 11, 1), new TokenInfo("2024", 13, 17, 1), new TokenInfo("البنتاجون", 18, 27, 1) },
                tokens);
        }

        [Fact]
        public void DropsTokensThatNormalizeToNothingAndPassesTheirPositionsOn()
        {
            var tokens = Filter("قال \u0640\u064E \u200F خبر", ArabicNormalizer.Search);
            Assert.Equal(new[] { "قال", "خبر" }, tokens.Select(t => t.Term));
            Assert.Equal(new[] { 1, 3 }, tokens.Select(t => t.PositionIncrement));
        }

        [Fact]
        public void AppliesTheNormalizerItWasGiven()
        {
            // Light keeps alef forms, teh marbuta and digits; it removes tatweel.
            Assert.Equal(new[] { "الأمريكيّة", "٢٠٢٤" }, Filter("الأمـريكيّة ٢٠٢٤", ArabicNormalizer.Light).Select(t => t.Term));
        }

        [Fact]
        public void ATokenThatGrowsOrIsLongIsWrittenWhole()
        {
            // The term's buffer grows to the normalized length: a ligature of several words, a word that grows (ترمب →
            // ترامب), a token past the short path's 64 characters (and below the tokenizer's 255), each after a short one.
            string longToken = string.Concat(Enumerable.Repeat("الأميركيّة", 10));
            string text = "قال \uFDFA ترمب " + longToken + " خبر";
            var terms = Filter(text, ArabicNormalizer.Search).Select(t => t.Term).ToArray();
            Assert.Equal(
                new[] { "قال", ArabicNormalizer.Search.Normalize("\uFDFA"), "ترامب", ArabicNormalizer.Search.Normalize(longToken), "خبر" },
                terms);
            Assert.True(terms[1].Length > 10);
            Assert.True(terms[3].Length > 64);
        }

        [Property]
        public void EachTokenIsTheNormalizedTokenOfTheTokenizer(ArabicText text)
        {
            var raw = TokenStreams.Consume(new WhitespaceTokenizer(LuceneVersion.LUCENE_48, new StringReader(text.Value))).Tokens;
            var expected = raw.Select(t => t with { Term = ArabicNormalizer.Search.Normalize(t.Term) }).Where(t => t.Term.Length > 0).Select(t => (t.Term, t.Start, t.End));
            Assert.Equal(expected, Filter(text.Value, ArabicNormalizer.Search).Select(t => (t.Term, t.Start, t.End)));
        }

        [Fact]
        public void NullArgumentsAreRejected()
        {
            var tokenizer = new WhitespaceTokenizer(LuceneVersion.LUCENE_48, new StringReader(""));
            Assert.Throws<ArgumentNullException>(() => new ArabicNewsNormalizationFilter(null!));
            Assert.Throws<ArgumentNullException>(() => new ArabicNewsNormalizationFilter(tokenizer, null!));
        }

        private static System.Collections.Generic.List<TokenInfo> Filter(string text, ArabicNormalizer normalizer) =>
            TokenStreams.Consume(new ArabicNewsNormalizationFilter(new WhitespaceTokenizer(LuceneVersion.LUCENE_48, new StringReader(text)), normalizer)).Tokens;
    }
}
