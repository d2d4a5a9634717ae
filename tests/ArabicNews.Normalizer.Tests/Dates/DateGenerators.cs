using System;
using System.Linq;
using ArabicNews.Calendars;
using ArabicNews.Dates;
using ArabicNews.Tests.Text;
using FsCheck;
using FsCheck.Fluent;

namespace ArabicNews.Tests.Dates
{
    /// <summary>A date written out in one of the shapes news uses, with the value it must parse to.</summary>
    public sealed record FormattedDate(string Text, string Expected)
    {
        public override string ToString() => $"«{Text}» = {Expected} ({ArabicText.Escape(Text)})";
    }

    /// <summary>Text with date-like pieces among ordinary words and noise: what the extractor must survive.</summary>
    public sealed record DateishText(string Value)
    {
        public override string ToString() => ArabicText.Escape(Value);
    }

    /// <summary>Words and punctuation that are no part of any date expression.</summary>
    public sealed record UnrelatedText(string Value)
    {
        public override string ToString() => ArabicText.Escape(Value);
    }

    public static class DateGenerators
    {
        private static readonly MonthSystem[] GregorianSystems = { MonthSystem.EgyptGulf, MonthSystem.Levant, MonthSystem.Maghreb, MonthSystem.Morocco, MonthSystem.Libya };

        private static readonly string[] OrdinalUnits = { "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر" };

        /// <summary>Digits in ASCII (0), Arabic-Indic (1), extended Arabic-Indic (2), or mixed per digit (3).</summary>
        private static string Digits(int value, int width, int system, int seed)
        {
            string ascii = value.ToString("D" + width, System.Globalization.CultureInfo.InvariantCulture);
            var chars = ascii.Select((c, i) =>
            {
                int s = system == 3 ? (seed >> i) % 3 : system;
                return s == 0 ? c : s == 1 ? (char)(c - '0' + 0x0660) : (char)(c - '0' + 0x06F0);
            });
            return new string(chars.ToArray());
        }

        private static string Ordinal(int day) =>
            day <= 10 ? OrdinalUnits[day - 1]
            : day < 20 ? (day == 11 ? "الحادي" : OrdinalUnits[day - 11]) + " عشر"
            : day == 20 ? "العشرين" : day == 30 ? "الثلاثين"
            : (day % 10 == 1 ? "الحادي" : OrdinalUnits[day % 10 - 1]) + (day < 30 ? " والعشرين" : " والثلاثين");

        private static Gen<FormattedDate> GregorianDate() =>
            from dayNumber in Gen.Choose(0, (int)(new DateTime(2070, 12, 31) - new DateTime(1950, 1, 1)).TotalDays)
            from shape in Gen.Choose(0, 12)
            from system in Gen.Elements(GregorianSystems)
            from digitSystem in Gen.Choose(0, 3)
            from seed in Gen.Choose(0, 1 << 20)
            from weekday in Gen.Elements(true, false)
            from diacritics in Gen.Elements(true, false)
            select Format(new DateTime(1950, 1, 1).AddDays(dayNumber), shape, system, digitSystem, seed, weekday, diacritics);

        private static FormattedDate Format(DateTime date, int shape, MonthSystem system, int digits, int seed, bool weekday, bool diacritics)
        {
            if (system == MonthSystem.Libya && (date.Year < 1969 || date.Year > 2011))
            {
                system = MonthSystem.EgyptGulf; // the Libyan names are read only in the years they were used
            }

            string month = MonthNames.GetName(date.Month, system);
            if (diacritics)
            {
                month = month.Substring(0, 1) + "\u064E" + month.Substring(1) + "\u0640"; // a fatha and a tatweel
            }

            string d = Digits(date.Day, 1, digits, seed);
            string dd = Digits(date.Day, 2, digits, seed);
            string mm = Digits(date.Month, 2, digits, seed >> 2);
            string y = Digits(date.Year, 4, digits, seed >> 4);
            string text = shape switch
            {
                0 => $"{d} {month} {y}",
                1 => $"{Ordinal(date.Day)} من {month} {y}",
                2 => $"{dd}/{mm}/{y}",
                3 => $"{y}/{mm}/{dd}",
                4 => $"{y}.{mm}.{dd}",
                5 => $"{dd}-{mm}-{y}",
                6 => $"{d}/{month}/{y}",
                7 => $"{d} {month} عام {y}",
                9 => $"{d} / {Digits(date.Month, 1, digits, seed >> 2)} / {y}",
                10 => $"{y} . {mm} . {dd}",
                11 => $"{dd} - {mm} - {y}",
                12 => $"{month} ( {d} / {mm} / {y} )",
                _ => $"{d} {month} {y}م",
            };
            if (weekday)
            {
                text = WeekdayNames.GetName(date.DayOfWeek) + " " + text;
            }

            return new FormattedDate(text, date.ToString("yyyy-MM-dd"));
        }

        private static Gen<FormattedDate> HijriDateGen() =>
            from dayNumber in Gen.Choose(0, (int)(new DateTime(2077, 1, 1) - new DateTime(1901, 1, 1)).TotalDays)
            from marker in Gen.Elements("هـ", " هـ", " ه", " هجري", " للهجرة", "")
            from digitSystem in Gen.Choose(0, 2)
            from variant in Gen.Elements(0, 1)
            select FormatHijri(HijriCalendar.FromGregorian(new DateTime(1901, 1, 1).AddDays(dayNumber)), marker, digitSystem, variant);

        private static FormattedDate FormatHijri(HijriDate date, string marker, int digits, int variant)
        {
            string month = variant == 0 ? MonthNames.GetName(date.Month, MonthSystem.Hijri) : MonthNames.GetNames(date.Month, MonthSystems.Hijri).Last().Text;
            return new FormattedDate($"{Digits(date.Day, 1, digits, 0)} {month} {Digits(date.Year, 4, digits, 0)}{marker}", date.ToString());
        }

        public static Arbitrary<FormattedDate> FormattedDateArbitrary() => Arb.From(Gen.Frequency((4, GregorianDate()), (1, HijriDateGen())));

        private static readonly string[] DatePieces =
        {
            "2021", "1445", "22", "7", "31", "12:28", "٢٠٢١", "۱۳", "/", "-", ".", ":", " ", " ", " ", "\n", "،", "(", ")", "|",
            "نوفمبر", "كانون الثاني", "كانون", "الثاني", "رمضان", "مارس", "الربيع", "آب", "صفر", "الماضي", "المقبل", "الجاري",
            "عام", "العام", "في", "فى", "من", "إلى", "هـ", "م", "ص", "مساءً", "الساعة", "الثامنة", "الإثنين", "الخميس", "الأول",
            "الحادي", "والعشرين", "الـ", "ال", "غرة", "فاتح", "موفى", "منتصف", "صيف", "الربع", "الموافق", "كل", "أمس", "اليوم",
            "قبل", "بعد", "يومين", "ثلاثة", "أيام", "شهر", "الأسبوع", "\u064E", "\u0640", "\u200F", "جندي", "القرار",
        };

        private static readonly string[] UnrelatedPieces =
        {
            "واشنطن", "القوات", "قال", "الرئيس", "العراقية", "المفاوضات", "بغداد", "الأميركية", "التحالف", "وزير", "الخارجية",
            "،", ".", ":", "«", "»", "\"", "؟", "!", "abc", "CNN",
        };

        public static Arbitrary<DateishText> DateishTextArbitrary() =>
            Arb.From(Gen.ListOf(Gen.Frequency((3, Gen.Elements(DatePieces)), (1, ArabicTextGenerators.Piece())))
                .Select(pieces => new DateishText(string.Concat(pieces))));

        public static Arbitrary<UnrelatedText> UnrelatedTextArbitrary() =>
            Arb.From(Gen.ListOf(Gen.Elements(UnrelatedPieces)).Select(words => new UnrelatedText(string.Join(" ", words))));
    }
}
