using System;
using System.Collections.Generic;
using System.Linq;

namespace ArabicNews.Calendars
{
    /// <summary>
    /// Every month name of Arabic news in one table (Egypt and the Gulf, the Levant and Iraq, Algeria and Tunisia,
    /// Morocco, Libya, Hijri) with its spelling variants: lookup in running text, translation between systems, and the
    /// list of names of a month. Names are compared under the normalizer's matching fold, so hamza, alef maqsura, teh
    /// marbuta, diacritics and tatweel never prevent a match.
    /// </summary>
    public static class MonthNames
    {
        private const MonthSystems EG = MonthSystems.EgyptGulf;
        private const MonthSystems LV = MonthSystems.Levant;
        private const MonthSystems MG = MonthSystems.Maghreb;
        private const MonthSystems MA = MonthSystems.Morocco;
        private const MonthSystems LY = MonthSystems.Libya;
        private const MonthSystems HJ = MonthSystems.Hijri;
        private const bool Canonical = true;
        private const bool Variant = false;
        private const bool Ambiguous = true;
        private const bool Clear = false;

        // Sources: CLDR month names for ar, ar-SY/LB/IQ/JO, ar-DZ/TN, ar-MA and the islamic calendar (checked against
        // ICU4N in MonthNamesTests), the Libyan names of the 1980s–2011 official calendar, and spellings seen in news.
        // One row per written form; the canonical name of each system comes first within its month. Forms that differ
        // only in hamza, alef maqsura, teh marbuta, diacritics or tatweel (أبريل/إبريل/ابريل, جويلية/جويليه,
        // أي النار/آي النار, يَنايِر, ديســمبر) need no row of their own: the matching fold makes them one.
        private static readonly MonthName[] Table =
        {
            // Egypt and the Gulf (Morocco shares January–June, the Maghreb and Morocco share March and September–December)
            new MonthName("يناير", EG | MA, 1, Canonical, Clear),
            new MonthName("فبراير", EG | MA, 2, Canonical, Clear),
            new MonthName("مارس", EG | MG | MA, 3, Canonical, Ambiguous), // also the verb "practised"
            new MonthName("أبريل", EG | MA, 4, Canonical, Clear),
            new MonthName("مايو", EG, 5, Canonical, Clear),
            new MonthName("يونيو", EG | MA, 6, Canonical, Clear),
            new MonthName("يونيه", EG, 6, Variant, Clear),
            new MonthName("يوليو", EG, 7, Canonical, Clear),
            new MonthName("يوليه", EG, 7, Variant, Clear),
            new MonthName("أغسطس", EG, 8, Canonical, Clear),
            new MonthName("سبتمبر", EG | MG, 9, Canonical, Clear),
            new MonthName("أكتوبر", EG | MG | MA, 10, Canonical, Clear),
            new MonthName("نوفمبر", EG | MG, 11, Canonical, Clear),
            new MonthName("ديسمبر", EG | MG, 12, Canonical, Clear),

            // The Levant and Iraq
            new MonthName("كانون الثاني", LV, 1, Canonical, Clear),
            new MonthName("كانون ثاني", LV, 1, Variant, Clear),
            new MonthName("شباط", LV, 2, Canonical, Clear),
            new MonthName("آذار", LV, 3, Canonical, Clear),
            new MonthName("نيسان", LV, 4, Canonical, Clear),
            new MonthName("أيار", LV, 5, Canonical, Clear),
            new MonthName("حزيران", LV, 6, Canonical, Clear),
            new MonthName("تموز", LV, 7, Canonical, Clear),
            new MonthName("آب", LV, 8, Canonical, Ambiguous), // folds to اب, "father"
            new MonthName("أيلول", LV, 9, Canonical, Clear),
            new MonthName("تشرين الأول", LV, 10, Canonical, Clear),
            new MonthName("تشرين أول", LV, 10, Variant, Clear),
            new MonthName("تشرين الثاني", LV, 11, Canonical, Clear),
            new MonthName("تشرين ثاني", LV, 11, Variant, Clear),
            new MonthName("كانون الأول", LV, 12, Canonical, Clear),
            new MonthName("كانون أول", LV, 12, Variant, Clear),

            // Algeria and Tunisia
            new MonthName("جانفي", MG, 1, Canonical, Clear),
            new MonthName("فيفري", MG, 2, Canonical, Clear),
            new MonthName("أفريل", MG, 4, Canonical, Clear),
            new MonthName("ماي", MG | MA, 5, Canonical, Ambiguous), // also a given name and the English "may"
            new MonthName("جوان", MG, 6, Canonical, Clear),
            new MonthName("جويلية", MG, 7, Canonical, Clear),
            new MonthName("أوت", MG, 8, Canonical, Clear),

            // Morocco
            new MonthName("يوليوز", MA, 7, Canonical, Clear),
            new MonthName("غشت", MA, 8, Canonical, Clear),
            new MonthName("شتنبر", MA, 9, Canonical, Clear),
            new MonthName("نونبر", MA, 11, Canonical, Clear),
            new MonthName("دجنبر", MA, 12, Canonical, Clear),

            // Libya, 1980s–2011: every one is also an ordinary word or a name
            new MonthName("أي النار", LY, 1, Canonical, Ambiguous),
            new MonthName("النوار", LY, 2, Canonical, Ambiguous),
            new MonthName("الربيع", LY, 3, Canonical, Ambiguous),
            new MonthName("الطير", LY, 4, Canonical, Ambiguous),
            new MonthName("الماء", LY, 5, Canonical, Ambiguous),
            new MonthName("الصيف", LY, 6, Canonical, Ambiguous),
            new MonthName("ناصر", LY, 7, Canonical, Ambiguous),
            new MonthName("هانيبال", LY, 8, Canonical, Ambiguous),
            new MonthName("الفاتح", LY, 9, Canonical, Ambiguous),
            new MonthName("التمور", LY, 10, Canonical, Ambiguous),
            new MonthName("الحرث", LY, 11, Canonical, Ambiguous),
            new MonthName("الكانون", LY, 12, Canonical, Ambiguous),

            // Hijri
            new MonthName("محرم", HJ, 1, Canonical, Ambiguous), // also "forbidden"
            new MonthName("المحرم", HJ, 1, Variant, Ambiguous),
            new MonthName("صفر", HJ, 2, Canonical, Ambiguous), // also "zero"
            new MonthName("ربيع الأول", HJ, 3, Canonical, Clear),
            new MonthName("ربيع أول", HJ, 3, Variant, Clear),
            new MonthName("ربيع الآخر", HJ, 4, Canonical, Clear),
            new MonthName("ربيع الثاني", HJ, 4, Variant, Clear),
            new MonthName("ربيع ثاني", HJ, 4, Variant, Clear),
            new MonthName("جمادى الأولى", HJ, 5, Canonical, Clear),
            new MonthName("جمادى الأول", HJ, 5, Variant, Clear),
            new MonthName("جمادى الآخرة", HJ, 6, Canonical, Clear),
            new MonthName("جمادى الثانية", HJ, 6, Variant, Clear),
            new MonthName("جمادى الآخر", HJ, 6, Variant, Clear),
            new MonthName("جمادى الثاني", HJ, 6, Variant, Clear),
            new MonthName("رجب", HJ, 7, Canonical, Ambiguous), // also a given name
            new MonthName("شعبان", HJ, 8, Canonical, Ambiguous), // also a given name
            new MonthName("رمضان", HJ, 9, Canonical, Clear),
            new MonthName("شوال", HJ, 10, Canonical, Clear),
            new MonthName("ذو القعدة", HJ, 11, Canonical, Clear),
            new MonthName("ذي القعدة", HJ, 11, Variant, Clear),
            new MonthName("ذا القعدة", HJ, 11, Variant, Clear),
            new MonthName("ذو الحجة", HJ, 12, Canonical, Clear),
            new MonthName("ذي الحجة", HJ, 12, Variant, Clear),
            new MonthName("ذا الحجة", HJ, 12, Variant, Clear),
        };

        private static readonly PhraseMatcher<MonthName> Matcher = new PhraseMatcher<MonthName>(Table.Select(name => (name.Text, name)));

        /// <summary>Every name in the table, variants included.</summary>
        public static IReadOnlyList<MonthName> All => Table;

        /// <summary>
        /// Matches the longest month name that starts at <paramref name="position"/> (or right after a proclitic و ب ل ف
        /// there) and ends at a word boundary: كانون الثاني wins over كانون, يَنايِر and ديســمبر match. Allocates nothing.
        /// </summary>
        public static bool TryMatch(ReadOnlySpan<char> text, int position, out MonthNameMatch match)
        {
            if (Matcher.TryMatch(text, position, out int start, out int length, out var name))
            {
                match = new MonthNameMatch(start, length, name!);
                return true;
            }

            match = default;
            return false;
        }

        /// <summary>The table entry for a whole name (in any spelling the matching fold unifies), or false.</summary>
        public static bool TryLookup(ReadOnlySpan<char> name, out MonthName? monthName)
        {
            var trimmed = name.Trim();
            if (Matcher.TryMatch(trimmed, 0, out int start, out int length, out monthName) && start == 0 && length == trimmed.Length)
            {
                return true;
            }

            monthName = null;
            return false;
        }

        /// <summary>The canonical name of a month in a system.</summary>
        /// <exception cref="ArgumentOutOfRangeException">The month is not 1–12 or the system is not defined.</exception>
        public static string GetName(int month, MonthSystem system)
        {
            if (month < 1 || month > 12)
            {
                throw new ArgumentOutOfRangeException(nameof(month), month, "The month must be between 1 and 12.");
            }

            var flag = ToFlag(system);
            foreach (var name in Table)
            {
                if (name.Month == month && name.IsCanonical && (name.Systems & flag) != 0)
                {
                    return name.Text;
                }
            }

            throw new ArgumentOutOfRangeException(nameof(system), system, "Unknown month system.");
        }

        /// <summary>Every name (canonical and variants) of a month in the given systems.</summary>
        /// <exception cref="ArgumentOutOfRangeException">The month is not 1–12.</exception>
        public static IReadOnlyList<MonthName> GetNames(int month, MonthSystems systems = MonthSystems.Gregorian)
        {
            if (month < 1 || month > 12)
            {
                throw new ArgumentOutOfRangeException(nameof(month), month, "The month must be between 1 and 12.");
            }

            return Table.Where(name => name.Month == month && (name.Systems & systems) != 0).ToArray();
        }

        /// <summary>
        /// The canonical name, in <paramref name="target"/>, of the month that <paramref name="name"/> names:
        /// <c>Translate("حزيران", MonthSystem.EgyptGulf)</c> is يونيو. Translation stays within a calendar: a Gregorian name
        /// translates to any Gregorian system, a Hijri name only to <see cref="MonthSystem.Hijri"/>.
        /// </summary>
        public static bool TryTranslate(ReadOnlySpan<char> name, MonthSystem target, out string? translated)
        {
            translated = null;
            if (!TryLookup(name, out var found) || target < MonthSystem.EgyptGulf || target > MonthSystem.Hijri)
            {
                return false;
            }

            bool sourceIsHijri = found!.Systems == MonthSystems.Hijri;
            if (sourceIsHijri != (target == MonthSystem.Hijri))
            {
                return false;
            }

            translated = GetName(found.Month, target);
            return true;
        }

        /// <summary>Like <see cref="TryTranslate"/>, throwing when the name is unknown or names a month of the other calendar.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
        /// <exception cref="ArgumentException">The name is not a month name, or the target is in the other calendar.</exception>
        public static string Translate(string name, MonthSystem target)
        {
            if (name is null)
            {
                throw new ArgumentNullException(nameof(name));
            }

            if (!TryTranslate(name.AsSpan(), target, out var translated))
            {
                throw new ArgumentException($"'{name}' is not a month name that translates to {target}.", nameof(name));
            }

            return translated!;
        }

        private static MonthSystems ToFlag(MonthSystem system) => (MonthSystems)(1 << (int)system);
    }
}
