using System;

namespace ArabicNews.Dates
{
    /// <summary>What a word of the date lexicon can do in a date expression; one written word may have several roles.</summary>
    [Flags]
    internal enum DateWordRoles : long
    {
        None = 0,
        Month = 1L << 0,           // a month name (DateWord.Month)
        Weekday = 1L << 1,         // Number = DayOfWeek
        YearCue = 1L << 2,         // عام، العام، سنة
        Preposition = 1L << 3,     // في، منذ، خلال: lets a bare four-digit number be a year
        Past = 1L << 4,            // الماضي، المنصرم، الفائت
        Next = 1L << 5,            // المقبل، القادم
        Current = 1L << 6,         // الحالي، الجاري
        RelativeDay = 1L << 7,     // أمس، اليوم، غداً: Number = offset in days
        UnitDay = 1L << 8,         // Number = count (0 for a plural)
        UnitWeek = 1L << 9,
        UnitMonth = 1L << 10,
        UnitYear = 1L << 11,
        PartStart = 1L << 12,      // مطلع، أوائل، بداية
        PartMiddle = 1L << 13,     // منتصف، أواسط
        PartEnd = 1L << 14,        // أواخر، نهاية
        Season = 1L << 15,         // Number = 1 spring … 4 winter
        Quarter = 1L << 16,        // الربع
        Ordinal = 1L << 17,        // الأول … الحادي والثلاثين: Number = day
        FirstOf = 1L << 18,        // غرة، فاتح، الفاتح
        HalfOf = 1L << 19,         // النصف (من)
        EndOf = 1L << 20,          // موفى
        Hour = 1L << 21,           // الساعة
        ClockHour = 1L << 22,      // الثامنة: Number = hour
        DayPeriod = 1L << 23,      // ص، صباحاً، م، مساءً …: Number = a DayPeriod
        EraHijri = 1L << 24,       // هـ، هجري، للهجرة
        EraGregorian = 1L << 25,   // م، ميلادي، للميلاد
        Corresponding = 1L << 26,  // الموافق
        Every = 1L << 27,          // كل
        From = 1L << 28,           // من
        To = 1L << 29,             // إلى، حتى
        Before = 1L << 30,         // قبل
        After = 1L << 31,          // بعد
        Cardinal = 1L << 32,       // ثلاثة: Number = value
        MonthWord = 1L << 33,      // شهر (before a month name)
        HalfHour = 1L << 34,       // ونصف، والنصف: Number = minutes
        This = 1L << 35,           // هذا، هذه: the reference's own month, week or year
        About = 1L << 36,          // نحو، حوالي، أكثر من: before a length of time
    }
}
