namespace ArabicNews.Dates
{
    /// <summary>The calendar a date was written in.</summary>
    public enum DateCalendar
    {
        /// <summary>The Gregorian calendar (any of its month-name systems, or digits).</summary>
        Gregorian,

        /// <summary>The Hijri calendar (Hijri month names, or a year marked هـ).</summary>
        Hijri,
    }
}
