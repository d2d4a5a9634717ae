using System;
using ArabicNews.Text;
using Xunit;

namespace ArabicNews.Tests.Text
{
    /// <summary>One example per option, most taken from the seed articles.</summary>
    public class ArabicNormalizerExampleTests
    {
        private static string N(ArabicNormalizerOptions options, string text) => new ArabicNormalizer(options).Normalize(text);

        [Theory]
        [InlineData("منعًا", "منعا")] // seed 000: tanween fath
        [InlineData("مُسيرة", "مسيرة")] // seed 000: damma
        [InlineData("عسكريًّا", "عسكريا")] // seed 000: shadda + tanween
        [InlineData("ثُلث", "ثلث")]
        [InlineData("\u0627\u0651\u064E", "\u0627")] // alef, shadda, fatha
        [InlineData("\u0645\u0670\u0644\u0643", "\u0645\u0644\u0643")] // superscript alef
        [InlineData("\u0635\u0644\u0649\u0670", "\u0635\u0644\u0649")]
        [InlineData("\u0642\u06DA\u0644", "\u0642\u0644")] // Quranic annotation mark
        [InlineData("\u0628\u08F0", "\u0628")] // Extended-A mark
        [InlineData("\u0628\u08E2", "\u0628\u08E2")] // U+08E2 is a format character, not a mark
        [InlineData("\u06E5\u06DD", "\u06E5\u06DD")] // small waw is a letter, end of ayah a format character
        public void RemoveDiacritics(string input, string expected) =>
            Assert.Equal(expected, N(ArabicNormalizerOptions.RemoveDiacritics, input));

        [Fact]
        public void KeepShaddaKeepsOnlyShadda() =>
            Assert.Equal("عسكريّ", N(ArabicNormalizerOptions.RemoveDiacritics | ArabicNormalizerOptions.KeepShadda, "عسكريًّ"));

        [Theory]
        [InlineData("ديســمبر", "ديسمبر")]
        [InlineData("الـ31", "ال31")] // seed 003
        [InlineData("بـ«إيران»", "ب«إيران»")] // seed 000
        public void RemoveTatweel(string input, string expected) =>
            Assert.Equal(expected, N(ArabicNormalizerOptions.RemoveTatweel, input));

        [Theory]
        [InlineData("إيران", "ايران")] // seed 000
        [InlineData("آب", "اب")]
        [InlineData("أبريل", "ابريل")]
        [InlineData("ٱلله", "الله")]
        [InlineData("\u0672\u0673\u0675", "\u0627\u0627\u0627")]
        [InlineData("إلى", "الى")] // never الا: alef maqsura is not an alef form
        public void FoldAlef(string input, string expected) =>
            Assert.Equal(expected, N(ArabicNormalizerOptions.FoldAlef, input));

        [Theory]
        [InlineData("فى", "في")] // seed 002
        [InlineData("على", "علي")]
        [InlineData("إلى", "إلي")]
        public void FoldAlefMaqsura(string input, string expected) =>
            Assert.Equal(expected, N(ArabicNormalizerOptions.FoldAlefMaqsura, input));

        [Fact]
        public void FoldTehMarbuta() => Assert.Equal("الامريكيه", N(ArabicNormalizerOptions.FoldTehMarbuta, "الامريكية"));

        [Theory]
        [InlineData("مؤتمر", "موتمر")]
        [InlineData("رئيس", "رييس")]
        [InlineData("سماء", "سماء")] // hamza alone is kept
        public void FoldHamzaOnCarriers(string input, string expected) =>
            Assert.Equal(expected, N(ArabicNormalizerOptions.FoldHamzaOnCarriers, input));

        [Theory]
        [InlineData("كتاباً", "كتابً")] // alef then fathatan
        [InlineData("كتابًا", "كتابً")] // fathatan then alef
        [InlineData("يوما", "يوما")] // no written tanween: stays
        [InlineData("منعًا", "منعً")] // seed 000
        public void RemoveTanweenAlef(string input, string expected) =>
            Assert.Equal(expected, N(ArabicNormalizerOptions.RemoveTanweenAlef, input));

        [Theory]
        [InlineData("كتابا\u200Dً", "كتابً")] // the joiner is removed, so it does not keep the alef from its fathatan
        [InlineData("٪أمريكا\u200Dًاالأمير", "%امريكًلامير")] // found by the idempotence property: the alefs after كً go too
        public void RemoveTanweenAlefLooksPastARemovedJoiner(string input, string expected)
        {
            var options = NormalizationProfile.Search | ArabicNormalizerOptions.RemoveTanweenAlef;
            options &= ~(ArabicNormalizerOptions.RemoveDiacritics | ArabicNormalizerOptions.FoldSpellingVariants);
            var normalizer = new ArabicNormalizer(options);
            string once = normalizer.Normalize(input);
            Assert.Equal(expected, once);
            Assert.Equal(once, normalizer.Normalize(once));
        }

        [Fact]
        public void RemoveTanweenAlefIsOffInEveryPreset()
        {
            Assert.Equal(0, (int)(NormalizationProfile.Search & ArabicNormalizerOptions.RemoveTanweenAlef));
            Assert.Equal(0, (int)(NormalizationProfile.Light & ArabicNormalizerOptions.RemoveTanweenAlef));
            Assert.Equal(0, (int)(NormalizationProfile.Lucene & ArabicNormalizerOptions.RemoveTanweenAlef));
            Assert.Equal("منعا", ArabicNormalizer.Search.Normalize("منعًا"));
        }

        [Theory]
        [InlineData("کتاب", "كتاب")]
        [InlineData("ڪتاب", "كتاب")]
        [InlineData("فی", "فى")] // word-final Farsi yeh is alef maqsura
        [InlineData("ایران", "ايران")] // inside a word it is yeh
        [InlineData("علی،", "على،")]
        [InlineData("فیً", "فىً")] // marks after it do not end the word
        [InlineData("ہ ە ھ ۀ", "ه ه ه ه")]
        [InlineData("ې ے", "ي ي")]
        [InlineData("پ چ ژ گ ڤ", "پ چ ژ گ ڤ")] // no Arabic twin: kept
        public void FoldPersianLetters(string input, string expected) =>
            Assert.Equal(expected, N(ArabicNormalizerOptions.FoldPersianLetters, input));

        [Fact]
        public void SearchFoldsWordFinalFarsiYehToYeh() => Assert.Equal("في", ArabicNormalizer.Search.Normalize("فی"));

        [Fact]
        public void FoldForeignLetters() =>
            Assert.Equal("ب ج ز ك ف ق ك", N(ArabicNormalizerOptions.FoldForeignLetters, "پ چ ژ گ ڤ ڨ ڭ"));

        [Theory]
        [InlineData("٢٠٢١", "2021")]
        [InlineData("۲۰۲۱", "2021")]
        [InlineData("٣٫٥", "3.5")]
        [InlineData("١٬٠٠٠", "1,000")]
        [InlineData("٥٠٪", "50%")]
        [InlineData("أ٫ب", "أ٫ب")] // a separator not between digits stays
        [InlineData("3٫5", "3.5")]
        public void FoldDigits(string input, string expected) =>
            Assert.Equal(expected, N(ArabicNormalizerOptions.FoldDigits, input));

        [Theory]
        [InlineData("\uFEFB", "\u0644\u0627")] // ﻻ
        [InlineData("\uFEF7", "\u0644\u0623")] // ﻷ keeps its hamza
        [InlineData("\uFEF5", "\u0644\u0622")] // ﻵ keeps its madda
        [InlineData("\uFDF2", "\u0627\u0644\u0644\u0647")] // ﷲ
        [InlineData("\uFDFA", "صلى الله عليه وسلم")] // ﷺ
        [InlineData("\uFDFC", "ريال")] // ﷼ with Arabic yeh
        [InlineData("\uFDFD", "بسم الله الرحمن الرحيم")] // ﷽
        [InlineData("\uFE8D\uFEDF\uFEE4\uFEAE\uFE8F", "المرب")] // contextual forms
        [InlineData("\uFE70", "\u064B")] // no space in front of a spacing mark
        public void FoldPresentationForms(string input, string expected) =>
            Assert.Equal(expected, N(ArabicNormalizerOptions.FoldPresentationForms, input));

        [Theory]
        [InlineData("\u0627\u0654", "\u0623")]
        [InlineData("\u0627\u0655", "\u0625")]
        [InlineData("\u0627\u0653", "\u0622")]
        [InlineData("\u0648\u0654", "\u0624")]
        [InlineData("\u064A\u0654", "\u0626")]
        [InlineData("\u0627\u064E\u0654", "\u0623\u064E")] // a haraka in between does not block
        [InlineData("\u0628\u0654", "\u0628\u0654")] // nothing to compose with
        public void ComposeDecomposedLetters(string input, string expected) =>
            Assert.Equal(expected, N(ArabicNormalizerOptions.ComposeDecomposedLetters, input));

        [Fact]
        public void DecomposedHamzaSurvivesDiacriticRemoval()
        {
            var options = ArabicNormalizerOptions.ComposeDecomposedLetters | ArabicNormalizerOptions.RemoveDiacritics;
            Assert.Equal("\u0624", N(options, "\u0648\u0654"));
            Assert.Equal("\u0623\u0646", N(options, "\u0627\u064E\u0654\u0646"));
        }

        [Theory]
        [InlineData("a\u200Bb", "ab")]
        [InlineData("\u200Fالعراق\u200E", "العراق")]
        [InlineData("\u202Bنص\u202C", "نص")]
        [InlineData("\u2067x\u2069", "x")]
        [InlineData("\uFEFFabc", "abc")]
        [InlineData("soft\u00ADhyphen", "softhyphen")]
        [InlineData("\u061Cا", "ا")]
        [InlineData("👨\u200D👩\u200D👧", "👨\u200D👩\u200D👧")] // joiner inside an emoji sequence survives
        [InlineData("❤\uFE0F\u200D🔥", "❤\uFE0F\u200D🔥")]
        [InlineData("ب\u200Dب", "بب")]
        [InlineData("می\u200Cخواهم", "میخواهم")]
        public void RemoveInvisibles(string input, string expected) =>
            Assert.Equal(expected, N(ArabicNormalizerOptions.RemoveInvisibles, input));

        [Fact]
        public void KeepZeroWidthNonJoiner() =>
            Assert.Equal("می\u200Cخواهم", N(ArabicNormalizerOptions.RemoveInvisibles | ArabicNormalizerOptions.KeepZeroWidthNonJoiner, "می\u200Cخواهم\u200B"));

        [Theory]
        [InlineData("نعم، لا؛ ماذا؟", "نعم, لا; ماذا?")]
        [InlineData("«داعش»", "\"داعش\"")]
        [InlineData("“جدول زمني محدد”", "\"جدول زمني محدد\"")] // seed 002
        [InlineData("‘x’ „y", "'x' \"y")]
        [InlineData("العراقية – السورية — x", "العراقية - السورية - x")] // seed 002
        [InlineData("(…)", "(...)")] // seed 002
        [InlineData("جملة۔", "جملة.")]
        public void FoldPunctuation(string input, string expected) =>
            Assert.Equal(expected, N(ArabicNormalizerOptions.FoldPunctuation, input));

        [Theory]
        [InlineData("المفاوضات  الأمريكية", "المفاوضات الأمريكية")] // seed 002: double space
        [InlineData("  a \t b  ", "a b")]
        [InlineData("a\u00A0\u2003b\u3000c", "a b c")]
        [InlineData("a \r\n b", "a\nb")]
        [InlineData("a\rb", "a\nb")]
        [InlineData("a\n\n\n\nb", "a\n\nb")]
        [InlineData("a\n \n\t\nb", "a\n\nb")]
        [InlineData("\n\na\n\n", "a")]
        [InlineData("a\u2028b\u2029c\u0085d", "a\nb\nc\nd")]
        [InlineData("a \u200B b", "a  b")] // without whitespace normalization the invisible just goes
        public void NormalizeWhitespace(string input, string expected)
        {
            var options = expected.Contains("  ") ? ArabicNormalizerOptions.RemoveInvisibles : ArabicNormalizerOptions.NormalizeWhitespace;
            Assert.Equal(expected, N(options, input));
        }

        [Fact]
        public void FoldLineBreaks() =>
            Assert.Equal("a b c", N(ArabicNormalizerOptions.NormalizeWhitespace | ArabicNormalizerOptions.FoldLineBreaks, "a\n\nb \r\n c\n"));

        [Fact]
        public void InvisibleBetweenSpacesDoesNotLeaveTwoSpaces() =>
            Assert.Equal("a b", ArabicNormalizer.Search.Normalize("a \u200F b"));

        [Fact]
        public void TheTwoSpellingsOfAmericanAndPentagonBecomeOne()
        {
            var search = ArabicNormalizer.Search;
            Assert.Equal(search.Normalize("القوات الأمريكية"), search.Normalize("القوات الأميركية")); // seeds 000 and 001
            Assert.Equal(search.Normalize("وفق البنتاجون"), search.Normalize("وفق البنتاغون"));
            Assert.Equal(search.Normalize("الكونجرس"), search.Normalize("الكونغرس"));
        }

        [Fact]
        public void UnknownTextPassesThrough()
        {
            const string mixed = "Hello Привет 你好 😀 \uD800 x\uDC00 שלום";
            Assert.Same(mixed, ArabicNormalizer.Search.Normalize(mixed));
        }

        [Fact]
        public void NullIsRejected() => Assert.Throws<ArgumentNullException>(() => ArabicNormalizer.Search.Normalize(null!));
    }
}
