using System.Linq;
using ArabicNews.Text;
using Lucene.Net.Util;
using ArabicAnalyzer = Lucene.Net.Analysis.Ar.ArabicAnalyzer;
using Xunit;

namespace ArabicNews.Lucene.Tests
{
    public class AnalyzerTests
    {
        [Fact]
        public void StopWordsAreRemovedWhateverTheirSpelling()
        {
            // على is a stop word; written with yeh, with a shadda or with tatweel it is the same word once normalized.
            var tokens = TokenStreams.Analyze(new ArabicNewsAnalyzer(), "ردّ على علـى الهجوم عَلَى الفور").Tokens;
            Assert.Equal(new[] { "رد", "الهجوم", "الفور" }, tokens.Select(t => t.Term));
            Assert.Equal(new[] { 1, 3, 2 }, tokens.Select(t => t.PositionIncrement));
        }

        [Fact]
        public void EveryStopWordIsInNormalizedForm()
        {
            var analyzer = new ArabicNewsAnalyzer();
            var stock = ArabicAnalyzer.DefaultStopSet.Cast<string>().ToArray();
            var expected = stock.Select(ArabicNormalizer.Search.Normalize).Distinct().OrderBy(w => w, System.StringComparer.Ordinal);
            Assert.Equal(expected, analyzer.StopWords.Cast<string>().OrderBy(w => w, System.StringComparer.Ordinal));

            // Lucene's list spells many words several ways (إلى, الى); normalized, they are fewer.
            Assert.InRange(analyzer.StopWords.Count, 60, stock.Length - 1);

            Assert.True(analyzer.StopWords.IsReadOnly, "read-only");
            Assert.Contains("الي", analyzer.StopWords.Cast<string>());
            Assert.Contains("علي", analyzer.StopWords.Cast<string>());
            Assert.DoesNotContain("إلى", analyzer.StopWords.Cast<string>());
        }

        [Fact]
        public void CustomStopWordsAreNormalizedToo()
        {
            // Given with hamza, diacritics and capitals; matched in every spelling.
            var analyzer = new ArabicNewsAnalyzer(ArabicNormalizer.Search, stopWords: new[] { "أيضًا", "The" });
            var tokens = TokenStreams.Analyze(analyzer, "قال ايضا the وزير THE إيضاً على").Tokens;
            Assert.Equal(new[] { "قال", "وزير", "علي" }, tokens.Select(t => t.Term));
            Assert.Equal(new[] { "ايضا", "the" }, analyzer.StopWords.Cast<string>().OrderBy(w => w, System.StringComparer.Ordinal).Reverse());

            var none = new ArabicNewsAnalyzer(ArabicNormalizer.Search, stopWords: System.Array.Empty<string>());
            Assert.Equal(new[] { "قال", "علي", "الهجوم" }, TokenStreams.Analyze(none, "قال على الهجوم").Tokens.Select(t => t.Term));
        }

        [Fact]
        public void LatinIsLowercased()
        {
            Assert.Equal(new[] { "cnn", "pentagon" }, TokenStreams.Analyze(new ArabicNewsAnalyzer(), "CNN Pentagon").Tokens.Select(t => t.Term));
        }

        [Fact]
        public void TheStemmerIsAnOption()
        {
            Assert.Equal(new[] { "الامريكيه" }, TokenStreams.Analyze(new ArabicNewsAnalyzer(), "الأميركية").Tokens.Select(t => t.Term));
            var stemming = new ArabicNewsAnalyzer(NormalizationProfile.Search, useStemmer: true);
            Assert.True(stemming.UsesStemmer);
            Assert.Equal(new[] { "امريك" }, TokenStreams.Analyze(stemming, "الأميركية").Tokens.Select(t => t.Term));
        }

        [Fact]
        public void ItsOptionsAreTheNormalizersOptions()
        {
            Assert.Same(ArabicNormalizer.Search, new ArabicNewsAnalyzer().Normalizer);
            Assert.Same(ArabicNormalizer.Light, new ArabicNewsAnalyzer(NormalizationProfile.Light).Normalizer);
            var custom = new ArabicNewsAnalyzer(NormalizationProfile.Search & ~ArabicNormalizerOptions.FoldDigits);
            Assert.Equal(new[] { "٢٠٢٤" }, TokenStreams.Analyze(custom, "٢٠٢٤").Tokens.Select(t => t.Term));
            Assert.Throws<System.ArgumentNullException>(() => new ArabicNewsAnalyzer((ArabicNormalizer)null!));
            Assert.Throws<System.ArgumentOutOfRangeException>(() => new ArabicNewsAnalyzer((ArabicNormalizerOptions)(1 << 30)));
        }

        [Fact]
        public void TheStockAnalyzerKeepsWhatTheNewOneFolds()
        {
            // The baseline the package replaces, on the same words: ٱ, digits, presentation forms, invisibles, variants.
            string text = "ٱلعراق ٢٠٢٤ ﻻ\u200Fمركزية البنتاغون";
            var stock = TokenStreams.Analyze(new ArabicAnalyzer(LuceneVersion.LUCENE_48), text).Tokens.Select(t => t.Term).ToArray();
            var news = TokenStreams.Analyze(new ArabicNewsAnalyzer(NormalizationProfile.Search, useStemmer: true), text).Tokens.Select(t => t.Term).ToArray();
            Assert.Equal(new[] { "ٱلعراق", "٢٠٢٤", "ﻻ\u200Fمركز", "بنتاغ" }, stock);
            Assert.Equal(new[] { "عراق", "2024", "لامركز", "بنتاج" }, news);
        }
    }
}
