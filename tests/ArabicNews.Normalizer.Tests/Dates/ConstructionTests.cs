using System;
using System.Linq;
using ArabicNews.Calendars;
using ArabicNews.Dates;
using Xunit;

namespace ArabicNews.Tests.Dates
{
    /// <summary>One test per construction of the issue: the whole input is one mention with the value shown.</summary>
    public class ConstructionTests
    {
        private static readonly DateTime Reference = new DateTime(2024, 2, 1); // a Thursday

        private static DateMention Single(string text, DateTime? reference = null, ArabicDateExtractor? extractor = null)
        {
            var mentions = (extractor ?? ArabicDateExtractor.Default).Extract(text, reference ?? Reference);
            Assert.True(mentions.Count == 1, $"expected one mention in «{text}», found: {string.Join(" ; ", mentions)}");
            return mentions[0];
        }

        private static void AssertWhole(string text, string value, DateMentionKind kind, DateFlags flags = DateFlags.None)
        {
            var mention = Single(text);
            Assert.Equal(text, mention.Text);
            Assert.Equal(value, mention.Value.ToString());
            Assert.Equal(kind, mention.Kind);
            Assert.Equal(flags, mention.Flags & ~DateFlags.Dateline);
        }

        [Theory]
        [InlineData("22/11/2021", "2021-11-22")]
        [InlineData("2021/11/22", "2021-11-22")]
        [InlineData("2024.03.13", "2024-03-13")]
        [InlineData("22-11-2021", "2021-11-22")]
        [InlineData("22/نوفمبر/2021", "2021-11-22")]
        [InlineData("8/12/2015", "2015-12-08")]
        [InlineData("١٣/٠٣/٢٠٢٤", "2024-03-13")]
        [InlineData("۱۳/۰۳/۲۰۲۴", "2024-03-13")]
        [InlineData("1٣/0۳/٢024", "2024-03-13")]
        public void NumericDates(string text, string value) => AssertWhole(text, value, DateMentionKind.Date);

        [Fact]
        public void MonthFirstIsAnOption()
        {
            var usOrder = new ArabicDateExtractor(new ArabicDateExtractorOptions { NumericOrder = NumericDateOrder.MonthFirst });
            Assert.Equal("2015-08-12", Single("08/12/2015", extractor: usOrder).Value.ToString());
            Assert.Equal("2015-12-08", Single("08/12/2015").Value.ToString());
            Assert.Empty(ArabicDateExtractor.Default.Extract("13/13/2015", Reference)); // no month 13 in either order
            Assert.Empty(ArabicDateExtractor.Default.Extract("31/02/2015", Reference)); // no 31 February
        }

        [Theory]
        [InlineData("22 نوفمبر 2021", "2021-11-22")]          // Egypt and the Gulf
        [InlineData("22 تشرين الثاني 2021", "2021-11-22")]   // the Levant and Iraq
        [InlineData("22 نونبر 2021", "2021-11-22")]          // Morocco
        [InlineData("5 جويلية 2021", "2021-07-05")]          // Algeria and Tunisia
        [InlineData("5 أوت 2021", "2021-08-05")]
        [InlineData("1 ناصر 1980", "1980-07-01")]            // Libya
        [InlineData("22 من نوفمبر 2021", "2021-11-22")]
        [InlineData("22 نوفمبر، 2021", "2021-11-22")]
        [InlineData("22 نوفمبر عام 2021", "2021-11-22")]
        [InlineData("22 نوفمبر 2021م", "2021-11-22")]
        public void DayMonthYear(string text, string value)
        {
            var mention = ArabicDateExtractor.Default.Extract(text, Reference)[0];
            Assert.Equal(value, mention.Value.ToString());
        }

        [Theory]
        [InlineData("يونيو/حزيران 2014", "2014-06")]
        [InlineData("آب/أغسطس 2014", "2014-08")]
        [InlineData("أغسطس (آب) 2014", "2014-08")]
        [InlineData("يناير/كانون الثاني 2014", "2014-01")]
        [InlineData("يوليو / تموز 2014", "2014-07")]
        public void DoubleMonthNames(string text, string value) => AssertWhole(text, value, DateMentionKind.Month);

        [Fact]
        public void MonthConflictKeepsTheFirstName()
        {
            var mention = Single("الثالث من يناير/كانون الأول 2020");
            Assert.Equal("2020-01-03", mention.Value.ToString());
            Assert.True(mention.Flags.HasFlag(DateFlags.MonthConflict));
            Assert.True(mention.HasWarnings);
        }

        [Theory]
        [InlineData("الأول من يناير 2021", "2021-01-01")]
        [InlineData("الثالث من يناير 2021", "2021-01-03")]
        [InlineData("العاشر من يناير 2021", "2021-01-10")]
        [InlineData("الحادي عشر من يناير 2021", "2021-01-11")]
        [InlineData("التاسع عشر من يناير 2021", "2021-01-19")]
        [InlineData("العشرين من يناير 2021", "2021-01-20")]
        [InlineData("الحادي والعشرين من يناير 2021", "2021-01-21")]
        [InlineData("الخامس والعشرين من يناير 2021", "2021-01-25")]
        [InlineData("الثلاثين من يناير 2021", "2021-01-30")]
        [InlineData("الحادي والثلاثين من يناير 2021", "2021-01-31")]
        [InlineData("الـ31 من ديسمبر 2021", "2021-12-31")]
        [InlineData("ال31 من ديسمبر 2021", "2021-12-31")]
        public void OrdinalDays(string text, string value) => AssertWhole(text, value, DateMentionKind.Date);

        [Fact]
        public void EveryOrdinalFromOneToThirtyOne()
        {
            string[] units = { "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر" };
            for (int day = 1; day <= 31; day++)
            {
                string ordinal = day <= 10 ? units[day - 1]
                    : day < 20 ? (day == 11 ? "الحادي" : units[day - 11]) + " عشر"
                    : day == 20 ? "العشرين" : day == 30 ? "الثلاثين"
                    : (day % 10 == 1 ? "الحادي" : units[day % 10 - 1]) + (day < 30 ? " والعشرين" : " والثلاثين");
                Assert.Equal($"2021-03-{day:D2}", Single(ordinal + " من مارس 2021").Value.ToString());
            }
        }

        [Fact]
        public void WeekdayIsCheckedAgainstTheDate()
        {
            var right = Single("الإثنين 22 نوفمبر 2021");
            Assert.Equal("2021-11-22", right.Value.ToString());
            Assert.False(right.HasWarnings);

            var wrong = Single("الثلاثاء 22 نوفمبر 2021");
            Assert.Equal("2021-11-22", wrong.Value.ToString()); // still reported
            Assert.True(wrong.Flags.HasFlag(DateFlags.WeekdayMismatch));

            var hijri = Single("السبت 13 رمضان 1445هـ"); // 23 March 2024 was a Saturday
            Assert.False(hijri.Flags.HasFlag(DateFlags.WeekdayMismatch));
            Assert.True(Single("الأحد 13 رمضان 1445هـ").Flags.HasFlag(DateFlags.WeekdayMismatch));
        }

        [Theory]
        [InlineData("عام 2014", "2014", DateCalendar.Gregorian)]
        [InlineData("العام 2017", "2017", DateCalendar.Gregorian)]
        [InlineData("سنة 2003", "2003", DateCalendar.Gregorian)]
        [InlineData("2021م", "2021", DateCalendar.Gregorian)]
        [InlineData("1445هـ", "1445", DateCalendar.Hijri)]
        [InlineData("1445 هـ", "1445", DateCalendar.Hijri)]
        [InlineData("1445 ه", "1445", DateCalendar.Hijri)]
        [InlineData("1445 هجري", "1445", DateCalendar.Hijri)]
        [InlineData("1445 للهجرة", "1445", DateCalendar.Hijri)]
        [InlineData("في 2011", "2011", DateCalendar.Gregorian)]
        [InlineData("فى 2014", "2014", DateCalendar.Gregorian)]
        [InlineData("منذ 2003", "2003", DateCalendar.Gregorian)]
        public void Years(string text, string value, DateCalendar calendar)
        {
            var mention = Single(text);
            Assert.Equal(text, mention.Text);
            Assert.Equal(value, mention.Value.ToString());
            Assert.Equal(DateMentionKind.Year, mention.Kind);
            Assert.Equal(calendar, mention.Calendar);
        }

        [Theory]
        [InlineData("أرسلت 2500 جندي")]
        [InlineData("نشر 900 جندي")]
        [InlineData("القرار 2334")]
        [InlineData("تبلغ 2011 دولارا")]              // a bare four-digit number without a cue
        [InlineData("وصل العدد إلى 2500 في منتصف")]   // 2500 is no year even after a preposition
        [InlineData("مارس الضغط على الحكومة")]         // the verb "practised"
        [InlineData("الربيع العربي")]                  // the season word
        [InlineData("فاز الفريق 2-1 أمس الأول")]        // a score
        [InlineData("اتصل على 0123-456-7890")]          // a phone number
        [InlineData("الرقم 10.1.1.1")]
        [InlineData("فاز بنتيجة 3-0")]
        [InlineData("صفر من الأهداف")]
        public void NotDates(string text)
        {
            var mentions = ArabicDateExtractor.Default.Extract(text, null);
            Assert.DoesNotContain(mentions, m => m.Kind is DateMentionKind.Year or DateMentionKind.Date or DateMentionKind.Month or DateMentionKind.Range);
        }

        [Fact]
        public void MarchAndSpringAreMonthsWithADayOrAYear()
        {
            Assert.Equal("2022-03-07", Single("7 مارس 2022").Value.ToString());
            Assert.Equal("2022-03", Single("مارس 2022").Value.ToString());
            Assert.Equal("1980-03", Single("الربيع 1980").Value.ToString()); // the Libyan month, in the years it was used
            Assert.Equal("2014-SP", Single("الربيع 2014").Value.ToString()); // a season outside them
            Assert.Equal("2023-03", Single("مارس الماضي").Value.ToString());
            Assert.Equal("2023-03", Single("شهر مارس").Value.ToString());
        }

        [Fact]
        public void HijriDatesConvertThroughUmmAlQura()
        {
            var day = Single("13 رمضان 1445هـ");
            Assert.Equal(DateCalendar.Hijri, day.Calendar);
            Assert.Equal("1445-09-13", day.Value.ToString());
            Assert.Equal("2024-03-23", day.Gregorian.ToString());
            Assert.Equal("1445-09-13", day.Hijri.ToString());
            var expected = HijriCalendar.ToGregorian(new HijriDate(1445, 9, 13));
            Assert.Equal(expected.ToString("yyyy-MM-dd"), day.Gregorian!.Value.Start.ToString());

            Assert.Equal("1445-09-13", Single("13 رمضان 1445").Value.ToString());
            Assert.Equal("1445-09-01", Single("غرة رمضان 1445").Value.ToString());
            Assert.Equal("1445-08-15", Single("النصف من شعبان 1445").Value.ToString());
            Assert.Equal("1445-12-10", Single("10 ذو الحجة 1445 للهجرة").Value.ToString());
        }

        [Fact]
        public void HijriMonthsAndYearsCoverGregorianDays()
        {
            var month = Single("رمضان 1445");
            Assert.Equal(DateMentionKind.Month, month.Kind);
            Assert.Equal("1445-09", month.Value.ToString());
            Assert.Equal("2024-03-11/2024-04-09", month.Gregorian.ToString());
            Assert.Equal("1445-09", month.Hijri.ToString());

            var year = Single("1445هـ");
            Assert.Equal("2023-07-19/2024-07-06", year.Gregorian.ToString());
        }

        [Fact]
        public void GregorianDaysCarryTheirHijriDay()
        {
            var day = Single("23 مارس 2024");
            Assert.Equal("1445-09-13", day.Hijri.ToString());
            Assert.Null(Single("مارس 2024").Hijri);
        }

        [Fact]
        public void DualDatesAreOneMention()
        {
            var agree = Single("13 رمضان 1445هـ الموافق 23 مارس 2024م");
            Assert.Equal("1445-09-13", agree.Value.ToString());
            Assert.Equal("2024-03-23", agree.Gregorian.ToString());
            Assert.False(agree.Flags.HasFlag(DateFlags.CalendarMismatch));

            var disagree = Single("13 رمضان 1445هـ الموافق 25 مارس 2024م");
            Assert.Equal("1445-09-13", disagree.Value.ToString()); // the first half wins
            Assert.True(disagree.Flags.HasFlag(DateFlags.CalendarMismatch));

            var gregorianFirst = Single("23 مارس 2024 الموافق 13 رمضان 1445هـ");
            Assert.Equal("2024-03-23", gregorianFirst.Value.ToString());
            Assert.False(gregorianFirst.Flags.HasFlag(DateFlags.CalendarMismatch));
            Assert.Equal("23 مارس 2024 (الموافق لـ 13 رمضان 1445هـ)", Single("23 مارس 2024 (الموافق لـ 13 رمضان 1445هـ)").Text);
        }

        [Theory]
        [InlineData("فاتح شتنبر 2020", "2020-09-01")]
        [InlineData("الفاتح من ماي 2020", "2020-05-01")]
        [InlineData("الفاتح من سبتمبر 1969", "1969-09-01")]
        [InlineData("موفى يونيو 2021", "2021-06-30")]
        [InlineData("موفى فبراير 2024", "2024-02-29")]
        public void MaghrebFirstAndEndOf(string text, string value) => AssertWhole(text, value, DateMentionKind.Date);

        [Fact]
        public void RangesInOneConstruction()
        {
            AssertWhole("12 إلى 14 سبتمبر 2023", "2023-09-12/2023-09-14", DateMentionKind.Range);
            Assert.Equal("2023-09-12/2023-09-14", Single("من 12 إلى 14 سبتمبر 2023").Value.ToString());
            AssertWhole("12-14 سبتمبر 2023", "2023-09-12/2023-09-14", DateMentionKind.Range);
            AssertWhole("2015-2020", "2015/2020", DateMentionKind.Range);

            var two = ArabicDateExtractor.Default.Extract("بين مارس وأفريل 2022", Reference);
            Assert.Equal(new[] { "2022-03", "2022-04" }, two.Select(m => m.Value.ToString()));
            Assert.Equal(new[] { "مارس", "أفريل 2022" }, two.Select(m => m.Text));
        }

        [Fact]
        public void QuartersAndRecurringDays()
        {
            var q = Single("الربع الثالث", new DateTime(2023, 11, 1));
            Assert.Equal("2023-Q3", q.Value.ToString());
            Assert.Equal(DateMentionKind.Quarter, q.Kind);
            Assert.Equal("2022-Q3", Single("الربع الثالث من عام 2022").Value.ToString());
            Assert.Equal("2024-Q1", Single("الربع الأول من العام المقبل", new DateTime(2023, 11, 1)).Value.ToString());

            var recurring = Single("21 آذار من كل عام");
            Assert.Equal("XXXX-03-21", recurring.Value.ToString());
            Assert.True(recurring.Flags.HasFlag(DateFlags.Recurring));
            Assert.False(recurring.Flags.HasFlag(DateFlags.Relative));
        }

        [Theory]
        [InlineData("12:28", "T12:28")]
        [InlineData("12:28 م", "T12:28")]
        [InlineData("9:15 ص", "T09:15")]
        [InlineData("9:15 صباحاً", "T09:15")]
        [InlineData("8:30 مساءً", "T20:30")]
        [InlineData("2:00 ظهراً", "T14:00")]
        [InlineData("12:05 ص", "T00:05")]
        [InlineData("الساعة الثامنة مساءً", "T20:00")]
        [InlineData("الساعة الثامنة والنصف صباحا", "T08:30")]
        [InlineData("الساعة 10 مساء", "T22:00")]
        [InlineData("18:45", "T18:45")]
        public void Times(string text, string value) => AssertWhole(text, value, DateMentionKind.Time);

        [Theory]
        [InlineData("22 نوفمبر 2021 - 12:28 م", "2021-11-22T12:28")]
        [InlineData("2024.03.13 | 12:32", "2024-03-13T12:32")]
        [InlineData("22 نوفمبر 2021، الساعة الثامنة مساءً", "2021-11-22T20:00")]
        [InlineData("22/11/2021 9:15 ص", "2021-11-22T09:15")]
        public void TimesAttachToTheDateTheyFollow(string text, string value) => AssertWhole(text, value, DateMentionKind.DateTime);

        [Theory]
        [InlineData("كانون الثاني الماضي", "2024-01")]   // strictly before 1 Feb 2024
        [InlineData("فبراير الماضي", "2023-02")]         // the reference's own month is not "past"
        [InlineData("فبراير المنصرم", "2023-02")]
        [InlineData("يناير الفائت", "2024-01")]
        [InlineData("تشرين الثاني المقبل", "2024-11")]
        [InlineData("يناير القادم", "2025-01")]
        [InlineData("ديسمبر الحالي", "2024-12")]
        [InlineData("مارس الجاري", "2024-03")]
        [InlineData("أغسطس", "2023-08")]                  // no modifier: the most recent not after the reference
        [InlineData("يناير", "2024-01")]
        [InlineData("فبراير", "2024-02")]
        public void MonthsWithoutAYear(string text, string value)
        {
            var mention = Single(text);
            Assert.Equal(value, mention.Value.ToString());
            Assert.True(mention.Flags.HasFlag(DateFlags.Relative));
        }

        [Theory]
        [InlineData("أمس", "2024-01-31")]
        [InlineData("الأمس", "2024-01-31")]
        [InlineData("اليوم", "2024-02-01")]
        [InlineData("غداً", "2024-02-02")]
        [InlineData("غدا", "2024-02-02")]
        [InlineData("قبل يومين", "2024-01-30")]
        [InlineData("بعد ثلاثة أيام", "2024-02-04")]
        [InlineData("قبل 10 أيام", "2024-01-22")]
        [InlineData("بعد أسبوعين", "2024-02-15")]
        [InlineData("الخميس", "2024-02-01")]             // a bare weekday: the most recent one, today included
        [InlineData("الأحد", "2024-01-28")]
        [InlineData("الخميس الماضي", "2024-01-25")]
        [InlineData("الخميس المقبل", "2024-02-08")]
        [InlineData("7 أبريل", "2023-04-07")]
        [InlineData("1 فبراير", "2024-02-01")]
        [InlineData("9 كانون الأول الماضي", "2023-12-09")]
        [InlineData("الـ31 من ديسمبر الحالي", "2024-12-31")]
        public void RelativeDays(string text, string value)
        {
            var mention = Single(text);
            Assert.Equal(value, mention.Value.ToString());
            Assert.True(mention.Flags.HasFlag(DateFlags.Relative));
        }

        [Theory]
        [InlineData("العام الماضي", "2023", DateMentionKind.Year)]
        [InlineData("العام المقبل", "2025", DateMentionKind.Year)]
        [InlineData("العام الحالي", "2024", DateMentionKind.Year)]
        [InlineData("السنة الماضية", "2023", DateMentionKind.Year)]
        [InlineData("الشهر المقبل", "2024-03", DateMentionKind.Month)]
        [InlineData("الشهر الماضي", "2024-01", DateMentionKind.Month)]
        [InlineData("الأسبوع الماضي", "2024-W04", DateMentionKind.Week)]
        [InlineData("الأسبوع الجاري", "2024-W05", DateMentionKind.Week)]
        public void RelativeUnits(string text, string value, DateMentionKind kind)
        {
            var mention = Single(text);
            Assert.Equal(value, mention.Value.ToString());
            Assert.Equal(kind, mention.Kind);
            Assert.True(mention.Flags.HasFlag(DateFlags.Relative));
        }

        [Fact]
        public void UpcomingPolicyPicksTheNextOne()
        {
            var upcoming = new ArabicDateExtractor(new ArabicDateExtractorOptions { Resolution = ResolutionPolicy.Upcoming });
            Assert.Equal("2024-04-07", Single("7 أبريل", extractor: upcoming).Value.ToString());
            Assert.Equal("2024-02-01", Single("1 فبراير", extractor: upcoming).Value.ToString()); // the reference day itself
            Assert.Equal("2023-04-07", Single("7 أبريل").Value.ToString());
        }

        [Fact]
        public void WithoutAReferenceTheYearIsUnknown()
        {
            var mentions = ArabicDateExtractor.Default.Extract("التقيا في 7 أبريل", null);
            Assert.Equal("XXXX-04-07", Assert.Single(mentions).Value.ToString());
            Assert.Empty(ArabicDateExtractor.Default.Extract("أمس", null)); // nothing to count from
        }

        [Theory]
        [InlineData("منتصف أكتوبر", "2023-10", DateMentionKind.Month)]
        [InlineData("مطلع العام الماضي", "2023", DateMentionKind.Year)]
        [InlineData("أوائل مارس 2022", "2022-03", DateMentionKind.Month)]
        [InlineData("بداية عام 2020", "2020", DateMentionKind.Year)]
        [InlineData("أواخر عام 2019", "2019", DateMentionKind.Year)]
        [InlineData("نهاية 2019", "2019", DateMentionKind.Year)]
        [InlineData("منتصف الأسبوع الجاري", "2024-W05", DateMentionKind.Week)]
        [InlineData("مطلع العام", "2024", DateMentionKind.Year)]            // the reference's own year
        [InlineData("نهاية الشهر", "2024-02", DateMentionKind.Month)]
        [InlineData("منتصف الأسبوع", "2024-W05", DateMentionKind.Week)]
        [InlineData("صيف عام 2014", "2014-SU", DateMentionKind.Season)]
        [InlineData("شتاء 2020", "2020-WI", DateMentionKind.Season)]
        [InlineData("ربيع 2011", "2011-SP", DateMentionKind.Season)]
        [InlineData("خريف العام 2015", "2015-FA", DateMentionKind.Season)]
        public void PartsAndSeasonsAreApproximate(string text, string value, DateMentionKind kind)
        {
            var mention = Single(text);
            Assert.Equal(text, mention.Text);
            Assert.Equal(value, mention.Value.ToString());
            Assert.Equal(kind, mention.Kind);
            Assert.True(mention.Flags.HasFlag(DateFlags.Approximate));
        }

        [Theory]
        [InlineData("يَنايِر 2020", "2020-01")]
        [InlineData("ديســمبر 2020", "2020-12")]
        [InlineData("إبريل 2020", "2020-04")]
        [InlineData("ابريل 2020", "2020-04")]
        [InlineData("جويليه 2020", "2020-07")]
        [InlineData("يونيه 2020", "2020-06")]
        [InlineData("وأبريل 2020", "2020-04")]
        public void SpellingVariants(string text, string value)
        {
            var mention = Single(text);
            Assert.Equal(value, mention.Value.ToString());
            Assert.EndsWith(mention.Text, text); // a proclitic و stays outside the span
        }

        [Fact]
        public void DatelineBecomesTheReference()
        {
            string article = "عنوان الخبر\n\nالإثنين 22/نوفمبر/2021 - 12:28 م\nالمرجع\n\nوقع الاتفاق أمس في 7 أبريل.";
            var mentions = ArabicDateExtractor.Default.Extract(article);
            Assert.Equal("2021-11-22T12:28", mentions[0].Value.ToString());
            Assert.True(mentions[0].Flags.HasFlag(DateFlags.Dateline));
            Assert.Equal("2021-11-21", mentions.Single(m => m.Text == "أمس").Value.ToString());
            Assert.Equal("2021-04-07", mentions.Single(m => m.Text == "7 أبريل").Value.ToString());

            var given = ArabicDateExtractor.Default.Extract(article, new DateTime(2022, 1, 1));
            Assert.Equal("2021-12-31", given.Single(m => m.Text == "أمس").Value.ToString()); // the caller's reference wins

            var noDateline = new ArabicDateExtractor(new ArabicDateExtractorOptions { UseDateline = false });
            Assert.DoesNotContain(noDateline.Extract(article), m => m.Text == "أمس");
        }

        [Fact]
        public void DatelineMustStartALine()
        {
            Assert.Null(ArabicDateExtractor.Default.FindDateline("وقع الاتفاق في 22 نوفمبر 2021 في بغداد"));
            var dateline = ArabicDateExtractor.Default.FindDateline("icon\n2024.03.13 | 12:32 دمشق\nالقوات");
            Assert.Equal("2024.03.13 | 12:32", dateline!.Text);
            Assert.Equal(5, dateline.Start);
        }

        [Fact]
        public void MonthSystemsCanBeSwitchedOff()
        {
            var noHijri = new ArabicDateExtractor(new ArabicDateExtractorOptions { MonthSystems = MonthSystems.Gregorian });
            Assert.DoesNotContain(noHijri.Extract("13 رمضان 1445", Reference), m => m.Calendar == DateCalendar.Hijri && m.Kind == DateMentionKind.Date);
            var levantOnly = new ArabicDateExtractor(new ArabicDateExtractorOptions { MonthSystems = MonthSystems.Levant });
            Assert.Empty(levantOnly.Extract("22 نوفمبر 2021", Reference));
            Assert.Single(levantOnly.Extract("22 تشرين الثاني 2021", Reference));
        }

        [Fact]
        public void TryParseNeedsTheWholeText()
        {
            Assert.True(ArabicDateExtractor.Default.TryParse("  22 نوفمبر 2021 ", out var mention));
            Assert.Equal("2021-11-22", mention!.Value.ToString());
            Assert.False(ArabicDateExtractor.Default.TryParse("في 22 نوفمبر 2021 وقع", out _));
            Assert.False(ArabicDateExtractor.Default.TryParse(null, out _));
            Assert.False(ArabicDateExtractor.Default.TryParse("", out _));
            Assert.False(ArabicDateExtractor.Default.TryParse("2500 جندي", out _));
            Assert.True(ArabicDateExtractor.Default.TryParse("أمس", Reference, out var yesterday));
            Assert.Equal("2024-01-31", yesterday!.Value.ToString());
        }

        [Fact]
        public void NullTextThrows()
        {
            Assert.Throws<ArgumentNullException>(() => ArabicDateExtractor.Default.Extract(null!));
            Assert.Throws<ArgumentNullException>(() => ArabicDateExtractor.Default.FindDateline(null!));
            Assert.Throws<ArgumentNullException>(() => new ArabicDateExtractor(null!));
        }

        [Fact]
        public void OptionsAreCopied()
        {
            var options = new ArabicDateExtractorOptions { ReferenceDate = new DateTime(2024, 2, 1) };
            var extractor = new ArabicDateExtractor(options);
            options.ReferenceDate = new DateTime(2000, 1, 1);
            Assert.Equal("2024-01-31", extractor.Extract("أمس")[0].Value.ToString());
        }
    }
}
