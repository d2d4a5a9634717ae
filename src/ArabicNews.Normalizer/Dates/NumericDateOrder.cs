namespace ArabicNews.Dates
{
    /// <summary>How an all-digit date with the year last (<c>08/12/2015</c>) is read.</summary>
    public enum NumericDateOrder
    {
        /// <summary>Day, month, year: the order of Arabic news (<c>08/12/2015</c> is 8 December 2015). The default.</summary>
        DayFirst,

        /// <summary>Month, day, year: the US order (<c>08/12/2015</c> is 12 August 2015).</summary>
        MonthFirst,
    }
}
