namespace ArabicNews.Calendars
{
    /// <summary>A month name found in text by <see cref="MonthNames.TryMatch"/>.</summary>
    public readonly struct MonthNameMatch
    {
        internal MonthNameMatch(int start, int length, MonthName name)
        {
            Start = start;
            Length = length;
            Name = name;
        }

        /// <summary>Where the name starts in the text (after a proclitic such as و or ب).</summary>
        public int Start { get; }

        /// <summary>How many UTF-16 code units of the text the name covers (diacritics and tatweel included).</summary>
        public int Length { get; }

        /// <summary>The table entry that matched.</summary>
        public MonthName Name { get; }

        /// <summary>The month number (1–12) in the matched name's calendar.</summary>
        public int Month => Name.Month;

        /// <summary>The systems that use the matched name.</summary>
        public MonthSystems Systems => Name.Systems;

        /// <summary>Whether the matched word is also an ordinary word (see <see cref="MonthName.IsAmbiguous"/>).</summary>
        public bool IsAmbiguous => Name.IsAmbiguous;
    }
}
