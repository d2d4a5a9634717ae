using System;

namespace ArabicNews.Dates
{
    /// <summary>
    /// One date or time expression found in a text: where it is (UTF-16 offsets into the original text), what it refers
    /// to, in which calendar it was written, its Gregorian and Hijri equivalents, and what was flagged about it.
    /// </summary>
    public sealed class DateMention
    {
        internal DateMention(string source, int start, int length, DateMentionKind kind, TemporalValue value, TemporalValue? gregorian, DateValue? hijri, DateFlags flags)
        {
            _source = source;
            Start = start;
            Length = length;
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

        // The text is cut from the source only when asked for, as Regex's Match.Value is: a long text has tens of
        // thousands of mentions, and many callers read only their offsets and values.
        private readonly string _source;
        private string? _text;

        // The Gregorian value is the value itself for all but Hijri mentions: only those keep a second one (boxed), which
        // keeps the many Gregorian mentions of a long text small.
        private readonly bool _gregorianIsValue;
        private readonly object? _otherGregorian;

        /// <summary>Where the mention starts in the original text (UTF-16 code units).</summary>
        public int Start { get; }

        /// <summary>How many UTF-16 code units of the original text it covers.</summary>
        public int Length { get; }

        /// <summary>The end of the mention (exclusive): <c>Start + Length</c>.</summary>
        public int End => Start + Length;

        /// <summary>
        /// The mention as written: the original text from <see cref="Start"/> for <see cref="Length"/> units. It is cut
        /// from the original on first use; the mention keeps the original text alive, as a <c>Regex</c> match does.
        /// </summary>
        public string Text
        {
            // Two threads may both cut it: they cut equal strings, and either one is kept.
            get => _text ??= _source.Substring(Start, Length);
        }

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

        internal DateMention WithFlags(DateFlags flags) => new DateMention(_source, Start, Length, Kind, Value, Gregorian, Hijri, Flags | flags);
    }
}
