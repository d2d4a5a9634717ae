using System;
using System.Globalization;

namespace ArabicNews.Dates
{
    /// <summary>The unit of a <see cref="TemporalValue"/> duration.</summary>
    public enum DurationUnit
    {
        /// <summary>Days (<c>P21D</c>).</summary>
        Day,

        /// <summary>Weeks (<c>P2W</c>).</summary>
        Week,

        /// <summary>Months (<c>P1M</c>).</summary>
        Month,

        /// <summary>Years (<c>P3Y</c>).</summary>
        Year,
    }

    /// <summary>
    /// What a mention refers to: a point (<see cref="DateValue"/>), an inclusive interval of two points
    /// (<c>2023-09-12/2023-09-14</c>, <c>2015/2020</c>), or a duration (<c>P21D</c>). <see cref="ToString"/> writes the
    /// TIMEX-like grammar.
    /// </summary>
    public readonly struct TemporalValue : IEquatable<TemporalValue>
    {
        private readonly int _durationAmount;
        private readonly byte _durationUnit;

        private TemporalValue(DateValue start, DateValue end, bool isInterval, int durationAmount, DurationUnit durationUnit, bool isDuration)
        {
            Start = start;
            End = end;
            IsInterval = isInterval;
            _durationAmount = durationAmount;
            _durationUnit = (byte)durationUnit;
            IsDuration = isDuration;
        }

        /// <summary>The point, or the first point of an interval.</summary>
        public DateValue Start { get; }

        /// <summary>The last point of an interval (inclusive); equal to <see cref="Start"/> for a point.</summary>
        public DateValue End { get; }

        /// <summary>Whether the value is an interval.</summary>
        public bool IsInterval { get; }

        /// <summary>Whether the value is a duration (then <see cref="Start"/> and <see cref="End"/> are default).</summary>
        public bool IsDuration { get; }

        /// <summary>The number of units of a duration.</summary>
        public int DurationAmount => _durationAmount;

        /// <summary>The unit of a duration.</summary>
        public DurationUnit DurationUnit => (DurationUnit)_durationUnit;

        /// <summary>A point.</summary>
        public static TemporalValue Point(DateValue value) => new TemporalValue(value, value, false, 0, default, false);

        /// <summary>An inclusive interval.</summary>
        public static TemporalValue Interval(DateValue start, DateValue end) => new TemporalValue(start, end, true, 0, default, false);

        /// <summary>A duration.</summary>
        /// <exception cref="ArgumentOutOfRangeException">The amount is negative.</exception>
        public static TemporalValue Duration(int amount, DurationUnit unit)
        {
            if (amount < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(amount), amount, "A duration cannot be negative.");
            }

            return new TemporalValue(default, default, false, amount, unit, true);
        }

        /// <summary>Implicit conversion of a point.</summary>
        public static implicit operator TemporalValue(DateValue value) => Point(value);

        /// <summary>Equality.</summary>
        public static bool operator ==(TemporalValue left, TemporalValue right) => left.Equals(right);

        /// <summary>Inequality.</summary>
        public static bool operator !=(TemporalValue left, TemporalValue right) => !left.Equals(right);

        /// <inheritdoc/>
        public bool Equals(TemporalValue other) =>
            Start == other.Start && End == other.End && IsInterval == other.IsInterval && IsDuration == other.IsDuration
            && DurationAmount == other.DurationAmount && DurationUnit == other.DurationUnit;

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is TemporalValue other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode() => Start.GetHashCode() * 31 + End.GetHashCode() + DurationAmount;

        /// <summary>The TIMEX-like form: <c>2021-04</c>, <c>2023-09-12/2023-09-14</c>, <c>P21D</c>.</summary>
        public override string ToString()
        {
            if (IsDuration)
            {
                return "P" + DurationAmount.ToString(CultureInfo.InvariantCulture) + "DWMY"[(int)DurationUnit];
            }

            return IsInterval ? Start + "/" + End : Start.ToString();
        }
    }
}
