using System;

namespace ArabicNews.Dates
{
    /// <summary>ISO 8601 week numbers (Monday first; week 1 holds the year's first Thursday), which netstandard2.0 lacks.</summary>
    internal static class IsoWeek
    {
        public static (int Year, int Week) Of(DateTime date)
        {
            int dayOfWeek = ((int)date.DayOfWeek + 6) % 7; // Monday 0 … Sunday 6
            var thursday = date.Date.AddDays(3 - dayOfWeek);
            return (thursday.Year, (thursday.DayOfYear - 1) / 7 + 1);
        }
    }
}
