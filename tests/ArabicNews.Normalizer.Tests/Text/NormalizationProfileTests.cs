using System;
using ArabicNews.Text;
using FsCheck.Xunit;
using Xunit;

namespace ArabicNews.Tests.Text
{
    public class NormalizationProfileTests
    {
        [Theory]
        [InlineData(NormalizationProfile.Search, "search")]
        [InlineData(NormalizationProfile.Light, "light")]
        [InlineData(NormalizationProfile.Lucene, "lucene")]
        [InlineData(ArabicNormalizerOptions.None, "none")]
        [InlineData(NormalizationProfile.Light | ArabicNormalizerOptions.FoldDigits, "light+fold-digits")]
        [InlineData(NormalizationProfile.Search & ~ArabicNormalizerOptions.FoldTehMarbuta | ArabicNormalizerOptions.KeepShadda, "search+keep-shadda-fold-teh-marbuta")]
        public void FormatsAsTheClosestPresetPlusSwitches(ArabicNormalizerOptions options, string expected)
        {
            Assert.Equal(expected, NormalizationProfile.Format(options));
            Assert.Equal(options, NormalizationProfile.Parse(expected));
        }

        [Property(Arbitrary = new[] { typeof(ArabicTextGenerators) }, MaxTest = 1000)]
        public void EveryOptionValueRoundTrips(AnyOptions options) =>
            Assert.Equal(options.Value, NormalizationProfile.Parse(NormalizationProfile.Format(options.Value)));

        [Theory]
        [InlineData("SEARCH", NormalizationProfile.Search)]
        [InlineData(" light ", NormalizationProfile.Light)]
        [InlineData("none+fold-alef+fold-alef-maqsura", ArabicNormalizerOptions.FoldAlef | ArabicNormalizerOptions.FoldAlefMaqsura)]
        [InlineData("none+fold-alef-maqsura+fold-alef", ArabicNormalizerOptions.FoldAlef | ArabicNormalizerOptions.FoldAlefMaqsura)]
        [InlineData("search-remove-diacritics-fold-alef", NormalizationProfile.Search & ~ArabicNormalizerOptions.RemoveDiacritics & ~ArabicNormalizerOptions.FoldAlef)]
        public void ParsesNamesThatContainHyphens(string text, ArabicNormalizerOptions expected) =>
            Assert.Equal(expected, NormalizationProfile.Parse(text));

        [Theory]
        [InlineData("")]
        [InlineData("searching")]
        [InlineData("search+")]
        [InlineData("search+fold")]
        [InlineData("search+fold-alef-")]
        [InlineData("+fold-alef")]
        [InlineData("search fold-alef")]
        public void RejectsWhatIsNotAProfile(string text)
        {
            Assert.False(NormalizationProfile.TryParse(text, out _));
            Assert.Throws<FormatException>(() => NormalizationProfile.Parse(text));
        }

        [Fact]
        public void NullIsRejected()
        {
            Assert.False(NormalizationProfile.TryParse(null, out _));
            Assert.Throws<ArgumentNullException>(() => NormalizationProfile.Parse(null!));
        }

        [Fact]
        public void UndefinedBitsAreRejected()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => NormalizationProfile.Format((ArabicNormalizerOptions)(1 << 30)));
            Assert.Throws<ArgumentOutOfRangeException>(() => new ArabicNormalizer((ArabicNormalizerOptions)(1 << 30)));
        }

        [Fact]
        public void NormalizerPrintsItsProfile() => Assert.Equal("search", ArabicNormalizer.Search.ToString());
    }
}
