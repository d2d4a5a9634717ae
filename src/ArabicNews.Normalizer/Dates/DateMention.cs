using System;

namespace ArabicNews.Dates
{
    /// <summary>
    /// One date or time expression found in a text: where it is (UTF-16 offsets into the original text), what it refers
    /// to, in which calendar it was written, its Gregorian and Hijri equivalents, and what was flagged about it.
    /// </summary>
    public sealed class DateMention
    {
        internal DateMention(int start, string text, DateMentionKind kind, TemporalValue value, TemporalValue? gregorian, DateValue? hijri, DateFlags flags)
        {
            Start = start;
            Text = text;
            Kind = kind;
            Value = value;
            if (gregorian == value)
            {
                _gregorianIsValue = true;
            }
            else if (gregorian is TemporalValue other)
            {
                _otherGregorian = other;
            }

            Hijri = hijri;
            Flags = flags;
        }

        // The Gregorian value is the value itself for all but Hijri mentions: only those keep a second one (boxed), which
        // keeps the many Gregorian mentions of a long text small.
        private readonly bool _gregorianIsValue;
        private readonly object? _otherGregorian;

        /// <summary>Where the mention starts in the original text (UTF-16 code units).</summary>
        public int Start { get; }

        /// <summary>How many UTF-16 code units of the original text it covers.</summary>
        public int Length => Text.Length;

        /// <summary>The end of the mention (exclusive): <c>Start + Length</c>.</summary>
        public int End => Start + Text.Length;

        /// <summary>The mention as written: the original text from <see cref="Start"/> for <see cref="Length"/> units.</summary>
        public string Text { get; }

        /// <summary>What kind of expression it is.</summary>
        public DateMentionKind Kind { get; }

        /// <summary>What it refers to, in the calendar it was written in (<see cref="Calendar"/>).</summary>
        public TemporalValue Value { get; }

        /// <summary>The calendar it was written in.</summary>
        public DateCalendar Calendar => Value.IsDuration ? DateCalendar.Gregorian : Value.Start.Calendar;

        /// <summary>
        /// The Gregorian value: <see cref="Value"/> itself for a Gregorian mention; for a Hijri day its Gregorian day, for
        /// a Hijri month or year the inclusive interval of its Gregorian days. Null when a Hijri mention cannot be
        /// converted (no year, or outside the Hijri calendar's range).
        /// </summary>
        public TemporalValue? Gregorian => _gregorianIsValue ? Value : _otherGregorian is TemporalValue other ? other : null;

        /// <summary>
        /// The Hijri value: <see cref="Value"/>'s point for a Hijri mention (a day, month or year), the converted day for a
        /// Gregorian day; otherwise null.
        /// </summary>
        public DateValue? Hijri { get; }

        /// <summary>How it was resolved and what is wrong with the text (<see cref="DateFlags.Warnings"/>).</summary>
        public DateFlags Flags { get; }

        /// <summary>Whether any warning flag is set.</summary>
        public bool HasWarnings => (Flags & DateFlags.Warnings) != 0;

        /// <summary>Start, text, value and flags: <c>81 "الإثنين 22/نوفمبر/2021 - 12:28 م" 2021-11-22T12:28 Dateline</c>.</summary>
        public override string ToString() => $"{Start} \"{Text}\" {Value}" + (Flags == DateFlags.None ? string.Empty : " " + Flags);

        internal DateMention WithFlags(DateFlags flags) => new DateMention(Start, Text, Kind, Value, Gregorian, Hijri, Flags | flags);
    }
}
