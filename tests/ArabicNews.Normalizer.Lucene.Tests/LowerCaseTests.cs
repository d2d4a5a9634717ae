using System.IO;
using System.Linq;
using System.Text;
using ArabicNews.Tests.Text;
using FsCheck.Xunit;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Util;
using Xunit;

namespace ArabicNews.Lucene.Tests
{
    /// <summary>The analyzer's lowercasing against Lucene's <see cref="LowerCaseFilter"/>, which it stands in for.</summary>
    [Properties(Arbitrary = new[] { typeof(ArabicTextGenerators) }, MaxTest = 300)]
    public class LowerCaseTests
    {
        [Fact]
        public void EveryCodeUnitIsLowercasedAsLuceneDoesAloneAfterArabicAndAfterAscii()
        {
            // Each code unit that is not whitespace, as a token of its own, after an Arabic letter and after an ASCII one
            // (so that Lucene's lowercasing also takes over in mid-token), then before an uppercase ASCII letter.
            var text = new StringBuilder();
            for (int c = 0; c <= 0xFFFF; c++)
            {
                if (!char.IsWhiteSpace((char)c) && !char.IsSurrogate((char)c))
                {
                    text.Append((char)c).Append(' ').Append('ب').Append((char)c).Append('Q').Append(' ').Append('A').Append((char)c).Append(' ');
                }
            }

            // Surrogates: a pair of each kind, and each alone.
            text.Append("\uD801\uDC00 \uD83D\uDE00 ب\uD801\uDC00Q \uD801 \uDC00 ب\uD801");
            AssertSameAsLucene(text.ToString());
        }

        [Fact]
        public void CaselessBlocksHaveNoCase()
        {
            int caseless = 0;
            for (int c = 0; c <= 0xFFFF; c++)
            {
                char ch = (char)c;
                if (CaselessFastLowerCaseFilter.IsCaseless(ch))
                {
                    caseless++;
                    Assert.True(char.ToLowerInvariant(ch) == ch && char.ToUpperInvariant(ch) == ch, $"U+{c:X4}");
                }
            }

            Assert.Equal(256 + 48 + 144 + 112 + 688 + 144, caseless);
            Assert.True(CaselessFastLowerCaseFilter.IsCaseless('ب'));
            Assert.False(CaselessFastLowerCaseFilter.IsCaseless('É'));
            Assert.False(CaselessFastLowerCaseFilter.IsCaseless('Ж'));
        }

        [Property]
        public void ArabicNewsTextIsLowercasedAsLuceneDoes(ArabicText text)
        {
            AssertSameAsLucene(text.Value + " Trump ÉTÉ Жуков İstanbul ΣΟΦΙΑ " + text.Value.ToUpperInvariant());
        }

        private static void AssertSameAsLucene(string text)
        {
            var expected = TokenStreams.Consume(new LowerCaseFilter(LuceneVersion.LUCENE_48, Tokens(text))).Tokens.Select(t => t.Term).ToList();
            var actual = TokenStreams.Consume(new CaselessFastLowerCaseFilter(LuceneVersion.LUCENE_48, Tokens(text))).Tokens.Select(t => t.Term).ToList();
            Assert.Equal(expected.Count, actual.Count);
            for (int k = 0; k < expected.Count; k++)
            {
                Assert.True(expected[k] == actual[k], $"token {k}: {ArabicText.Escape(expected[k])} against {ArabicText.Escape(actual[k])}");
            }
        }

        private static TokenStream Tokens(string text) => new WhitespaceTokenizer(LuceneVersion.LUCENE_48, new StringReader(text));
    }
}
