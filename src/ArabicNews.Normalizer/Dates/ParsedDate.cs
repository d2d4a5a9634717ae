namespace ArabicNews.Dates
{
    /// <summary>How a date written without a year (or a weekday) relates to the reference date.</summary>
    internal enum Relation
    {
        None,     // absolute, or resolved by an offset
        Unmarked, // no modifier: the resolution policy decides
        Past,     // الماضي، المنصرم، الفائت
        Next,     // المقبل، القادم
        Current,  // الحالي، الجاري
    }

    /// <summary>What the grammar read at one place of the text, before it is resolved against a reference date.</summary>
    internal struct ParsedDate
    {
        public int Start;
        public int End;
        public DateCalendar Calendar;
        public DatePrecision Precision;
        public int Year;  // 0: not written
        public int Month;
        public int Day;   // -1: the last day of the month (موفى)
        public bool HasTime;
        public int Hour;
        public int Minute;
        public int Part;  // season or quarter
        public Relation Relation;

        // A value counted from the reference: أمس (−1 day), العام الماضي (−1 year), بعد ثلاثة أيام (+3 days).
        public bool IsOffset;
        public int Offset;
        public DurationUnit OffsetUnit;

        // A month whose year is counted from the reference: يونيو من العام الماضي.
        public bool HasYearOffset;
        public int YearOffset;

        // A length of time: نحو 21 يوماً، أكثر من شهر.
        public bool IsDuration;
        public int DurationAmount;
        public DurationUnit DurationUnit;

        public int Weekday; // −1: none written
        public bool WeekdayOnly;
        public DateFlags Flags;

        public int RangeEndDay;  // من 12 إلى 14 سبتمبر
        public int RangeEndYear; // 2015-2020

        // The second half of a dual date (… الموافق 23 مارس 2024م).
        public bool HasCorresponding;
        public DateCalendar CorrespondingCalendar;
        public int CorrespondingYear;
        public int CorrespondingMonth;
        public int CorrespondingDay;

        public static ParsedDate At(int start) => new ParsedDate { Start = start, End = start, Weekday = -1 };
    }
}
