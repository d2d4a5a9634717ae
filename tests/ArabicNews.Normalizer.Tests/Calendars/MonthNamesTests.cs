using System;
using System.Collections.Generic;
using System.Linq;
using ArabicNews.Calendars;
using ICU4N.Impl;
using ICU4N.Util;
using Xunit;
using Assert = Xunit.Assert;

namespace ArabicNews.Tests.Calendars
{
    public class MonthNamesTests
    {
        public static IEnumerable<object[]> Entries() => MonthNames.All.Select(name => new object[] { name.Text });

        [Theory]
        [MemberData(nameof(Entries))]
        public void EveryNameAndVariantResolvesToItsMonth(string text)
        {
            var entry = MonthNames.All.First(name => name.Text == text);
            Assert.True(MonthNames.TryLookup(text.AsSpan(), out var found));
            Assert.Equal(entry.Month, found!.Month);
            Assert.Equal(entry.Systems, found.Systems);

            // In running text, with a clitic, after a word and before punctuation.
            string sentence = "في " + "و" + text + "، 2014";
            Assert.True(MonthNames.TryMatch(sentence.AsSpan(), 3, out var match));
            Assert.Equal(4, match.Start);
            Assert.Equal(text.Length, match.Length);
            Assert.Equal(entry.Month, match.Month);
        }

        [Fact]
        public void EveryMonthOfEverySystemRoundTripsThroughTranslate()
        {
            var gregorian = new[] { MonthSystem.EgyptGulf, MonthSystem.Levant, MonthSystem.Maghreb, MonthSystem.Morocco, MonthSystem.Libya };
            for (int month = 1; month <= 12; month++)
            {
                foreach (var from in gregorian)
                {
                    foreach (var to in gregorian)
                    {
                        string translated = MonthNames.Translate(MonthNames.GetName(month, from), to);
                        Assert.Equal(MonthNames.GetName(month, to), translated);
                        Assert.Equal(MonthNames.GetName(month, from), MonthNames.Translate(translated, from));
                    }
                }

                Assert.Equal(MonthNames.GetName(month, MonthSystem.Hijri), MonthNames.Translate(MonthNames.GetName(month, MonthSystem.Hijri), MonthSystem.Hijri));
            }
        }

        [Theory]
        [InlineData("حزيران", MonthSystem.EgyptGulf, "يونيو")]
        [InlineData("يونيه", MonthSystem.Maghreb, "جوان")]
        [InlineData("آب", MonthSystem.Morocco, "غشت")]
        [InlineData("كانون ثاني", MonthSystem.EgyptGulf, "يناير")]
        [InlineData("ناصر", MonthSystem.Levant, "تموز")]
        [InlineData("ذي الحجة", MonthSystem.Hijri, "ذو الحجة")]
        public void Translates(string name, MonthSystem target, string expected) => Assert.Equal(expected, MonthNames.Translate(name, target));

        [Fact]
        public void TranslationStaysWithinItsCalendar()
        {
            Assert.False(MonthNames.TryTranslate("رمضان".AsSpan(), MonthSystem.EgyptGulf, out _));
            Assert.False(MonthNames.TryTranslate("يناير".AsSpan(), MonthSystem.Hijri, out _));
            Assert.False(MonthNames.TryTranslate("كتاب".AsSpan(), MonthSystem.Levant, out _));
            Assert.Throws<ArgumentException>(() => MonthNames.Translate("كتاب", MonthSystem.Levant));
            Assert.Throws<ArgumentNullException>(() => MonthNames.Translate(null!, MonthSystem.Levant));
            Assert.Throws<ArgumentOutOfRangeException>(() => MonthNames.GetName(13, MonthSystem.Levant));
        }

        [Theory]
        [InlineData("في كانون الثاني الماضي", 3, 1, "كانون الثاني")]
        [InlineData("في كانون الأول 2020", 3, 12, "كانون الأول")]
        [InlineData("في كانون  ثاني", 3, 1, "كانون  ثاني")] // two spaces
        [InlineData("منذ يَنايِر", 4, 1, "يَنايِر")] // diacritics
        [InlineData("الـ31 من ديســمبر الحالي", 9, 12, "ديســمبر")] // tatweel
        [InlineData("ربيع الآخر 1445", 0, 4, "ربيع الآخر")]
        [InlineData("جمادى الأولى", 0, 5, "جمادى الأولى")]
        [InlineData("ذي القعدة", 0, 11, "ذي القعدة")]
        [InlineData("أغسطس (آب)", 0, 8, "أغسطس")]
        [InlineData("يونيو/حزيران 2014", 0, 6, "يونيو")] // seed 003
        [InlineData("يونيو/حزيران 2014", 6, 6, "حزيران")]
        [InlineData("ابريل", 0, 4, "ابريل")]
        [InlineData("إبريل", 0, 4, "إبريل")]
        [InlineData("تشرين الثانى", 0, 11, "تشرين الثانى")] // alef maqsura for yeh
        public void MatchesTheLongestNameInRunningText(string text, int position, int month, string matched)
        {
            Assert.True(MonthNames.TryMatch(text.AsSpan(), position, out var match));
            Assert.Equal(month, match.Month);
            Assert.Equal(matched, text.Substring(match.Start, match.Length));
        }

        [Theory]
        [InlineData("مارسيليا", 0)] // Marseille: no word boundary
        [InlineData("ينايري", 0)]
        [InlineData("كتاب", 0)]
        [InlineData("", 0)]
        [InlineData("x", 5)]
        public void DoesNotMatchWhatIsNotAMonthName(string text, int position) => Assert.False(MonthNames.TryMatch(text.AsSpan(), position, out _));

        [Theory]
        [InlineData("مارس", true)]
        [InlineData("ماي", true)]
        [InlineData("الربيع", true)]
        [InlineData("الماء", true)]
        [InlineData("الصيف", true)]
        [InlineData("ناصر", true)]
        [InlineData("الفاتح", true)]
        [InlineData("صفر", true)]
        [InlineData("يناير", false)]
        [InlineData("حزيران", false)]
        [InlineData("رمضان", false)]
        public void WordsThatAreAlsoOrdinaryWordsAreAmbiguous(string name, bool ambiguous)
        {
            Assert.True(MonthNames.TryLookup(name.AsSpan(), out var found));
            Assert.Equal(ambiguous, found!.IsAmbiguous);
        }

        [Fact]
        public void SharedNamesReportEverySystem()
        {
            Assert.True(MonthNames.TryLookup("مارس".AsSpan(), out var march));
            Assert.Equal(MonthSystems.EgyptGulf | MonthSystems.Maghreb | MonthSystems.Morocco, march!.Systems);
            Assert.Contains(MonthNames.GetNames(6), name => name.Text == "حزيران");
            Assert.Contains(MonthNames.GetNames(6), name => name.Text == "جوان");
            Assert.DoesNotContain(MonthNames.GetNames(6), name => name.Systems == MonthSystems.Hijri);
        }

        [Theory]
        [InlineData("ar", MonthSystem.EgyptGulf)]
        [InlineData("ar_SY", MonthSystem.Levant)]
        [InlineData("ar_IQ", MonthSystem.Levant)]
        [InlineData("ar_LB", MonthSystem.Levant)]
        [InlineData("ar_DZ", MonthSystem.Maghreb)]
        [InlineData("ar_TN", MonthSystem.Maghreb)]
        [InlineData("ar_MA", MonthSystem.Morocco)]
        public void EveryCldrMonthNameIsInTheTableForItsMonth(string locale, MonthSystem system)
        {
            var bundle = (ICUResourceBundle)UResourceBundle.GetBundleInstance(ICUData.IcuBaseName, locale);
            string[] names = bundle.GetWithFallback("calendar/gregorian/monthNames/format/wide").GetStringArray();
            Assert.Equal(12, names.Length);
            for (int month = 1; month <= 12; month++)
            {
                Assert.True(MonthNames.TryLookup(names[month - 1].AsSpan(), out var found), $"{locale}: {names[month - 1]}");
                Assert.Equal(month, found!.Month);
                Assert.Equal(names[month - 1], MonthNames.GetName(month, system));
            }
        }

        [Fact]
        public void EveryCldrHijriMonthNameIsInTheTable()
        {
            var bundle = (ICUResourceBundle)UResourceBundle.GetBundleInstance(ICUData.IcuBaseName, "ar");
            string[] names = bundle.GetWithFallback("calendar/islamic/monthNames/format/wide").GetStringArray();
            for (int month = 1; month <= 12; month++)
            {
                Assert.True(MonthNames.TryLookup(names[month - 1].AsSpan(), out var found), names[month - 1]);
                Assert.Equal(month, found!.Month);
                Assert.Equal(MonthSystems.Hijri, found.Systems);
            }
        }

        [Fact]
        public void NoTwoEntriesFoldToTheSameKey()
        {
            // Entries are stored as written; no two fold to the same key (the fold already unifies such spellings).
            var keys = MonthNames.All.GroupBy(name => PhraseMatcher<MonthName>.KeyOf(name.Text));
            Assert.All(keys, group => Assert.Single(group));
        }
    }

    public class WeekdayNamesTests
    {
        [Theory]
        [InlineData("الأحد", DayOfWeek.Sunday)]
        [InlineData("الاثنين", DayOfWeek.Monday)]
        [InlineData("الإثنين", DayOfWeek.Monday)] // seed 000
        [InlineData("الثلاثاء", DayOfWeek.Tuesday)]
        [InlineData("الاربعاء", DayOfWeek.Wednesday)]
        [InlineData("الأربعاء", DayOfWeek.Wednesday)] // seeds 000 and 004
        [InlineData("الخميس", DayOfWeek.Thursday)] // seed 003
        [InlineData("الجمعة", DayOfWeek.Friday)]
        [InlineData("الجمعه", DayOfWeek.Friday)]
        [InlineData("السبت", DayOfWeek.Saturday)]
        [InlineData("يوم السبت", DayOfWeek.Saturday)]
        [InlineData("الخمـيس", DayOfWeek.Thursday)]
        public void ParsesEveryVariant(string name, DayOfWeek day)
        {
            Assert.True(WeekdayNames.TryParse(name.AsSpan(), out var parsed));
            Assert.Equal(day, parsed);
        }

        [Fact]
        public void MatchesInRunningText()
        {
            const string text = "الإثنين 22/نوفمبر/2021";
            Assert.True(WeekdayNames.TryMatch(text.AsSpan(), 0, out int start, out int length, out var day));
            Assert.Equal((0, 7, DayOfWeek.Monday), (start, length, day));
            Assert.False(WeekdayNames.TryMatch("أحد الأيام".AsSpan(), 0, out _, out _, out _));
            Assert.False(WeekdayNames.TryMatch("الخميسي".AsSpan(), 0, out _, out _, out _));
        }

        [Fact]
        public void CldrDayNamesAreTheCanonicalNames()
        {
            var bundle = (ICUResourceBundle)UResourceBundle.GetBundleInstance(ICUData.IcuBaseName, "ar");
            string[] names = bundle.GetWithFallback("calendar/gregorian/dayNames/format/wide").GetStringArray();
            for (int d = 0; d < 7; d++)
            {
                Assert.Equal(names[d], WeekdayNames.GetName((DayOfWeek)d));
                Assert.True(WeekdayNames.TryParse(names[d].AsSpan(), out var parsed));
                Assert.Equal((DayOfWeek)d, parsed);
            }
        }

        [Fact]
        public void WeekdayOfHijriAndGregorianDates()
        {
            Assert.Equal(DayOfWeek.Monday, ArabicNews.Calendars.HijriCalendar.GetDayOfWeek(new HijriDate(1445, 9, 15)));
            Assert.Equal(DayOfWeek.Monday, new DateTime(2024, 3, 25).DayOfWeek);
        }
    }
}
