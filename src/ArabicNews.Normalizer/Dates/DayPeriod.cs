namespace ArabicNews.Dates
{
    /// <summary>The part of the day a word after a time names, and how it turns a 12-hour reading into 24 hours.</summary>
    internal static class DayPeriod
    {
        public const int Morning = 1; // ص، صباحاً، فجراً
        public const int Noon = 2;    // ظهراً
        public const int Evening = 3; // م، مساءً، عصراً
        public const int Night = 4;   // ليلاً

        /// <summary>The 24-hour hour of a 12-hour reading: ١٢ ص is midnight, ١٢ م is noon, ٣ ظهراً is 15.</summary>
        public static int ToHour24(int hour, int period)
        {
            if (hour > 12)
            {
                return hour; // already on the 24-hour clock
            }

            return period switch
            {
                Morning => hour == 12 ? 0 : hour,
                Noon => hour < 6 ? hour + 12 : hour,
                Evening => hour == 12 ? 12 : hour + 12,
                Night => hour == 12 ? 0 : hour >= 6 ? hour + 12 : hour,
                _ => hour,
            };
        }
    }
}
