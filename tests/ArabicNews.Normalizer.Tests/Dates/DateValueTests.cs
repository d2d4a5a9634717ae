using System;
using ArabicNews.Dates;
using Xunit;

namespace ArabicNews.Tests.Dates
{
    public class DateValueTests
    {
        [Fact]
        public void RendersTheTimexGrammar()
        {
            Assert.Equal("2014", DateValue.ForYear(2014).ToString());
            Assert.Equal("XXXX", DateValue.ForYear(0).ToString());
            Assert.Equal("2021-04", DateValue.ForMonth(2021, 4).ToString());
            Assert.Equal("XXXX-10", DateValue.ForMonth(0, 10).ToString());
            Assert.Equal("2021-11-22", DateValue.ForDay(2021, 11, 22).ToString());
            Assert.Equal("XXXX-03-21", DateValue.ForDay(0, 3, 21).ToString());
            Assert.Equal("2021-11-22T12:28", DateValue.ForDateTime(2021, 11, 22, 12, 28).ToString());
            Assert.Equal("T09:15", DateValue.ForTimeOfDay(9, 15).ToString());
            Assert.Equal("2014-SU", DateValue.ForSeason(2014, 2).ToString());
            Assert.Equal("2014-SP", DateValue.ForSeason(2014, 1).ToString());
            Assert.Equal("2014-FA", DateValue.ForSeason(2014, 3).ToString());
            Assert.Equal("2014-WI", DateValue.ForSeason(2014, 4).ToString());
            Assert.Equal("2023-Q3", DateValue.ForQuarter(2023, 3).ToString());
            Assert.Equal("2021-W07", DateValue.ForWeek(2021, 7).ToString());
            Assert.Equal("1445-09-13", DateValue.ForDay(1445, 9, 13, DateCalendar.Hijri).ToString());
            Assert.Equal("2023-09-12/2023-09-14", TemporalValue.Interval(DateValue.ForDay(2023, 9, 12), DateValue.ForDay(2023, 9, 14)).ToString());
            Assert.Equal("2015/2020", TemporalValue.Interval(DateValue.ForYear(2015), DateValue.ForYear(2020)).ToString());
            Assert.Equal("P21D", TemporalValue.Duration(21, DurationUnit.Day).ToString());
            Assert.Equal("P3Y", TemporalValue.Duration(3, DurationUnit.Year).ToString());
            Assert.Equal("P1M", TemporalValue.Duration(1, DurationUnit.Month).ToString());
            Assert.Equal("P2W", TemporalValue.Duration(2, DurationUnit.Week).ToString());
        }

        [Fact]
        public void ValidatesAtTheBoundary()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => DateValue.ForDay(2023, 2, 29));
            Assert.Throws<ArgumentOutOfRangeException>(() => DateValue.ForDay(2021, 13, 1));
            Assert.Throws<ArgumentOutOfRangeException>(() => DateValue.ForDay(1445, 9, 31, DateCalendar.Hijri));
            Assert.Throws<ArgumentOutOfRangeException>(() => DateValue.ForYear(10000));
            Assert.Throws<ArgumentOutOfRangeException>(() => DateValue.ForTimeOfDay(24, 0));
            Assert.Throws<ArgumentOutOfRangeException>(() => DateValue.ForSeason(2014, 5));
            Assert.Throws<ArgumentOutOfRangeException>(() => DateValue.ForQuarter(2014, 0));
            Assert.Throws<ArgumentOutOfRangeException>(() => DateValue.ForWeek(2014, 54));
            Assert.Throws<ArgumentOutOfRangeException>(() => TemporalValue.Duration(-1, DurationUnit.Day));
            DateValue.ForDay(2024, 2, 29);
            DateValue.ForDay(0, 2, 29); // a recurring 29 February
            DateValue.ForDay(1445, 9, 30, DateCalendar.Hijri);
        }

        [Fact]
        public void EqualityCoversEveryField()
        {
            Assert.Equal(DateValue.ForDay(2021, 11, 22), DateValue.ForDay(2021, 11, 22));
            Assert.NotEqual(DateValue.ForDay(2021, 11, 22), DateValue.ForDay(2021, 11, 22, DateCalendar.Hijri));
            Assert.NotEqual(DateValue.ForMonth(2021, 11), DateValue.ForDay(2021, 11, 1));
            Assert.True(DateValue.ForDay(2021, 11, 22).TryGetDate(out var day));
            Assert.Equal(new DateTime(2021, 11, 22), day);
            Assert.False(DateValue.ForMonth(2021, 11).TryGetDate(out _));
            Assert.False(DateValue.ForDay(0, 11, 22).TryGetDate(out _));
        }

        [Fact]
        public void IsoWeeksMatchTheBcl()
        {
            for (var day = new DateTime(1999, 12, 1); day < new DateTime(2031, 1, 31); day = day.AddDays(1))
            {
                Assert.Equal((System.Globalization.ISOWeek.GetYear(day), System.Globalization.ISOWeek.GetWeekOfYear(day)), ArabicNews.Dates.IsoWeek.Of(day));
            }
        }
    }
}
