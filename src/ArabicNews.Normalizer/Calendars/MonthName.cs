namespace ArabicNews.Calendars
{
    /// <summary>One written name of a month: its text, the systems that use it, its month number, and whether it is also an ordinary word.</summary>
    public sealed class MonthName
    {
        internal MonthName(string text, MonthSystems systems, int month, bool isCanonical, bool isAmbiguous)
        {
            Text = text;
            Systems = systems;
            Month = month;
            IsCanonical = isCanonical;
            IsAmbiguous = isAmbiguous;
        }

        /// <summary>The name as written in the table (with hamza, teh marbuta and the article where it has them).</summary>
        public string Text { get; }

        /// <summary>The systems that use this name.</summary>
        public MonthSystems Systems { get; }

        /// <summary>The month number in its calendar: 1–12 (Gregorian months for the Gregorian systems, Hijri months for <see cref="MonthSystem.Hijri"/>).</summary>
        public int Month { get; }

        /// <summary>Whether this is the name <see cref="MonthNames.GetName"/> gives for its systems (the others are spelling variants).</summary>
        public bool IsCanonical { get; }

        /// <summary>
        /// Whether the word is also an ordinary word or name somewhere (مارس "practised", ماي, الربيع "spring", صفر "zero",
        /// رجب, ناصر …): a date parser should believe it only with a day or a year next to it.
        /// </summary>
        public bool IsAmbiguous { get; }

        /// <inheritdoc/>
        public override string ToString() => Text;
    }
}
