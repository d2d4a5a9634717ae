namespace ArabicNews.Calendars
{
    /// <summary>Which Hijri calendar a conversion follows.</summary>
    public enum HijriCalendarKind
    {
        /// <summary>
        /// Umm al-Qura, the official calendar of Saudi Arabia, for 1318–1500 AH (30 April 1900 – 16 November 2077).
        /// Outside that range conversions fail (an exception, or false from the Try methods); they never fall back to
        /// another calendar silently.
        /// </summary>
        UmmAlQura,

        /// <summary>
        /// The tabular (civil, arithmetic) Islamic calendar: 30-year cycles with leap years 2, 5, 7, 10, 13, 16, 18, 21,
        /// 24, 26 and 29, epoch 15 July 622 (Julian). The same calendar as <c>System.Globalization.HijriCalendar</c> with
        /// no adjustment; it covers every date a <see cref="System.DateTime"/> can hold.
        /// </summary>
        Tabular,
    }
}
