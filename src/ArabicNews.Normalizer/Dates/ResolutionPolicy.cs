namespace ArabicNews.Dates
{
    /// <summary>Which year a day or month written with no year and no modifier (<c>7 أبريل</c>, <c>الخميس</c>) gets.</summary>
    public enum ResolutionPolicy
    {
        /// <summary>The most recent one not after the reference date: news mostly reports the past. The default.</summary>
        MostRecent,

        /// <summary>The next one not before the reference date (for agendas and announcements).</summary>
        Upcoming,
    }
}
