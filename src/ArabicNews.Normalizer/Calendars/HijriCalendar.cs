using System;

namespace ArabicNews.Calendars
{
    /// <summary>
    /// Converts between Hijri dates and the Gregorian calendar, under Umm al-Qura (the default, 1318–1500 AH) or the
    /// tabular Islamic calendar. The throwing methods throw <see cref="ArgumentOutOfRangeException"/> for a date outside
    /// the calendar's range or a day the month does not have; the Try methods return false instead. A date outside the
    /// Umm al-Qura range is never converted with another calendar behind the caller's back.
    /// </summary>
    public static class HijriCalendar
    {
        /// <summary>The first date of a calendar kind's range.</summary>
        public static HijriDate GetMinDate(HijriCalendarKind kind = HijriCalendarKind.UmmAlQura) =>
            kind == HijriCalendarKind.UmmAlQura ? new HijriDate(UmmAlQuraCalculator.FirstYear, 1, 1) : FromDayNumber(GregorianDays.MinDay, kind);

        /// <summary>The last date of a calendar kind's range.</summary>
        public static HijriDate GetMaxDate(HijriCalendarKind kind = HijriCalendarKind.UmmAlQura) =>
            FromDayNumber(kind == HijriCalendarKind.UmmAlQura ? UmmAlQuraCalculator.LastDay : GregorianDays.MaxDay, kind);

        /// <summary>Whether the date exists in the calendar and lies in its range.</summary>
        public static bool IsValid(HijriDate date, HijriCalendarKind kind = HijriCalendarKind.UmmAlQura) => TryGetDayNumber(date, kind, out _);

        /// <summary>The number of days (29 or 30) of a month.</summary>
        /// <exception cref="ArgumentOutOfRangeException">The year is outside the calendar's range or the month is not 1–12.</exception>
        public static int GetDaysInMonth(int year, int month, HijriCalendarKind kind = HijriCalendarKind.UmmAlQura)
        {
            CheckYear(year, kind);
            if (month < 1 || month > 12)
            {
                throw new ArgumentOutOfRangeException(nameof(month), month, "The Hijri month must be between 1 and 12.");
            }

            return kind == HijriCalendarKind.UmmAlQura ? UmmAlQuraCalculator.DaysInMonth(year, month) : TabularIslamicCalculator.DaysInMonth(year, month);
        }

        /// <summary>The number of days (354 or 355) of a year.</summary>
        /// <exception cref="ArgumentOutOfRangeException">The year is outside the calendar's range.</exception>
        public static int GetDaysInYear(int year, HijriCalendarKind kind = HijriCalendarKind.UmmAlQura)
        {
            CheckYear(year, kind);
            return kind == HijriCalendarKind.UmmAlQura ? UmmAlQuraCalculator.DaysInYear(year) : TabularIslamicCalculator.DaysInYear(year);
        }

        /// <summary>The Gregorian date (at midnight, <see cref="DateTimeKind.Unspecified"/>) of a Hijri date.</summary>
        /// <exception cref="ArgumentOutOfRangeException">The date is outside the calendar's range or does not exist in it.</exception>
        public static DateTime ToGregorian(HijriDate date, HijriCalendarKind kind = HijriCalendarKind.UmmAlQura)
        {
            if (!TryGetDayNumber(date, kind, out int dayNumber))
            {
                throw new ArgumentOutOfRangeException(nameof(date), date, $"{date} is not a date of the {kind} calendar's range ({GetMinDate(kind)} to {GetMaxDate(kind)}).");
            }

            return GregorianDays.ToDateTime(dayNumber);
        }

        /// <summary>The Gregorian date of a Hijri date; false when the date is outside the range or does not exist.</summary>
        public static bool TryToGregorian(HijriDate date, out DateTime gregorian, HijriCalendarKind kind = HijriCalendarKind.UmmAlQura)
        {
            if (TryGetDayNumber(date, kind, out int dayNumber))
            {
                gregorian = GregorianDays.ToDateTime(dayNumber);
                return true;
            }

            gregorian = default;
            return false;
        }

        /// <summary>The Hijri date of a Gregorian date (its time of day is ignored).</summary>
        /// <exception cref="ArgumentOutOfRangeException">The date is outside the calendar's range.</exception>
        public static HijriDate FromGregorian(DateTime date, HijriCalendarKind kind = HijriCalendarKind.UmmAlQura)
        {
            if (!TryFromGregorian(date, out var hijri, kind))
            {
                throw new ArgumentOutOfRangeException(nameof(date), date, $"{date:yyyy-MM-dd} is outside the {kind} calendar's range ({ToGregorian(GetMinDate(kind), kind):yyyy-MM-dd} to {ToGregorian(GetMaxDate(kind), kind):yyyy-MM-dd}).");
            }

            return hijri;
        }

        /// <summary>The Hijri date of a Gregorian date; false when it is outside the calendar's range.</summary>
        public static bool TryFromGregorian(DateTime date, out HijriDate hijri, HijriCalendarKind kind = HijriCalendarKind.UmmAlQura)
        {
            int dayNumber = GregorianDays.FromDateTime(date);
            int first = kind == HijriCalendarKind.UmmAlQura ? UmmAlQuraCalculator.FirstDay : TabularIslamicCalculator.Epoch;
            int last = kind == HijriCalendarKind.UmmAlQura ? UmmAlQuraCalculator.LastDay : GregorianDays.MaxDay;
            if (dayNumber < first || dayNumber > last)
            {
                hijri = default;
                return false;
            }

            hijri = FromDayNumber(dayNumber, kind);
            return true;
        }

        /// <summary>The day of the week of a Hijri date.</summary>
        /// <exception cref="ArgumentOutOfRangeException">The date is outside the calendar's range or does not exist in it.</exception>
        public static DayOfWeek GetDayOfWeek(HijriDate date, HijriCalendarKind kind = HijriCalendarKind.UmmAlQura) => ToGregorian(date, kind).DayOfWeek;

#if NET8_0_OR_GREATER
        /// <summary>The Gregorian date of a Hijri date.</summary>
        /// <exception cref="ArgumentOutOfRangeException">The date is outside the calendar's range or does not exist in it.</exception>
        public static DateOnly ToDateOnly(HijriDate date, HijriCalendarKind kind = HijriCalendarKind.UmmAlQura) => DateOnly.FromDateTime(ToGregorian(date, kind));

        /// <summary>The Hijri date of a Gregorian date.</summary>
        /// <exception cref="ArgumentOutOfRangeException">The date is outside the calendar's range.</exception>
        public static HijriDate FromGregorian(DateOnly date, HijriCalendarKind kind = HijriCalendarKind.UmmAlQura) => FromGregorian(date.ToDateTime(TimeOnly.MinValue), kind);

        /// <summary>The Hijri date of a Gregorian date; false when it is outside the calendar's range.</summary>
        public static bool TryFromGregorian(DateOnly date, out HijriDate hijri, HijriCalendarKind kind = HijriCalendarKind.UmmAlQura) =>
            TryFromGregorian(date.ToDateTime(TimeOnly.MinValue), out hijri, kind);
#endif

        private static bool TryGetDayNumber(HijriDate date, HijriCalendarKind kind, out int dayNumber)
        {
            dayNumber = 0;
            if (date.Year == 0)
            {
                return false; // default(HijriDate)
            }

            if (kind == HijriCalendarKind.UmmAlQura)
            {
                if (date.Year < UmmAlQuraCalculator.FirstYear || date.Year > UmmAlQuraCalculator.LastYear
                    || date.Day > UmmAlQuraCalculator.DaysInMonth(date.Year, date.Month))
                {
                    return false;
                }

                dayNumber = UmmAlQuraCalculator.ToDayNumber(date.Year, date.Month, date.Day);
                return true;
            }

            if (kind != HijriCalendarKind.Tabular || date.Day > TabularIslamicCalculator.DaysInMonth(date.Year, date.Month))
            {
                return false;
            }

            dayNumber = TabularIslamicCalculator.ToDayNumber(date.Year, date.Month, date.Day);
            return dayNumber <= GregorianDays.MaxDay;
        }

        private static HijriDate FromDayNumber(int dayNumber, HijriCalendarKind kind)
        {
            int year, month, day;
            if (kind == HijriCalendarKind.UmmAlQura)
            {
                UmmAlQuraCalculator.FromDayNumber(dayNumber, out year, out month, out day);
            }
            else
            {
                TabularIslamicCalculator.FromDayNumber(Math.Max(dayNumber, TabularIslamicCalculator.Epoch), out year, out month, out day);
            }

            return new HijriDate(year, month, day);
        }

        private static void CheckYear(int year, HijriCalendarKind kind)
        {
            int first = kind == HijriCalendarKind.UmmAlQura ? UmmAlQuraCalculator.FirstYear : 1;
            int last = kind == HijriCalendarKind.UmmAlQura ? UmmAlQuraCalculator.LastYear : GetMaxDate(HijriCalendarKind.Tabular).Year;
            if (year < first || year > last)
            {
                throw new ArgumentOutOfRangeException(nameof(year), year, $"The year must be between {first} and {last} in the {kind} calendar.");
            }
        }
    }
}
