using Xunit;

namespace ArabicNews.Lucene.Tests
{
    /// <summary>
    /// Real queries through Lucene's classic query parser over a real index of the five seeds, with the new analyzer
    /// and with Lucene's stock ArabicAnalyzer. Seed ids are file-name order: 0 = 000_…, 4 = 004_….
    /// Seeds 0, 2 and 3 write الأمريكية; seeds 1, 2 and 4 write الأميركية. Seed 0 writes البنتاجون, seed 1 البنتاغون.
    /// </summary>
    public class SearchTests : IClassFixture<SeedIndexFixture>
    {
        private readonly SeedIndexFixture _index;

        public SearchTests(SeedIndexFixture index) => _index = index;

        [Fact]
        public void AmericanWithoutHamzaFindsBothSpellings()
        {
            Assert.Equal(new[] { 0, 1, 2, 3, 4 }, _index.News.Search("الامريكيه"));

            // The stock analyzer folds أ and ة but not the ير/ري spelling: it misses seeds 1 and 4.
            Assert.Equal(new[] { 0, 2, 3 }, _index.Stock.Search("الامريكيه"));
        }

        [Fact]
        public void PentagonWithGhainFindsPentagonWithJeem()
        {
            Assert.Equal(new[] { 0, 1 }, _index.News.Search("البنتاغون"));
            Assert.Equal(new[] { 1 }, _index.Stock.Search("البنتاغون"));
        }

        [Fact]
        public void PentagonWithJeemFindsPentagonWithGhain()
        {
            Assert.Equal(new[] { 0, 1 }, _index.News.Search("البنتاجون"));
            Assert.Equal(new[] { 0 }, _index.Stock.Search("البنتاجون"));
        }

        [Fact]
        public void ArabicIndicDigitsFindAsciiDigits()
        {
            // Seeds 0 to 3 write 2014 in ASCII digits; the query is typed ٢٠١٤.
            Assert.Equal(new[] { 0, 1, 2, 3 }, _index.News.Search("٢٠١٤"));
            Assert.Empty(_index.Stock.Search("٢٠١٤"));
        }

        [Fact]
        public void AsciiDigitsFindAsciiDigitsWithBothAnalyzers()
        {
            // The control for the query above: the documents are there for both analyzers.
            Assert.Equal(new[] { 0, 1, 2, 3 }, _index.News.Search("2014"));
            Assert.Equal(new[] { 0, 1, 2, 3 }, _index.Stock.Search("2014"));
        }

        [Fact]
        public void FullyVowelledQueryFindsUndiacritizedText()
        {
            // Vowelled text writes the article's alef as alef wasla ٱ, with sukun and shadda: ٱلتَّدْرِيبِ. Seeds 0, 3 and 4
            // write التدريب. The stock analyzer removes the harakat but keeps ٱ, so it finds nothing.
            Assert.Equal(new[] { 0, 3, 4 }, _index.News.Search("ٱلتَّدْرِيبِ"));
            Assert.Empty(_index.Stock.Search("ٱلتَّدْرِيبِ"));
        }

        [Fact]
        public void QueryWithDaggerAlefFindsUndiacritizedText()
        {
            // Superscript (dagger) alef U+0670 is a diacritic outside Lucene's U+064B–U+0652.
            Assert.Equal(new[] { 0, 3, 4 }, _index.News.Search("التدري\u0670ب"));
            Assert.Empty(_index.Stock.Search("التدري\u0670ب"));
        }

        [Fact]
        public void QueryWithHarakatFindsUndiacritizedText()
        {
            // Harakat inside U+064B–U+0652 the stock analyzer removes too: both find the same seeds.
            Assert.Equal(new[] { 0, 3, 4 }, _index.News.Search("التَّدْرِيبِ"));
            Assert.Equal(new[] { 0, 3, 4 }, _index.Stock.Search("التَّدْرِيبِ"));
        }

        [Fact]
        public void UndiacritizedQueryFindsDiacritizedText()
        {
            // Seed 0 writes مزّقها (shadda) and منعًا (fathatan); seed 1 writes both جدولًا and جدولاً.
            Assert.Equal(new[] { 0 }, _index.News.Search("مزقها"));
            Assert.Equal(new[] { 0 }, _index.News.Search("منعا"));
            Assert.Equal(new[] { 1 }, _index.News.Search("جدولا"));

            // The seeds' marks are all inside U+064B–U+0652, which the stock analyzer removes as well.
            Assert.Equal(new[] { 0 }, _index.Stock.Search("مزقها"));
            Assert.Equal(new[] { 1 }, _index.Stock.Search("جدولا"));
        }

        [Fact]
        public void UndiacritizedQueryHighlightsTheDiacritizedOriginal()
        {
            // The offsets point into the original: the highlight keeps the shadda and the tanween.
            Assert.Equal(new[] { "مزّقها" }, _index.News.Highlights("مزقها", 0));
            Assert.Equal(new[] { "جدولًا", "جدولاً" }, _index.News.Highlights("جدولا", 1));
        }

        [Fact]
        public void HaziranFindsYunyu()
        {
            // Seed 3 writes "يونيو/حزيران 2014", the only June in the seeds, so both analyzers find seed 3 ...
            Assert.Equal(new[] { 3 }, _index.News.Search("حزيران"));
            Assert.Equal(new[] { 3 }, _index.Stock.Search("حزيران"));

            // ... but only the new analyzer finds يونيو for حزيران: both spellings are hits.
            Assert.Equal(new[] { "يونيو", "حزيران" }, _index.News.Highlights("حزيران", 3));
            Assert.Equal(new[] { "حزيران" }, _index.Stock.Highlights("حزيران", 3));
        }

        [Fact]
        public void YanayirFindsKanunAlThani()
        {
            // Seed 4 writes يناير; seed 1 writes only "كانون الثاني الماضي".
            Assert.Equal(new[] { 1, 4 }, _index.News.Search("يناير"));
            Assert.Equal(new[] { 4 }, _index.Stock.Search("يناير"));
        }

        [Fact]
        public void LevantineNovemberFindsEgyptianNovember()
        {
            // Seed 0 writes 22/نوفمبر/2021; seed 1 writes "في تشرين الثاني المقبل".
            Assert.Equal(new[] { 0, 1 }, _index.News.Search("\"تشرين الثاني\""));
            Assert.Equal(new[] { 1 }, _index.Stock.Search("\"تشرين الثاني\""));
        }
    }
}
