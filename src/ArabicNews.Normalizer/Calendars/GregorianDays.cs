using System;

namespace ArabicNews.Calendars
{
    /// <summary>Day numbers: days since 0001-01-01 in the proleptic Gregorian calendar, as <see cref="DateTime"/> counts them.</summary>
    internal static class GregorianDays
    {
        public const int MinDay = 0;

        /// <summary>Day number of 9999-12-31.</summary>
        public static readonly int MaxDay = FromDateTime(DateTime.MaxValue);

        public static int FromDateTime(DateTime date) => (int)(date.Ticks / TimeSpan.TicksPerDay);

        public static DateTime ToDateTime(int dayNumber) => new DateTime(dayNumber * TimeSpan.TicksPerDay);
    }
}
