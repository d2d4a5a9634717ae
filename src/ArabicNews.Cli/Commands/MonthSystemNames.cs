using System;
using ArabicNews.Calendars;

namespace ArabicNews.Cli.Commands
{
    /// <summary>The command line's names for the month systems: lower case, hyphenated, in the library's order.</summary>
    internal static class MonthSystemNames
    {
        private static readonly (string Name, MonthSystem System)[] Table =
        {
            ("egypt-gulf", MonthSystem.EgyptGulf),
            ("levant", MonthSystem.Levant),
            ("maghreb", MonthSystem.Maghreb),
            ("morocco", MonthSystem.Morocco),
            ("libya", MonthSystem.Libya),
            ("hijri", MonthSystem.Hijri),
        };

        /// <summary>Every system name, for help texts: <c>egypt-gulf, levant, …</c>.</summary>
        public const string List = "egypt-gulf, levant, maghreb, morocco, libya, hijri";

        public static bool TryParse(string text, out MonthSystem system)
        {
            foreach (var (name, value) in Table)
            {
                if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
                {
                    system = value;
                    return true;
                }
            }

            system = default;
            return false;
        }

        public static string NameOf(MonthSystem system) => Table[(int)system].Name;

        public static string NamesOf(MonthSystems systems)
        {
            string names = string.Empty;
            foreach (var (name, value) in Table)
            {
                if ((systems & (MonthSystems)(1 << (int)value)) != 0)
                {
                    names += names.Length == 0 ? name : ", " + name;
                }
            }

            return names;
        }

        public static MonthSystem[] All => new[] { MonthSystem.EgyptGulf, MonthSystem.Levant, MonthSystem.Maghreb, MonthSystem.Morocco, MonthSystem.Libya, MonthSystem.Hijri };
    }
}
