namespace ArabicNews.Dates
{
    /// <summary>What a <see cref="DateValue"/> names, from the coarsest to the finest.</summary>
    public enum DatePrecision
    {
        /// <summary>A year: <c>2014</c>.</summary>
        Year,

        /// <summary>A season of a year: <c>2014-SU</c>.</summary>
        Season,

        /// <summary>A quarter of a year: <c>2023-Q3</c>.</summary>
        Quarter,

        /// <summary>A month: <c>2021-04</c>.</summary>
        Month,

        /// <summary>An ISO week: <c>2021-W47</c>.</summary>
        Week,

        /// <summary>A day: <c>2021-11-22</c>.</summary>
        Day,

        /// <summary>A day and a time of day: <c>2021-11-22T12:28</c>.</summary>
        Minute,

        /// <summary>A time of day with no date: <c>T09:15</c>.</summary>
        TimeOfDay,
    }
}
