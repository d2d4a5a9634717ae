using System;
using System.Linq;
using ArabicNews.Dates;
using Xunit;

namespace ArabicNews.Tests.Dates
{
    /// <summary>
    /// Numeric dates with a space around their separators, years in brackets after their cue, and cues with a clitic or a
    /// modifier, as tokenised and hand-typed text writes them (the forms the Wojood sample showed missing).
    /// </summary>
    public class SpacedAndBracketedTests
    {
        private static readonly DateTime Reference = new DateTime(2024, 2, 1);

        private static DateMention Only(string text) => Assert.Single(ArabicDateExtractor.Default.Extract(text, Reference));

        [Theory]
        [InlineData("15 / 1 / 1959", "1959-01-15")]
        [InlineData("15 /1/ 1959", "1959-01-15")]
        [InlineData("2024 . 03 . 13", "2024-03-13")]
        [InlineData("22 - 11 - 2021", "2021-11-22")]
        [InlineData("٢٢ / ١١ / ٢٠٢١", "2021-11-22")]
        [InlineData("22 / نوفمبر / 2021", "2021-11-22")]
        [InlineData("1445 / 09 / 13", "1445-09-13")]
        public void SpacedNumericDatesAreRead(string text, string value)
        {
            var mention = Only(text);
            Assert.Equal(text, mention.Text);
            Assert.Equal(value, mention.Value.ToString());
        }

        [Theory]
        [InlineData("بتاريخ ( 15 / 1 / 1959 )", "15 / 1 / 1959", "1959-01-15")]
        [InlineData("الموافق 5 / 8 / 2008", "5 / 8 / 2008", "2008-08-05")]
        [InlineData("الثلاثاء 5 / 8 / 2008", "الثلاثاء 5 / 8 / 2008", "2008-08-05")]
        [InlineData("22 - 11 - 2021 - 12:28 م", "22 - 11 - 2021 - 12:28 م", "2021-11-22T12:28")]
        [InlineData("ثورة فلسطين 1936 - 1939", "1936 - 1939", "1936/1939")]
        public void SpacedNumericDatesInContext(string text, string span, string value)
        {
            var mention = Only(text);
            Assert.Equal(span, mention.Text);
            Assert.Equal(value, mention.Value.ToString());
        }

        [Theory]
        [InlineData("فاز الفريق 2 - 1 على ضيفه")]   // a score
        [InlineData("انتهت 3 - 0")]
        [InlineData("صفحة 2 / 3")]                  // two fields are never a spaced date
        [InlineData("بتاريخ 20 / 7")]
        [InlineData("اتصل على 050 - 123 - 4567")]    // a phone number
        [InlineData("12 - 34 - 5678")]
        [InlineData("العنوان 10 . 1 . 1 . 1")]      // IP-like
        [InlineData("1 / 2 / 2020 / 5")]            // a fourth field
        [InlineData("9 / 10 / 10 / ( 1940 )")]      // no four-digit year among the first three
        [InlineData("15  /  1  /  1959")]           // more than one space is not a separator's spacing
        [InlineData("31 / 2 / 2015")]               // an impossible day
        [InlineData("3 . 5 . 2")]
        public void SpacedNumbersThatAreNotDatesStayOut(string text)
        {
            Assert.Empty(ArabicDateExtractor.Default.Extract(text, Reference));
        }

        [Theory]
        [InlineData("شباط ( 28 / 2 / 1945 )", "1945-02-28")]
        [InlineData("آب ( 10 / 8 / 1945 )", "1945-08-10")]
        [InlineData("آب (10/8/1945)", "1945-08-10")]
        public void AMonthRestatedByABracketedDateIsOneMention(string text, string value)
        {
            var mention = Only("في " + text + " وصل");
            Assert.Equal(text, mention.Text);
            Assert.Equal(value, mention.Value.ToString());
            Assert.Equal(DateFlags.None, mention.Flags);
        }

        [Fact]
        public void ABracketedDateThatDisagreesWithItsMonthIsFlagged()
        {
            var mention = Only("آب ( 10 / 9 / 1945 )");
            Assert.Equal("1945-09-10", mention.Value.ToString());
            Assert.True(mention.Flags.HasFlag(DateFlags.MonthConflict));
        }

        [Theory]
        [InlineData("عام ( 1325 ) هجري", "عام ( 1325 ) هجري", "1325", DateCalendar.Hijri)]
        [InlineData("سنة ( 1935 ) م", "سنة ( 1935 ) م", "1935", DateCalendar.Gregorian)]
        [InlineData("وعام (1997)", "عام (1997)", "1997", DateCalendar.Gregorian)]
        [InlineData("ولد في ( 1965 ) في القدس", "في ( 1965 )", "1965", DateCalendar.Gregorian)]
        [InlineData("قبل ( 1948 )", "قبل ( 1948 )", "1948", DateCalendar.Gregorian)]
        [InlineData("صورة بتاريخ ( 1996 )", "تاريخ ( 1996 )", "1996", DateCalendar.Gregorian)]
        [InlineData("بتاريخ 1996", "تاريخ 1996", "1996", DateCalendar.Gregorian)]
        [InlineData("تموز ( 1970 )", "تموز ( 1970 )", "1970-07", DateCalendar.Gregorian)]
        [InlineData("حوالي سنة ( 1935 )", "سنة ( 1935 )", "1935", DateCalendar.Gregorian)] // a year, not "about a year"
        [InlineData("رقم 9 عام ( 1921 )", "عام ( 1921 )", "1921", DateCalendar.Gregorian)]   // not nine years
        public void AYearInBracketsAfterItsCue(string text, string span, string value, DateCalendar calendar)
        {
            var mention = Only(text);
            Assert.Equal(span, mention.Text);
            Assert.Equal(value, mention.Value.ToString());
            Assert.Equal(calendar, mention.Calendar);
        }

        [Theory]
        [InlineData("في ( 1965")]          // the closing bracket must follow
        [InlineData("في ( 65 )")]
        [InlineData("في ( 1850 )")]        // a bare year needs 1900–2100 or an era
        [InlineData("عام ( 1931 / 1932 )")]
        [InlineData("بتاريخ ( 12345 )")]
        public void BracketsThatHoldNoYearStayOut(string text)
        {
            Assert.Empty(ArabicDateExtractor.Default.Extract(text, Reference));
        }

        [Theory]
        [InlineData("للعام 2009", "للعام 2009", "2009")]
        [InlineData("للسنة 2003", "للسنة 2003", "2003")]
        [InlineData("لسنة 2003", "سنة 2003", "2003")]
        [InlineData("العام القادم 2011", "العام القادم 2011", "2011")]
        [InlineData("السنة الماضية 2010", "السنة الماضية 2010", "2010")]
        public void YearCuesWithAClitic(string text, string span, string value)
        {
            var mention = Only(text);
            Assert.Equal(span, mention.Text);
            Assert.Equal(value, mention.Value.ToString());
            Assert.False(mention.Flags.HasFlag(DateFlags.Relative)); // the written year needs no reference
            Assert.Single(ArabicDateExtractor.Default.Extract(text, null));
        }

        [Theory]
        [InlineData("للعام الماضي", "2023")]
        [InlineData("العام الماضي 1500 شخص", "2023")] // a count after the modifier is not the year
        public void ARelativeYearStaysRelative(string text, string value)
        {
            var mention = ArabicDateExtractor.Default.Extract(text, Reference).First();
            Assert.Equal(value, mention.Value.ToString());
            Assert.True(mention.Flags.HasFlag(DateFlags.Relative));
        }
    }
}
