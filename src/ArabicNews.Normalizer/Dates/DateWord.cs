using ArabicNews.Calendars;

namespace ArabicNews.Dates
{
    /// <summary>One entry of the date lexicon: its folded key, its roles, the number a role carries, and the month it names.</summary>
    internal sealed class DateWord
    {
        public DateWord(string key, DateWordRoles roles, int number, MonthName? month)
        {
            Key = key;
            Roles = roles;
            Number = number;
            Month = month;
        }

        /// <summary>The folded form (one space between words) compared against the text.</summary>
        public string Key { get; }

        public DateWordRoles Roles { get; private set; }

        /// <summary>The value of the numeric role (a day, an hour, an offset, a count, a season, a weekday).</summary>
        public int Number { get; private set; }

        public MonthName? Month { get; private set; }

        public bool Has(DateWordRoles role) => (Roles & role) != 0;

        /// <summary>Adds the roles of a second entry with the same key (الربيع is a Libyan month and a season).</summary>
        public void Merge(DateWordRoles roles, int number, MonthName? month)
        {
            Roles |= roles;
            if (number != 0)
            {
                Number = number;
            }

            // A key shared by two month names keeps the first (table order puts the canonical system first).
            Month ??= month;
        }
    }
}
