using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ArabicNews.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Util;
using Xunit;

namespace ArabicNews.Lucene.Tests
{
    /// <summary>The factories, found by name the way Lucene finds its own.</summary>
    public class FactoryTests
    {
        [Fact]
        public void LuceneFindsTheCharFilterFactoryByName()
        {
            Assert.Equal(typeof(ArabicNewsNormalizationCharFilterFactory), CharFilterFactory.LookupClass("arabicNewsNormalization"));
            Assert.Contains("arabicNewsNormalization", CharFilterFactory.AvailableCharFilters, StringComparer.OrdinalIgnoreCase);
        }

        [Fact]
        public void LuceneFindsTheTokenFilterFactoryByName()
        {
            Assert.Equal(typeof(ArabicNewsNormalizationFilterFactory), TokenFilterFactory.LookupClass("arabicNewsNormalization"));
            Assert.Contains("arabicNewsNormalization", TokenFilterFactory.AvailableTokenFilters, StringComparer.OrdinalIgnoreCase);
        }

        [Fact]
        public void AChainBuiltByNameNormalizesAndKeepsOffsets()
        {
            var charFilter = CharFilterFactory.ForName("arabicNewsNormalization", new Dictionary<string, string> { ["profile"] = "search" });
            var tokenizer = TokenizerFactory.ForName("standard", new Dictionary<string, string> { ["luceneMatchVersion"] = "4.8" });
            var lowerCase = TokenFilterFactory.ForName("lowercase", new Dictionary<string, string> { ["luceneMatchVersion"] = "4.8" });

            string text = "قالت الأميركيّة CNN";
            TokenStream stream = lowerCase.Create(tokenizer.Create(charFilter.Create(new StringReader(text))));
            var tokens = TokenStreams.Consume(stream).Tokens;
            Assert.Equal(new[] { "قالت", "الامريكيه", "cnn" }, tokens.Select(t => t.Term));
            Assert.Equal("الأميركيّة", text.Substring(tokens[1].Start, tokens[1].End - tokens[1].Start));
        }

        [Theory]
        [InlineData(null, NormalizationProfile.Search)]
        [InlineData("search", NormalizationProfile.Search)]
        [InlineData("Light", NormalizationProfile.Light)]
        [InlineData("lucene", NormalizationProfile.Lucene)]
        [InlineData("light+fold-digits", NormalizationProfile.Light | ArabicNormalizerOptions.FoldDigits)]
        [InlineData("search-fold-teh-marbuta", NormalizationProfile.Search & ~ArabicNormalizerOptions.FoldTehMarbuta)]
        public void TheProfileArgumentChoosesTheNormalization(string? profile, ArabicNormalizerOptions expected)
        {
            Assert.Equal(expected, new ArabicNewsNormalizationCharFilterFactory(Args(profile)).Normalizer.Options);
            Assert.Equal(expected, new ArabicNewsNormalizationFilterFactory(Args(profile)).Normalizer.Options);
        }

        [Theory]
        [InlineData("serch")]
        [InlineData("search+fold-everything")]
        [InlineData("")]
        public void AProfileThatDoesNotParseIsRejected(string profile)
        {
            var error = Assert.Throws<ArgumentException>(() => new ArabicNewsNormalizationCharFilterFactory(Args(profile)));
            Assert.Contains(profile, error.Message, StringComparison.Ordinal);
            Assert.Throws<ArgumentException>(() => new ArabicNewsNormalizationFilterFactory(Args(profile)));
        }

        [Fact]
        public void AnUnknownArgumentIsRejected()
        {
            var args = new Dictionary<string, string> { ["profile"] = "search", ["stemming"] = "true" };
            var error = Assert.Throws<ArgumentException>(() => new ArabicNewsNormalizationFilterFactory(args));
            Assert.Contains("stemming", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void TheFactoriesCreateTheirFilters()
        {
            var charFilter = new ArabicNewsNormalizationCharFilterFactory(Args("light")).Create(new StringReader("أَ"));
            Assert.Same(ArabicNormalizer.Light, Assert.IsType<ArabicNewsNormalizationCharFilter>(charFilter).Normalizer);
            var tokenizer = new KeywordTokenizer(new StringReader("أَ"));
            var filter = new ArabicNewsNormalizationFilterFactory(Args("lucene")).Create(tokenizer);
            Assert.Same(ArabicNormalizer.Lucene, Assert.IsType<ArabicNewsNormalizationFilter>(filter).Normalizer);
        }

        private static Dictionary<string, string> Args(string? profile) =>
            profile is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["profile"] = profile };
    }
}
