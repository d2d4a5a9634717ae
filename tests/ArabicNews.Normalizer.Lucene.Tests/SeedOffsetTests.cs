using System;
using System.Linq;
using ArabicNews.Text;
using Xunit;

namespace ArabicNews.Lucene.Tests
{
    /// <summary>For every token of every seed, the original text between its offsets normalizes to the token.</summary>
    public class SeedOffsetTests
    {
        public static TheoryData<string, string, bool> Cases()
        {
            var data = new TheoryData<string, string, bool>();
            foreach (string name in SeedArticles.Names)
            {
                data.Add(name, "search", false);
                data.Add(name, "search", true);
                data.Add(name, "light", false);
                data.Add(name, "lucene", false);
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void EveryTokenPointsAtTheOriginalWordItCameFrom(string seed, string profile, bool useStemmer)
        {
            string original = SeedArticles.Texts[Array.IndexOf(SeedArticles.Names, seed)];
            var analyzer = new ArabicNewsAnalyzer(NormalizationProfile.Parse(profile), useStemmer);
            var (tokens, finalOffset) = TokenStreams.Analyze(analyzer, original);

            Assert.True(tokens.Count > 200, $"{seed}: only {tokens.Count} tokens");
            Assert.Equal(original.Length, finalOffset);
            int previousStart = 0;
            foreach (var token in tokens)
            {
                Assert.InRange(token.Start, previousStart, original.Length);
                Assert.InRange(token.End, token.Start + 1, original.Length);
                previousStart = token.Start;

                string source = original.Substring(token.Start, token.End - token.Start);
                string normalized = analyzer.Normalizer.Normalize(source).ToLowerInvariant();
                if (useStemmer)
                {
                    // The stemmer only takes prefixes and suffixes off the normalized word.
                    Assert.True(normalized.Contains(token.Term, StringComparison.Ordinal), $"{seed} {token}: '{source}' normalizes to '{normalized}'");
                }
                else
                {
                    Assert.True(normalized == token.Term, $"{seed} {token}: '{source}' normalizes to '{normalized}'");
                }
            }
        }

        [Fact]
        public void HighlightsOfTheSpellingVariantAreTheOriginalWords()
        {
            // Seed 1 writes الأميركية (with its dot at the end once); the token is the folded canonical spelling.
            string original = SeedArticles.Texts[1];
            var (tokens, _) = TokenStreams.Analyze(new ArabicNewsAnalyzer(), original);
            var sources = tokens.Where(t => t.Term == "الامريكيه").Select(t => original.Substring(t.Start, t.End - t.Start)).Distinct().ToArray();
            Assert.Equal(new[] { "الأميركية" }, sources);
        }
    }
}
