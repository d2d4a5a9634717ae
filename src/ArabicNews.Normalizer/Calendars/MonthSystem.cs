using System;

namespace ArabicNews.Calendars
{
    /// <summary>A system of month names used in Arabic news.</summary>
    public enum MonthSystem
    {
        /// <summary>Egypt and the Gulf: يناير، فبراير، مارس … (from the French and English names).</summary>
        EgyptGulf,

        /// <summary>The Levant and Iraq: كانون الثاني، شباط، آذار … (the Syriac names).</summary>
        Levant,

        /// <summary>Algeria and Tunisia: جانفي، فيفري، مارس … (from the French names).</summary>
        Maghreb,

        /// <summary>Morocco: يناير، فبراير، مارس … يوليوز، غشت، شتنبر، نونبر، دجنبر.</summary>
        Morocco,

        /// <summary>Libya, 1980s–2011: أي النار، النوار، الربيع … الكانون.</summary>
        Libya,

        /// <summary>The Hijri months: محرم، صفر، ربيع الأول … ذو الحجة.</summary>
        Hijri,
    }

    /// <summary>A set of <see cref="MonthSystem"/> values: a name such as مارس belongs to several.</summary>
    [Flags]
    public enum MonthSystems
    {
        /// <summary>No system.</summary>
        None = 0,

        /// <summary><see cref="MonthSystem.EgyptGulf"/>.</summary>
        EgyptGulf = 1 << MonthSystem.EgyptGulf,

        /// <summary><see cref="MonthSystem.Levant"/>.</summary>
        Levant = 1 << MonthSystem.Levant,

        /// <summary><see cref="MonthSystem.Maghreb"/>.</summary>
        Maghreb = 1 << MonthSystem.Maghreb,

        /// <summary><see cref="MonthSystem.Morocco"/>.</summary>
        Morocco = 1 << MonthSystem.Morocco,

        /// <summary><see cref="MonthSystem.Libya"/>.</summary>
        Libya = 1 << MonthSystem.Libya,

        /// <summary><see cref="MonthSystem.Hijri"/>.</summary>
        Hijri = 1 << MonthSystem.Hijri,

        /// <summary>The Gregorian systems.</summary>
        Gregorian = EgyptGulf | Levant | Maghreb | Morocco | Libya,
    }
}
