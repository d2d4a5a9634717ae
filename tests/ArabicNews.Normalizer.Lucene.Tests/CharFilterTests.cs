using System;
using System.IO;
using System.Linq;
using System.Text;
using ArabicNews.Text;
using Lucene.Net.Analysis.CharFilters;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;
using Xunit;

namespace ArabicNews.Lucene.Tests
{
    public class CharFilterTests
    {
        [Fact]
        public void ReadsTheNormalizedText()
        {
            string text = "  قالت وزارة الدفاع الأميركيّة (البنتاغون) يوم ٢٠٢٤  ";
            Assert.Equal(ArabicNormalizer.Search.Normalize(text) + " ", ReadAll(new ArabicNewsNormalizationCharFilter(new StringReader(text)), chunk: 1));
            Assert.Equal(ArabicNormalizer.Search.Normalize(text) + " ", ReadAll(new ArabicNewsNormalizationCharFilter(new StringReader(text)), chunk: 4096));
        }

        [Fact]
        public void ReadsNormalizedTextUnchangedAndKeepsItsOffsets()
        {
            string text = "الامريكيه والعراق";
            var filter = new ArabicNewsNormalizationCharFilter(new StringReader(text));
            Assert.Equal(text, ReadAll(filter, chunk: 3));
            Assert.Equal(9, filter.CorrectOffset(9));
            Assert.Equal(text.Length, filter.CorrectOffset(text.Length));
        }

        [Fact]
        public void ReadAndPeekGoCharacterByCharacter()
        {
            var filter = new ArabicNewsNormalizationCharFilter(new StringReader("أَب"));
            Assert.Equal('ا', filter.Peek());
            Assert.Equal('ا', filter.Read());
            Assert.Equal('ب', filter.Read());
            Assert.Equal(-1, filter.Peek());
            Assert.Equal(-1, filter.Read());
            Assert.Equal(0, filter.Read(new char[4], 0, 4));
        }

        [Fact]
        public void TokenOffsetsCoverRemovedDiacriticsAndTatweel()
        {
            string text = "قالت الأمـــريكيّةُ، اليوم";
            var tokens = Tokens(text);
            Assert.Equal(new[] { "قالت", "الامريكيه", "اليوم" }, tokens.Select(t => t.Term));
            Assert.Equal("الأمـــريكيّةُ", text.Substring(tokens[1].Start, tokens[1].End - tokens[1].Start));
        }

        [Fact]
        public void EveryWordOfAnExpandedLigatureHighlightsTheLigature()
        {
            // ﷺ is one character that normalizes to four words; each of them points at it.
            string text = "قال النبي ﷺ للناس";
            var tokens = Tokens(text);
            int ligature = text.IndexOf('ﷺ');
            Assert.Equal(new[] { "قال", "النبي", "صلي", "الله", "عليه", "وسلم", "للناس" }, tokens.Select(t => t.Term));
            Assert.All(tokens.Skip(2).Take(4), t => Assert.Equal((ligature, ligature + 1), (t.Start, t.End)));
            Assert.Equal("للناس", text.Substring(tokens[6].Start, tokens[6].End - tokens[6].Start));
        }

        [Fact]
        public void TrimmedWhitespaceStaysOutOfTheLastTokenButCountsInTheFinalOffset()
        {
            string text = "\u200F  خبر عاجل\u064C \u200F\r\n\r\n";
            var (tokens, finalOffset) = TokenStreams.Consume(Stream(text));
            Assert.Equal(new[] { "خبر", "عاجل" }, tokens.Select(t => t.Term));
            Assert.Equal("خبر", text.Substring(tokens[0].Start, tokens[0].End - tokens[0].Start));
            Assert.Equal("عاجل\u064C", text.Substring(tokens[1].Start, tokens[1].End - tokens[1].Start));
            Assert.Equal(text.Length, finalOffset);
        }

        [Fact]
        public void EmptyAndRemovedOnlyTextsHaveNoTokensAndTheirOwnLength()
        {
            foreach (string text in new[] { "", "   ", "\u064B\u0640\u200F", "\n\n" })
            {
                var (tokens, finalOffset) = TokenStreams.Consume(Stream(text));
                Assert.Empty(tokens);
                Assert.Equal(text.Length, finalOffset);
            }
        }

        [Fact]
        public void OffsetsChainThroughTheCharFilterInFront()
        {
            // HTML stripped first, then normalized: offsets point into the HTML, exactly where the HTML filter alone puts
            // them (it ends a word that a tag follows after the tag).
            string html = "<p>قالت <b>الأميركيّة</b> اليوم</p>";
            var tokenizer = new StandardTokenizer(
                LuceneVersion.LUCENE_48, new ArabicNewsNormalizationCharFilter(new HTMLStripCharFilter(new StringReader(html))));
            var (tokens, finalOffset) = TokenStreams.Consume(tokenizer);
            var (htmlOnly, htmlFinalOffset) = TokenStreams.Consume(
                new StandardTokenizer(LuceneVersion.LUCENE_48, new HTMLStripCharFilter(new StringReader(html))));

            Assert.Equal(new[] { "قالت", "الامريكيه", "اليوم" }, tokens.Select(t => t.Term));
            Assert.Equal(html.IndexOf("الأميركيّة", StringComparison.Ordinal), tokens[1].Start);
            Assert.Equal(htmlOnly.Select(t => (t.Start, t.End)), tokens.Select(t => (t.Start, t.End)));
            Assert.Equal(htmlFinalOffset, finalOffset);
        }

        [Fact]
        public void LongTextsAndTextsThatGrowAreReadWhole()
        {
            // Longer than the first read buffer, through a reader that is not a StringReader; and ﷺ grows eighteenfold,
            // past the first guess at the output size.
            string longText = string.Concat(Enumerable.Repeat(SeedArticles.Texts[0], 4));
            string growing = string.Concat(Enumerable.Repeat("ﷺ ", 3000));
            foreach (string text in new[] { longText, growing })
            {
                var filter = new ArabicNewsNormalizationCharFilter(new HTMLStripCharFilter(new StringReader(text)));
                string expected = ArabicNormalizer.Search.Normalize(text);
                string actual = ReadAll(filter, chunk: 1000);
                // The text handed on ends with one space when the original ends with whitespace normalization trimmed.
                Assert.Equal(expected, actual.EndsWith(' ') ? actual.Substring(0, actual.Length - 1) : actual);
                Assert.Equal(text.Length, filter.CorrectOffset(actual.Length));
            }
        }

        [Fact]
        public void ASeparatorIsWhitespacePunctuationASymbolOrAControlForEveryCodeUnit()
        {
            // The bit table that Correct reads, against the runtime's Unicode categories it is built from.
            for (int c = 0; c <= 0xFFFF; c++)
            {
                char ch = (char)c;
                bool expected = char.IsWhiteSpace(ch) || char.IsPunctuation(ch) || char.IsSymbol(ch) || char.IsControl(ch);
                Assert.True(expected == NormalizedDocument.IsSeparator(ch), $"U+{c:X4}");
            }

            Assert.True(NormalizedDocument.IsSeparator('،'));
            Assert.True(NormalizedDocument.IsSeparator('«'));
            Assert.False(NormalizedDocument.IsSeparator('ب'));
            Assert.False(NormalizedDocument.IsSeparator('7'));
        }

        [Fact]
        public void ADisposedFilterCannotBeRead()
        {
            var filter = new ArabicNewsNormalizationCharFilter(new StringReader("قالت الأميركيّة"));
            Assert.Equal('ق', filter.Read());
            filter.Dispose();
            filter.Dispose();
            Assert.Throws<ObjectDisposedException>(() => filter.Read());
            Assert.Throws<ObjectDisposedException>(() => filter.CorrectOffset(0));

            var unread = new ArabicNewsNormalizationCharFilter(new StringReader("نص"));
            unread.Dispose();
            Assert.Throws<ObjectDisposedException>(() => unread.Read(new char[4], 0, 4));
        }

        [Fact]
        public void NullArgumentsAreRejected()
        {
            Assert.Throws<ArgumentNullException>(() => new ArabicNewsNormalizationCharFilter(null!));
            Assert.Throws<ArgumentNullException>(() => new ArabicNewsNormalizationCharFilter(new StringReader(""), null!));
            var filter = new ArabicNewsNormalizationCharFilter(new StringReader("نص"));
            Assert.Throws<ArgumentNullException>(() => filter.Read(null!, 0, 1));
            Assert.Throws<ArgumentOutOfRangeException>(() => filter.Read(new char[2], 1, 2));
        }

        private static WhitespaceTokenizer Stream(string text) =>
            new WhitespaceTokenizer(LuceneVersion.LUCENE_48, new ArabicNewsNormalizationCharFilter(new StringReader(text)));

        private static System.Collections.Generic.List<TokenInfo> Tokens(string text) =>
            TokenStreams.Consume(new StandardTokenizer(LuceneVersion.LUCENE_48, new ArabicNewsNormalizationCharFilter(new StringReader(text)))).Tokens;

        private static string ReadAll(TextReader reader, int chunk)
        {
            var builder = new StringBuilder();
            var buffer = new char[chunk + 2];
            int read;
            while ((read = reader.Read(buffer, 1, chunk)) > 0)
            {
                builder.Append(buffer, 1, read);
            }

            return builder.ToString();
        }
    }
}
