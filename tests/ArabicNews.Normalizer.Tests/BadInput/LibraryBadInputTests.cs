using System;
using System.IO;
using System.Linq;
using ArabicNews.Calendars;
using ArabicNews.Text;
using Xunit;

namespace ArabicNews.Tests.BadInput
{
    /// <summary>
    /// Every public entry point with null, empty, whitespace, 10 MB and lone-surrogate input: null throws
    /// <see cref="ArgumentNullException"/>, Try methods return false, the rest give their documented answer, and
    /// nothing throws from deep inside or loses text.
    /// </summary>
    public class LibraryBadInputTests
    {
        private static readonly ArabicNormalizer[] Normalizers = { ArabicNormalizer.Search, ArabicNormalizer.Light, ArabicNormalizer.Lucene };

        [Fact]
        public void NullIsArgumentNullException()
        {
            foreach (var normalizer in Normalizers)
            {
                Assert.Throws<ArgumentNullException>("text", () => normalizer.Normalize(null!));
                Assert.Throws<ArgumentNullException>("text", () => normalizer.NormalizeWithOffsets(null!));
                Assert.Throws<ArgumentNullException>("reader", () => normalizer.Normalize(null!, TextWriter.Null));
                Assert.Throws<ArgumentNullException>("writer", () => normalizer.Normalize(new StringReader("x"), null!));
            }

            Assert.Throws<ArgumentNullException>("lexicon", () => new ArabicNormalizer(NormalizationProfile.Search, null!));
            Assert.Throws<ArgumentNullException>("text", () => NormalizationProfile.Parse(null!));
            Assert.False(NormalizationProfile.TryParse(null, out _));
            Assert.Throws<ArgumentNullException>("sets", () => new SpellingVariantLexicon(null!));
            Assert.Throws<ArgumentNullException>(() => new SpellingVariantLexicon(new[] { (string[])null! }));
            Assert.Throws<ArgumentNullException>(() => new SpellingVariantLexicon(new[] { new[] { "أمريك", null! } }));
            Assert.Throws<ArgumentNullException>("additionalSets", () => SpellingVariantLexicon.Default.WithSets(null!));
            Assert.Throws<ArgumentNullException>("name", () => MonthNames.Translate(null!, MonthSystem.EgyptGulf));
            Assert.False(HijriDate.TryParse((string?)null, out _));
        }

        [Theory]
        [MemberData(nameof(BadInputs.TextNames), MemberType = typeof(BadInputs))]
        public void NormalizerGivesTheSameAnswerThroughEveryApi(string name)
        {
            string text = BadInputs.Text(name);
            foreach (var normalizer in Normalizers)
            {
                string result = normalizer.Normalize(text);
                Assert.Equal(result, normalizer.NormalizeWithOffsets(text).Text);

                var writer = new StringWriter();
                normalizer.Normalize(new StringReader(text), writer);
                Assert.Equal(result, writer.ToString());

                var destination = new char[normalizer.GetMaxOutputLength(text.Length)];
                Assert.True(normalizer.TryNormalize(text.AsSpan(), destination, out int written));
                Assert.Equal(result, new string(destination, 0, written));

                Assert.True(normalizer.IsNormalized(result.AsSpan()));
                Assert.Equal(result, normalizer.Normalize(result));
            }
        }

        [Theory]
        [MemberData(nameof(BadInputs.TextNames), MemberType = typeof(BadInputs))]
        public void NothingIsLost(string name)
        {
            string text = BadInputs.Text(name);
            foreach (var normalizer in Normalizers)
            {
                string result = normalizer.Normalize(text);
                Assert.Equal(text.Count(char.IsSurrogate), result.Count(char.IsSurrogate));
                if (text.Trim().Length == 0)
                {
                    // Whitespace is removed only by the option that owns it; without it, it passes through untouched.
                    bool ownsWhitespace = (normalizer.Options & ArabicNormalizerOptions.NormalizeWhitespace) != 0;
                    Assert.Equal(ownsWhitespace ? string.Empty : text, result);
                }
                else
                {
                    Assert.NotEqual(string.Empty, result);
                }

                var mapped = normalizer.NormalizeWithOffsets(text);
                for (int i = 0; i < mapped.Text.Length; i += 997)
                {
                    Assert.InRange(mapped.GetSourceIndex(i), 0, text.Length - 1);
                }

                var (start, length) = mapped.MapToSource(0, mapped.Text.Length);
                Assert.InRange(start, 0, text.Length);
                Assert.InRange(start + length, start, text.Length);
            }
        }

        [Fact]
        public void TooSmallDestinationIsFalseNotAnException()
        {
            Assert.False(ArabicNormalizer.Search.TryNormalize(BadInputs.LoneSurrogates.AsSpan(), Span<char>.Empty, out int written));
            Assert.Equal(0, written);
            Assert.False(ArabicNormalizer.Search.TryNormalize(BadInputs.TenMegabytes.AsSpan(), new char[100], out _));
            Assert.True(ArabicNormalizer.Search.TryNormalize(ReadOnlySpan<char>.Empty, Span<char>.Empty, out written));
            Assert.Equal(0, written);
        }

        [Fact]
        public void OutOfRangeArgumentsAreArgumentOutOfRange()
        {
            Assert.Throws<ArgumentOutOfRangeException>("sourceLength", () => ArabicNormalizer.Search.GetMaxOutputLength(-1));
            Assert.Throws<ArgumentOutOfRangeException>("sourceLength", () => ArabicNormalizer.Search.GetMaxOutputLength(int.MaxValue));
            Assert.Throws<ArgumentOutOfRangeException>("options", () => new ArabicNormalizer((ArabicNormalizerOptions)(1 << 30)));
            Assert.Throws<ArgumentOutOfRangeException>("options", () => NormalizationProfile.Format((ArabicNormalizerOptions)(1 << 30)));
            var mapped = ArabicNormalizer.Search.NormalizeWithOffsets(string.Empty);
            Assert.Throws<ArgumentOutOfRangeException>("index", () => mapped.GetSourceIndex(0));
            Assert.Throws<ArgumentOutOfRangeException>("start", () => mapped.MapToSource(0, 1));
            Assert.Equal((0, 0), mapped.MapToSource(0, 0));
            Assert.Throws<ArgumentOutOfRangeException>("month", () => MonthNames.GetName(0, MonthSystem.Levant));
            Assert.Throws<ArgumentOutOfRangeException>("month", () => MonthNames.GetNames(13));
            Assert.Throws<ArgumentOutOfRangeException>("system", () => MonthNames.GetName(1, (MonthSystem)42));
            Assert.Throws<ArgumentOutOfRangeException>("day", () => WeekdayNames.GetName((DayOfWeek)7));
            Assert.Throws<ArgumentOutOfRangeException>("year", () => new HijriDate(0, 1, 1));
        }

        [Theory]
        [MemberData(nameof(BadInputs.TextNames), MemberType = typeof(BadInputs))]
        public void ParsersAndLookupsSayFalse(string name)
        {
            string text = BadInputs.Text(name);
            Assert.False(NormalizationProfile.TryParse(text, out _));
            Assert.Throws<FormatException>(() => NormalizationProfile.Parse(text));
            Assert.False(MonthNames.TryLookup(text.AsSpan(), out var month));
            Assert.Null(month);
            Assert.False(MonthNames.TryTranslate(text.AsSpan(), MonthSystem.Levant, out var translated));
            Assert.Null(translated);
            Assert.Throws<ArgumentException>("name", () => MonthNames.Translate(text, MonthSystem.Levant));
            Assert.False(WeekdayNames.TryParse(text.AsSpan(), out _));
            Assert.False(HijriDate.TryParse(text, out _));
            Assert.False(HijriDate.TryParse(text.AsSpan(), out _));
        }

        [Theory]
        [MemberData(nameof(BadInputs.TextNames), MemberType = typeof(BadInputs))]
        public void MatchersAcceptAnyPosition(string name)
        {
            string text = BadInputs.Text(name);
            foreach (int position in new[] { -1, 0, 1, text.Length / 2, text.Length - 1, text.Length, text.Length + 1, int.MaxValue, int.MinValue })
            {
                Assert.False(MonthNames.TryMatch(text.AsSpan(), position, out _));
                Assert.False(WeekdayNames.TryMatch(text.AsSpan(), position, out _, out _, out _));
            }
        }

        [Fact]
        public void TheDefaultHijriDateIsInvalidNotACrash()
        {
            foreach (var kind in new[] { HijriCalendarKind.UmmAlQura, HijriCalendarKind.Tabular })
            {
                Assert.False(HijriCalendar.IsValid(default, kind));
                Assert.False(HijriCalendar.TryToGregorian(default, out _, kind));
                Assert.Throws<ArgumentOutOfRangeException>(() => HijriCalendar.ToGregorian(default, kind));
            }

            Assert.False(HijriCalendar.TryFromGregorian(DateTime.MinValue, out _));
            Assert.False(HijriCalendar.TryFromGregorian(DateTime.MaxValue, out _));
            Assert.True(HijriCalendar.TryFromGregorian(DateTime.MaxValue, out _, HijriCalendarKind.Tabular));
        }
    }
}
