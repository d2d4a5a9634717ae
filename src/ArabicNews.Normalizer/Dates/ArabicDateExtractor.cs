using System;
using System.Collections.Generic;
using ArabicNews.Text;

namespace ArabicNews.Dates
{
    /// <summary>
    /// Finds every date and time mention in Arabic news text and resolves it against a reference date (by default the
    /// article's own dateline). The text is read as it is, never copied or normalized: spans are offsets into the
    /// original, and diacritics, tatweel, hamza and alef forms, ى/ي and ة/ه never prevent a match. Immutable and
    /// thread-safe; one instance serves any number of texts. Time and extra memory are linear in the text; allocations
    /// are proportional to the number of mentions.
    /// </summary>
    /// <example>
    /// <code>
    /// var extractor = new ArabicDateExtractor();
    /// foreach (var mention in extractor.Extract(article))
    ///     Console.WriteLine($"{mention.Start} {mention.Text} {mention.Value}");
    /// </code>
    /// </example>
    public sealed class ArabicDateExtractor
    {
        // A dateline is a full date at the start of one of the article's first lines.
        private const int DatelineWindow = 1000;

        private readonly ArabicDateExtractorOptions _options;
        private readonly DateGrammar _grammar;
        private readonly DateResolver _resolver;

        /// <summary>An extractor with the default options (dateline on, day-first, every month system, Umm al-Qura).</summary>
        public ArabicDateExtractor()
            : this(new ArabicDateExtractorOptions())
        {
        }

        /// <summary>An extractor with the given options (copied: later changes to the object do not affect it).</summary>
        /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
        public ArabicDateExtractor(ArabicDateExtractorOptions options)
        {
            if (options is null)
            {
                throw new ArgumentNullException(nameof(options));
            }

            _options = options.Clone();
            _grammar = new DateGrammar(_options.MonthSystems, _options.NumericOrder == NumericDateOrder.MonthFirst);
            _resolver = new DateResolver(_options.Resolution, _options.HijriCalendar);
        }

        /// <summary>The shared extractor with the default options.</summary>
        public static ArabicDateExtractor Default { get; } = new ArabicDateExtractor();

        /// <summary>
        /// Every mention in the text, ordered by position and never overlapping, resolved against the options'
        /// reference date, or else the text's dateline.
        /// </summary>
        /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
        public IReadOnlyList<DateMention> Extract(string text) => Extract(text, _options.ReferenceDate);

        /// <summary>
        /// Every mention in the text, resolved against <paramref name="referenceDate"/>; when it is null (and the options
        /// allow it), against the text's dateline.
        /// </summary>
        /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
        public IReadOnlyList<DateMention> Extract(string text, DateTime? referenceDate) => Extract(text, referenceDate, DefaultPath);

        /// <summary>
        /// Like <see cref="Extract(string, DateTime?)"/>; with <paramref name="skipWords"/> false the grammar is tried at
        /// every word start, with no word turned away first. That slower path is the reference the fast one is tested
        /// against.
        /// </summary>
        internal IReadOnlyList<DateMention> Extract(string text, DateTime? referenceDate, bool skipWords) =>
            Extract(text, referenceDate, skipWords ? DefaultPath : ScanPath.EveryWord);

        /// <summary>The path <see cref="Extract(string, DateTime?)"/> takes here: anchored where vectors find the candidates.</summary>
        internal static ScanPath DefaultPath { get; } = DateCandidates.IsAccelerated ? ScanPath.Anchored : ScanPath.WordByWord;

        /// <summary>Like <see cref="Extract(string, DateTime?)"/>, through the given path (every path gives the same mentions).</summary>
        internal IReadOnlyList<DateMention> Extract(string text, DateTime? referenceDate, ScanPath path)
        {
            if (text is null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            int datelineStart = -1;
            if (_options.UseDateline)
            {
                var dateline = FindDateline(text);
                if (dateline is not null)
                {
                    datelineStart = dateline.Start;
                    if (referenceDate is null && dateline.Value.Start.TryGetDate(out var stamp))
                    {
                        referenceDate = stamp.Date;
                    }
                }
            }

            var mentions = default(MentionBuffer);
            try
            {
                if (path == ScanPath.Anchored)
                {
                    ScanAnchored(text, referenceDate, ref mentions, datelineStart);
                }
                else
                {
                    Scan(text, referenceDate, ref mentions, datelineStart, skipWords: path == ScanPath.WordByWord);
                }

                return mentions.ToListAndClear();
            }
            finally
            {
                mentions.Release();
            }
        }

        /// <summary>
        /// The article's publication stamp: a date with its year and day (optionally a weekday before it and a time after
        /// it) that starts one of the lines in the first thousand characters (<c>الإثنين 22/نوفمبر/2021 - 12:28 م</c>,
        /// <c>2024.03.13 | 12:32 دمشق</c>); null when there is none.
        /// </summary>
        /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
        public DateMention? FindDateline(string text)
        {
            if (text is null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            var span = text.AsSpan();
            int limit = Math.Min(text.Length, DatelineWindow);
            int i = 0;
            while (i < limit)
            {
                int lineStart = i;
                while (i < limit && (DateGrammar.IsSpace(text[i]) || text[i] == '\r'))
                {
                    i++;
                }

                if (i < limit && text[i] != '\n' && _grammar.TryParse(span, i, out var parsed)
                    && (parsed.Precision == DatePrecision.Day || parsed.Precision == DatePrecision.Minute)
                    && parsed.Year != 0 && !parsed.IsOffset && !parsed.WeekdayOnly && parsed.Calendar == DateCalendar.Gregorian
                    && _resolver.TryResolve(parsed, text, null, out var mention))
                {
                    return mention!.WithFlags(DateFlags.Dateline);
                }

                int newline = text.IndexOf('\n', lineStart);
                if (newline < 0)
                {
                    break;
                }

                i = newline + 1;
            }

            return null;
        }

        /// <summary>
        /// Parses a text that must be one date expression as a whole (surrounding spaces allowed), resolved against
        /// <paramref name="referenceDate"/> (or the options' one). Never throws: false for null, empty or anything else.
        /// </summary>
        public bool TryParse(string? text, DateTime? referenceDate, out DateMention? mention)
        {
            mention = null;
            if (text is null)
            {
                return false;
            }

            int start = 0;
            int end = text.Length;
            while (start < end && (DateGrammar.IsSpace(text[start]) || char.IsWhiteSpace(text[start])))
            {
                start++;
            }

            while (end > start && (DateGrammar.IsSpace(text[end - 1]) || char.IsWhiteSpace(text[end - 1])))
            {
                end--;
            }

            if (start == end)
            {
                return false;
            }

            string trimmed = start == 0 && end == text.Length ? text : text.Substring(start, end - start);
            return _grammar.TryParse(trimmed.AsSpan(), 0, out var parsed) && parsed.End == trimmed.Length
                && _resolver.TryResolve(parsed, trimmed, referenceDate ?? _options.ReferenceDate, out mention);
        }

        /// <summary>Like <see cref="TryParse(string, DateTime?, out DateMention)"/> with the options' reference date.</summary>
        public bool TryParse(string? text, out DateMention? mention) => TryParse(text, null, out mention);

        private void Scan(string text, DateTime? reference, ref MentionBuffer mentions, int datelineStart, bool skipWords)
        {
            int to = text.Length;
            int i = 0;
            while (i < to)
            {
                i = NextTokenStart(text.AsSpan(), i);
                if (i >= to)
                {
                    break;
                }

                i = Visit(text, i, reference, ref mentions, datelineStart, skipWords);
            }
        }

        private void ScanAnchored(string text, DateTime? reference, ref MentionBuffer mentions, int datelineStart)
        {
            // The loop lives in a method of its own: one with stackalloc is compiled once, fully, without profile data.
            Span<byte> slots = stackalloc byte[DateCandidates.SlotsLength];
            ScanAnchored(text, reference, ref mentions, datelineStart, slots);
        }

        /// <summary>
        /// The word-by-word scan, visiting only the words that hold a candidate (<see cref="DateCandidates"/>): any other
        /// word is one where the grammar reads nothing, so the word-by-word scan would pass it without a mention, and the
        /// words it visits, in the same order and from the same positions, give the same mentions.
        /// </summary>
        private void ScanAnchored(string text, DateTime? reference, ref MentionBuffer mentions, int datelineStart, Span<byte> slots)
        {
            var span = text.AsSpan();
            var candidates = new DateCandidates(span, slots);
            int i = 0;
            while (true)
            {
                int candidate = candidates.Next(i);
                if (candidate >= span.Length)
                {
                    break;
                }

                // The word scan starts words where a word character follows a non-word one, or where the last
                // expression ended.
                int start = TokenStart(span, candidate, i);

                // A number may belong to the word before it: في 2011 and منذ ( 2003 ) begin at the preposition, ال-31 and
                // ال-ـ31 at the article.
                if (start > i && (ArabicLetters.IsAnyDigit(span[start]) || MatchingFold.SlotOf(span[start]) == MatchingFold.Ignored))
                {
                    int previous = PreviousTokenStart(span, start, i);
                    if (previous >= 0)
                    {
                        start = previous;
                    }
                }

                i = Visit(text, start, reference, ref mentions, datelineStart, skipWords: true);
            }
        }

        /// <summary>One step of the scan at a word start: the mention that starts there, if any, and where to go on.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private int Visit(string text, int i, DateTime? reference, ref MentionBuffer mentions, int datelineStart, bool skipWords)
        {
            var span = text.AsSpan();

            // Most words start no date expression, and the prefix test proves it with a few table lookups; the rest
            // of such a word is skipped from where the test stopped reading.
            if (skipWords && !DateGrammar.MayStartAt(span, i, out int read))
            {
                return EndOfToken(span, read);
            }

            if (_grammar.TryParse(span, i, out var parsed) && parsed.End > i)
            {
                // A construction that reads but names no date (31 فبراير، الحادي والثلاثين من نوفمبر) is skipped
                // whole: its parts are not dates of their own.
                if (_resolver.TryResolve(parsed, text, reference, out var mention))
                {
                    mentions.Add(mention!.Start == datelineStart ? mention.WithFlags(DateFlags.Dateline) : mention);
                }

                return parsed.End;
            }

            return EndOfToken(span, i);
        }

        /// <summary>The start of the word that holds <paramref name="position"/>, not before <paramref name="floor"/>.</summary>
        private static int TokenStart(ReadOnlySpan<char> text, int position, int floor)
        {
            int p = position;
            while (p > floor && IsTokenCharacter(text[p - 1]))
            {
                p--;
            }

            return p;
        }

        /// <summary>The start of the word before the one at <paramref name="start"/>, not before <paramref name="floor"/>; −1 when none.</summary>
        private static int PreviousTokenStart(ReadOnlySpan<char> text, int start, int floor)
        {
            int p = start;
            while (p > floor && !IsTokenCharacter(text[p - 1]))
            {
                p--;
            }

            return p > floor ? TokenStart(text, p - 1, floor) : -1;
        }

        /// <summary>The next position that starts a word or a number (the only places a date expression can start).</summary>
        private static int NextTokenStart(ReadOnlySpan<char> text, int position)
        {
            for (int i = position; i < text.Length; i++)
            {
                if (IsTokenCharacter(text[i]))
                {
                    return i;
                }
            }

            return text.Length;
        }

        private static int EndOfToken(ReadOnlySpan<char> text, int position)
        {
            int i = position;
            while (i < text.Length && IsTokenCharacter(text[i]))
            {
                i++;
            }

            return i;
        }

        // One table lookup decides for Arabic text; digits and Latin letters are checked only for the rest.
        internal static bool IsTokenCharacter(char c) =>
            MatchingFold.SlotOf(c) != MatchingFold.NotWord || ArabicLetters.IsAnyDigit(c) || ArabicLetters.IsAsciiLetter(c);
    }

    /// <summary>How <see cref="ArabicDateExtractor"/> walks a text; every path gives the same mentions.</summary>
    internal enum ScanPath
    {
        /// <summary>The grammar at every word start (the reference).</summary>
        EveryWord,

        /// <summary>Every word start, with a prefix test that turns most words away before the grammar.</summary>
        WordByWord,

        /// <summary>Only the words that hold a <see cref="DateCandidates"/> candidate, then as <see cref="WordByWord"/>.</summary>
        Anchored,
    }
}
