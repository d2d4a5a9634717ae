using System;
using System.Globalization;

namespace ArabicNews.Calendars
{
    /// <summary>
    /// A date in the Hijri calendar: year, month (1 = Muharram … 12 = Dhu al-Hijjah) and day. The value itself does not
    /// name a calendar kind; <see cref="HijriCalendar"/> converts it under Umm al-Qura or the tabular calendar, and that is
    /// where a day 30 in a 29-day month is rejected.
    /// </summary>
    public readonly struct HijriDate : IEquatable<HijriDate>, IComparable<HijriDate>, IComparable
    {
        /// <summary>Creates a date; the day may be 30 in any month (whether the month has it depends on the calendar).</summary>
        /// <exception cref="ArgumentOutOfRangeException">Year not in 1–9999, month not in 1–12, or day not in 1–30.</exception>
        public HijriDate(int year, int month, int day)
        {
            if (year < 1 || year > 9999)
            {
                throw new ArgumentOutOfRangeException(nameof(year), year, "The Hijri year must be between 1 and 9999.");
            }

            if (month < 1 || month > 12)
            {
                throw new ArgumentOutOfRangeException(nameof(month), month, "The Hijri month must be between 1 and 12.");
            }

            if (day < 1 || day > 30)
            {
                throw new ArgumentOutOfRangeException(nameof(day), day, "The Hijri day must be between 1 and 30.");
            }

            Year = year;
            Month = month;
            Day = day;
        }

        /// <summary>The year (AH).</summary>
        public int Year { get; }

        /// <summary>The month, 1 (Muharram) to 12 (Dhu al-Hijjah).</summary>
        public int Month { get; }

        /// <summary>The day of the month, 1 to 30.</summary>
        public int Day { get; }

        /// <summary>Equality of year, month and day.</summary>
        public static bool operator ==(HijriDate left, HijriDate right) => left.Equals(right);

        /// <summary>Inequality of year, month and day.</summary>
        public static bool operator !=(HijriDate left, HijriDate right) => !left.Equals(right);

        /// <summary>Chronological order.</summary>
        public static bool operator <(HijriDate left, HijriDate right) => left.CompareTo(right) < 0;

        /// <summary>Chronological order.</summary>
        public static bool operator >(HijriDate left, HijriDate right) => left.CompareTo(right) > 0;

        /// <summary>Chronological order.</summary>
        public static bool operator <=(HijriDate left, HijriDate right) => left.CompareTo(right) <= 0;

        /// <summary>Chronological order.</summary>
        public static bool operator >=(HijriDate left, HijriDate right) => left.CompareTo(right) >= 0;

        /// <summary>Parses <c>YYYY-MM-DD</c> (the form <see cref="ToString"/> writes; one to four year digits). Never throws.</summary>
        public static bool TryParse(ReadOnlySpan<char> text, out HijriDate date)
        {
            date = default;
            int firstDash = text.IndexOf('-');
            if (firstDash < 1 || firstDash > 4)
            {
                return false;
            }

            var rest = text.Slice(firstDash + 1);
            if (rest.Length != 5 || rest[2] != '-'
                || !TryDigits(text.Slice(0, firstDash), out int year)
                || !TryDigits(rest.Slice(0, 2), out int month)
                || !TryDigits(rest.Slice(3, 2), out int day))
            {
                return false;
            }

            if (year < 1 || month < 1 || month > 12 || day < 1 || day > 30)
            {
                return false;
            }

            date = new HijriDate(year, month, day);
            return true;
        }

        /// <summary>Parses <c>YYYY-MM-DD</c>; false for null or anything else. Never throws.</summary>
        public static bool TryParse(string? text, out HijriDate date)
        {
            if (text is null)
            {
                date = default;
                return false;
            }

            return TryParse(text.AsSpan(), out date);
        }

        /// <summary>The ISO-like form <c>YYYY-MM-DD</c>, such as <c>1445-09-15</c>.</summary>
        public override string ToString() =>
            Year.ToString("D4", CultureInfo.InvariantCulture) + "-" + Month.ToString("D2", CultureInfo.InvariantCulture) + "-" + Day.ToString("D2", CultureInfo.InvariantCulture);

        /// <inheritdoc/>
        public bool Equals(HijriDate other) => Year == other.Year && Month == other.Month && Day == other.Day;

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is HijriDate other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode() => (Year * 13 + Month) * 31 + Day;

        /// <inheritdoc/>
        public int CompareTo(HijriDate other) =>
            Year != other.Year ? Year.CompareTo(other.Year) : Month != other.Month ? Month.CompareTo(other.Month) : Day.CompareTo(other.Day);

        /// <inheritdoc/>
        int IComparable.CompareTo(object? obj) => obj switch
        {
            null => 1,
            HijriDate other => CompareTo(other),
            _ => throw new ArgumentException("The object is not a HijriDate.", nameof(obj)),
        };

        private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
        {
            value = 0;
            foreach (char c in digits)
            {
                if (c < '0' || c > '9')
                {
                    return false;
                }

                value = value * 10 + (c - '0');
            }

            return digits.Length > 0;
        }
    }
}
