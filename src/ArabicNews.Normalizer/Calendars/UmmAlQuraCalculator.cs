namespace ArabicNews.Calendars
{
    /// <summary>
    /// Umm al-Qura arithmetic over a table of one entry per year: the lengths of its months as bits (bit m-1 set = month m
    /// has 30 days) and the day number (days since 0001-01-01) of its first day. Conversions are a table look-up and at
    /// most twelve additions.
    /// </summary>
    internal static partial class UmmAlQuraCalculator
    {
        public const int FirstYear = 1318;
        public const int LastYear = 1500;

        /// <summary>Day number of 1 Muharram 1318 (1900-04-30).</summary>
        public static int FirstDay => Years[0].Start;

        /// <summary>Day number of 30 Dhu al-Hijjah 1500 (2077-11-16).</summary>
        public static int LastDay => Years[LastYear - FirstYear].Start + DaysInYear(LastYear) - 1;

        public static int DaysInMonth(int year, int month) => (Years[year - FirstYear].MonthBits & (1 << (month - 1))) != 0 ? 30 : 29;

        public static int DaysInYear(int year) => 348 + PopCount(Years[year - FirstYear].MonthBits);

        /// <summary>The day number of a date already checked to be in range and valid.</summary>
        public static int ToDayNumber(int year, int month, int day)
        {
            var data = Years[year - FirstYear];
            int before = data.MonthBits & ((1 << (month - 1)) - 1);
            return data.Start + 29 * (month - 1) + PopCount(before) + day - 1;
        }

        /// <summary>The date of a day number already checked to be in range.</summary>
        public static void FromDayNumber(int dayNumber, out int year, out int month, out int day)
        {
            // A Hijri year is 354 or 355 days: the estimate is at most one year off.
            int index = (int)((dayNumber - FirstDay) / 354.367);
            if (index > LastYear - FirstYear)
            {
                index = LastYear - FirstYear;
            }

            while (Years[index].Start > dayNumber)
            {
                index--;
            }

            while (index < LastYear - FirstYear && Years[index + 1].Start <= dayNumber)
            {
                index++;
            }

            year = FirstYear + index;
            int remaining = dayNumber - Years[index].Start;
            int bits = Years[index].MonthBits;
            month = 1;
            while (true)
            {
                int length = (bits & 1) != 0 ? 30 : 29;
                if (remaining < length)
                {
                    break;
                }

                remaining -= length;
                bits >>= 1;
                month++;
            }

            day = remaining + 1;
        }

        private static int PopCount(int value)
        {
            int count = 0;
            while (value != 0)
            {
                value &= value - 1;
                count++;
            }

            return count;
        }

        private readonly struct YearData
        {
            public YearData(int monthBits, int start)
            {
                MonthBits = (ushort)monthBits;
                Start = start;
            }

            public ushort MonthBits { get; }

            public int Start { get; }
        }
    }
}
