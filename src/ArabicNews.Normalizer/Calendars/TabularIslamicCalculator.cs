namespace ArabicNews.Calendars
{
    /// <summary>
    /// The arithmetic (civil) Islamic calendar: a 30-year cycle of 10,631 days in which years 2, 5, 7, 10, 13, 16, 18,
    /// 21, 24, 26 and 29 are leap years of 355 days; odd months have 30 days, even months 29, and Dhu al-Hijjah 30 in a
    /// leap year. Epoch: 1 Muharram 1 AH = 15 July 622 Julian (0622-07-18 in the proleptic Gregorian calendar), the
    /// astronomical epoch that .NET's HijriCalendar uses.
    /// </summary>
    internal static class TabularIslamicCalculator
    {
        /// <summary>Day number (days since 0001-01-01) of 1 Muharram 1 AH.</summary>
        public const int Epoch = 227013;

        public static bool IsLeapYear(int year) => (14 + 11 * year) % 30 < 11;

        public static int DaysInMonth(int year, int month) => month == 12 && IsLeapYear(year) ? 30 : (month & 1) == 1 ? 30 : 29;

        public static int DaysInYear(int year) => IsLeapYear(year) ? 355 : 354;

        public static int ToDayNumber(int year, int month, int day) =>
            Epoch + DaysBeforeYear(year) + (59 * (month - 1) + 1) / 2 + day - 1;

        public static void FromDayNumber(int dayNumber, out int year, out int month, out int day)
        {
            int days = dayNumber - Epoch;
            year = (int)((30L * days + 10646) / 10631);
            while (year > 1 && DaysBeforeYear(year) > days)
            {
                year--;
            }

            while (DaysBeforeYear(year + 1) <= days)
            {
                year++;
            }

            int dayOfYear = days - DaysBeforeYear(year);
            month = 1;
            while (month < 12 && dayOfYear >= (59 * month + 1) / 2)
            {
                month++;
            }

            day = dayOfYear - (59 * (month - 1) + 1) / 2 + 1;
        }

        private static int DaysBeforeYear(int year) => (year - 1) * 354 + (3 + 11 * year) / 30;
    }
}
