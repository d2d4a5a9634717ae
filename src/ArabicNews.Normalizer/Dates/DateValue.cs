using System;
using System.Globalization;

namespace ArabicNews.Dates
{
    /// <summary>
    /// A point of time at some precision, in the calendar it was written in: a year, a season, a quarter, a month, an ISO
    /// week, a day, a day with a time, or a time of day alone. An unknown year (no reference date, or a day that recurs
    /// every year) is 0 and renders as <c>XXXX</c>. <see cref="ToString"/> writes the TIMEX-like form: <c>2014</c>,
    /// <c>2014-SU</c>, <c>2023-Q3</c>, <c>2021-04</c>, <c>2021-W47</c>, <c>2021-11-22</c>, <c>2021-11-22T12:28</c>,
    /// <c>T09:15</c>, <c>XXXX-03-21</c>.
    /// </summary>
    public readonly struct DateValue : IEquatable<DateValue>
    {
        // Packed (a year of 0–9999, every other field under 256): a mention holds several values, and a text can hold
        // tens of thousands of mentions, so their size is most of what extraction allocates.
        private readonly short _year;
        private readonly byte _calendar;
        private readonly byte _precision;
        private readonly byte _month;
        private readonly byte _day;
        private readonly byte _hour;
        private readonly byte _minute;
        private readonly byte _part;

        private DateValue(DateCalendar calendar, DatePrecision precision, int year, int month, int day, int hour, int minute, int part)
        {
            System.Diagnostics.Debug.Assert(
                (uint)year <= 9999 && (uint)month <= 12 && (uint)day <= 31 && (uint)hour <= 23 && (uint)minute <= 59 && (uint)part <= 53,
                "A date field is out of range.");
            _calendar = (byte)calendar;
            _precision = (byte)precision;
            _year = (short)year;
            _month = (byte)month;
            _day = (byte)day;
            _hour = (byte)hour;
            _minute = (byte)minute;
            _part = (byte)part;
        }

        /// <summary>The calendar of <see cref="Year"/>, <see cref="Month"/> and <see cref="Day"/>.</summary>
        public DateCalendar Calendar => (DateCalendar)_calendar;

        /// <summary>What the value names.</summary>
        public DatePrecision Precision => (DatePrecision)_precision;

        /// <summary>The year, or 0 when it is not known (rendered <c>XXXX</c>).</summary>
        public int Year => _year;

        /// <summary>The month (1–12) at month, day and minute precision; otherwise 0.</summary>
        public int Month => _month;

        /// <summary>The day of the month at day and minute precision; otherwise 0.</summary>
        public int Day => _day;

        /// <summary>The hour (0–23) at minute precision and for a time of day; otherwise 0.</summary>
        public int Hour => _hour;

        /// <summary>The minute (0–59) at minute precision and for a time of day; otherwise 0.</summary>
        public int Minute => _minute;

        /// <summary>The season (1 spring, 2 summer, 3 autumn, 4 winter), the quarter (1–4) or the ISO week (1–53); otherwise 0.</summary>
        public int Part => _part;

        /// <summary>Whether the year is known.</summary>
        public bool HasYear => Year != 0;

        /// <summary>A year (0 for unknown).</summary>
        /// <exception cref="ArgumentOutOfRangeException">The year is not 0–9999.</exception>
        public static DateValue ForYear(int year, DateCalendar calendar = DateCalendar.Gregorian)
        {
            CheckYear(year);
            return new DateValue(calendar, DatePrecision.Year, year, 0, 0, 0, 0, 0);
        }

        /// <summary>A month of a year (0 for unknown).</summary>
        /// <exception cref="ArgumentOutOfRangeException">The year is not 0–9999 or the month is not 1–12.</exception>
        public static DateValue ForMonth(int year, int month, DateCalendar calendar = DateCalendar.Gregorian)
        {
            CheckYear(year);
            CheckRange(month, 1, 12, nameof(month));
            return new DateValue(calendar, DatePrecision.Month, year, month, 0, 0, 0, 0);
        }

        /// <summary>A day. For the Gregorian calendar with a known year the day must exist; a Hijri day may be 1–30.</summary>
        /// <exception cref="ArgumentOutOfRangeException">The year, month or day is out of range.</exception>
        public static DateValue ForDay(int year, int month, int day, DateCalendar calendar = DateCalendar.Gregorian)
        {
            CheckDay(year, month, day, calendar);
            return new DateValue(calendar, DatePrecision.Day, year, month, day, 0, 0, 0);
        }

        /// <summary>A day and a time of day (24-hour clock).</summary>
        /// <exception cref="ArgumentOutOfRangeException">A field is out of range.</exception>
        public static DateValue ForDateTime(int year, int month, int day, int hour, int minute, DateCalendar calendar = DateCalendar.Gregorian)
        {
            CheckDay(year, month, day, calendar);
            CheckRange(hour, 0, 23, nameof(hour));
            CheckRange(minute, 0, 59, nameof(minute));
            return new DateValue(calendar, DatePrecision.Minute, year, month, day, hour, minute, 0);
        }

        /// <summary>A time of day with no date (24-hour clock).</summary>
        /// <exception cref="ArgumentOutOfRangeException">The hour is not 0–23 or the minute is not 0–59.</exception>
        public static DateValue ForTimeOfDay(int hour, int minute)
        {
            CheckRange(hour, 0, 23, nameof(hour));
            CheckRange(minute, 0, 59, nameof(minute));
            return new DateValue(DateCalendar.Gregorian, DatePrecision.TimeOfDay, 0, 0, 0, hour, minute, 0);
        }

        /// <summary>A season of a year: 1 spring, 2 summer, 3 autumn, 4 winter.</summary>
        /// <exception cref="ArgumentOutOfRangeException">The year is not 0–9999 or the season is not 1–4.</exception>
        public static DateValue ForSeason(int year, int season)
        {
            CheckYear(year);
            CheckRange(season, 1, 4, nameof(season));
            return new DateValue(DateCalendar.Gregorian, DatePrecision.Season, year, 0, 0, 0, 0, season);
        }

        /// <summary>A quarter (1–4) of a year.</summary>
        /// <exception cref="ArgumentOutOfRangeException">The year is not 0–9999 or the quarter is not 1–4.</exception>
        public static DateValue ForQuarter(int year, int quarter)
        {
            CheckYear(year);
            CheckRange(quarter, 1, 4, nameof(quarter));
            return new DateValue(DateCalendar.Gregorian, DatePrecision.Quarter, year, 0, 0, 0, 0, quarter);
        }

        /// <summary>An ISO week (1–53) of an ISO week-numbering year.</summary>
        /// <exception cref="ArgumentOutOfRangeException">The year is not 0–9999 or the week is not 1–53.</exception>
        public static DateValue ForWeek(int isoYear, int week)
        {
            CheckYear(isoYear);
            CheckRange(week, 1, 53, nameof(week));
            return new DateValue(DateCalendar.Gregorian, DatePrecision.Week, isoYear, 0, 0, 0, 0, week);
        }

        /// <summary>The Gregorian day of a Gregorian value at day or minute precision with a known year.</summary>
        public bool TryGetDate(out DateTime date)
        {
            if (Calendar == DateCalendar.Gregorian && Year != 0 && (Precision == DatePrecision.Day || Precision == DatePrecision.Minute))
            {
                date = new DateTime(Year, Month, Day, Hour, Minute, 0);
                return true;
            }

            date = default;
            return false;
        }

        /// <summary>Equality of every field.</summary>
        public static bool operator ==(DateValue left, DateValue right) => left.Equals(right);

        /// <summary>Inequality of some field.</summary>
        public static bool operator !=(DateValue left, DateValue right) => !left.Equals(right);

        /// <inheritdoc/>
        public bool Equals(DateValue other) =>
            Calendar == other.Calendar && Precision == other.Precision && Year == other.Year && Month == other.Month && Day == other.Day
            && Hour == other.Hour && Minute == other.Minute && Part == other.Part;

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is DateValue other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode() =>
            ((((((int)Calendar * 8 + (int)Precision) * 10007 + Year) * 13 + Month) * 32 + Day) * 24 + Hour) * 60 + Minute + Part * 7919;

        /// <summary>The TIMEX-like form (see the type's summary).</summary>
        public override string ToString()
        {
            if (Precision == DatePrecision.TimeOfDay)
            {
                return "T" + Two(Hour) + ":" + Two(Minute);
            }

            string year = Year == 0 ? "XXXX" : Year.ToString("D4", CultureInfo.InvariantCulture);
            return Precision switch
            {
                DatePrecision.Year => year,
                DatePrecision.Season => year + "-" + SeasonCodes[Part - 1],
                DatePrecision.Quarter => year + "-Q" + Part.ToString(CultureInfo.InvariantCulture),
                DatePrecision.Month => year + "-" + Two(Month),
                DatePrecision.Week => year + "-W" + Two(Part),
                DatePrecision.Day => year + "-" + Two(Month) + "-" + Two(Day),
                _ => year + "-" + Two(Month) + "-" + Two(Day) + "T" + Two(Hour) + ":" + Two(Minute),
            };
        }

        // TIMEX3 season codes, in the order of the Part numbers.
        private static readonly string[] SeasonCodes = { "SP", "SU", "FA", "WI" };

        internal DateValue WithTime(int hour, int minute) =>
            new DateValue(Calendar, DatePrecision.Minute, Year, Month, Day, hour, minute, 0);

        internal static DateValue Create(DateCalendar calendar, DatePrecision precision, int year, int month, int day, int hour, int minute, int part) =>
            new DateValue(calendar, precision, year, month, day, hour, minute, part);

        private static string Two(int value) => value.ToString("D2", CultureInfo.InvariantCulture);

        private static void CheckYear(int year) => CheckRange(year, 0, 9999, nameof(year));

        private static void CheckDay(int year, int month, int day, DateCalendar calendar)
        {
            CheckYear(year);
            CheckRange(month, 1, 12, nameof(month));
            int maxDay = calendar == DateCalendar.Hijri ? 30 : year == 0 ? (month == 2 ? 29 : DateTime.DaysInMonth(2000, month)) : DateTime.DaysInMonth(Math.Max(year, 1), month);
            CheckRange(day, 1, maxDay, nameof(day));
        }

        private static void CheckRange(int value, int min, int max, string name)
        {
            if (value < min || value > max)
            {
                throw new ArgumentOutOfRangeException(name, value, $"The {name} must be between {min} and {max}.");
            }
        }
    }
}
