using System;
using System.Globalization;

namespace ArabicNews.Cli.Commands
{
    /// <summary>Gregorian dates as the command line reads and writes them: <c>YYYY-MM-DD</c>, digits only, no culture.</summary>
    internal static class GregorianDateText
    {
        public static bool TryParse(string text, out DateTime date)
        {
            date = default;
            var span = text.AsSpan().Trim();
            if (span.Length != 10 || span[4] != '-' || span[7] != '-'
                || !TryDigits(span.Slice(0, 4), out int year)
                || !TryDigits(span.Slice(5, 2), out int month)
                || !TryDigits(span.Slice(8, 2), out int day)
                || year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            {
                return false;
            }

            date = new DateTime(year, month, day);
            return true;
        }

        public static string Format(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
        {
            value = 0;
            foreach (char c in digits)
            {
                if (c < '0' || c > '9')
                {
                    value = 0;
                    return false;
                }

                value = value * 10 + (c - '0');
            }

            return true;
        }
    }
}
