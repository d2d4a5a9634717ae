namespace ArabicNews.Dates
{
    /// <summary>What kind of expression a <see cref="DateMention"/> is.</summary>
    public enum DateMentionKind
    {
        /// <summary>A day: <c>22 نوفمبر 2021</c>, <c>أمس</c>, <c>الخميس</c>.</summary>
        Date,

        /// <summary>A day with a time of day: <c>الإثنين 22/نوفمبر/2021 - 12:28 م</c>.</summary>
        DateTime,

        /// <summary>A month: <c>أبريل 2021</c>, <c>كانون الثاني الماضي</c>, <c>رمضان 1445</c>.</summary>
        Month,

        /// <summary>A year: <c>عام 2014</c>, <c>1445هـ</c>, <c>العام الماضي</c>.</summary>
        Year,

        /// <summary>A season of a year: <c>صيف عام 2014</c>.</summary>
        Season,

        /// <summary>A quarter of a year: <c>الربع الثالث</c>.</summary>
        Quarter,

        /// <summary>A week: <c>الأسبوع الماضي</c>.</summary>
        Week,

        /// <summary>A time of day alone: <c>9:15 ص</c>, <c>الساعة الثامنة مساءً</c>.</summary>
        Time,

        /// <summary>A length of time: <c>21 يوماً</c>.</summary>
        Duration,

        /// <summary>An interval written as one construction: <c>من 12 إلى 14 سبتمبر 2023</c>, <c>2015-2020</c>.</summary>
        Range,
    }
}
