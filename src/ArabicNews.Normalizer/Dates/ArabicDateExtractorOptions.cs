using System;
using ArabicNews.Calendars;

namespace ArabicNews.Dates
{
    /// <summary>
    /// The settings of an <see cref="ArabicDateExtractor"/>. The extractor copies them when it is built, so changing an
    /// options object afterwards does not change an extractor.
    /// </summary>
    public sealed class ArabicDateExtractorOptions
    {
        /// <summary>The date relative mentions are resolved against; null to use the article's dateline (or none).</summary>
        public DateTime? ReferenceDate { get; set; }

        /// <summary>
        /// Whether to look for the article's own dateline (a full date at the start of a line near the top) and, when
        /// no reference date is given, resolve relative mentions against it. Default true.
        /// </summary>
        public bool UseDateline { get; set; } = true;

        /// <summary>How an all-digit date with the year last is read. Default <see cref="NumericDateOrder.DayFirst"/>.</summary>
        public NumericDateOrder NumericOrder { get; set; } = NumericDateOrder.DayFirst;

        /// <summary>Which year a day or month with no year and no modifier gets. Default <see cref="ResolutionPolicy.MostRecent"/>.</summary>
        public ResolutionPolicy Resolution { get; set; } = ResolutionPolicy.MostRecent;

        /// <summary>
        /// The month-name systems recognized (Hijri included: without <see cref="MonthSystems.Hijri"/> no Hijri month is
        /// read). Default: every system.
        /// </summary>
        public MonthSystems MonthSystems { get; set; } = MonthSystems.Gregorian | MonthSystems.Hijri;

        /// <summary>The calendar Hijri dates are converted with. Default Umm al-Qura.</summary>
        public HijriCalendarKind HijriCalendar { get; set; } = HijriCalendarKind.UmmAlQura;

        internal ArabicDateExtractorOptions Clone() => (ArabicDateExtractorOptions)MemberwiseClone();
    }
}
