using System;
using System.Buffers;
using System.IO;

namespace ArabicNews.Text
{
    /// <summary>
    /// Normalizes Arabic text for search, deduplication and NLP: diacritics, letter forms, digits, presentation forms,
    /// invisible controls, punctuation, whitespace and spelling variants, each an independent
    /// <see cref="ArabicNormalizerOptions"/> switch. Immutable and thread-safe: create one and share it.
    /// </summary>
    /// <remarks>
    /// Text that is not Arabic passes through: Latin, emoji (with their joiners), other scripts and even lone surrogates
    /// are never removed or changed unless an option names them. The normalizer uses no regular expressions, no culture
    /// data and no <see cref="string.Normalize()"/>, so it behaves the same under invariant globalization.
    /// </remarks>
    public sealed class ArabicNormalizer
    {
        private readonly NormalizationTables _tables;
        private readonly NormalizationEngine _engine;

        // Runs text already expanded by PresentationFormExpander (so it has no forms to defer); _engine defers them.
        private readonly NormalizationEngine _expandedTextEngine;
        private readonly bool _foldMonths;

        // Whether the word pass runs at all (spelling variants or month names).
        private readonly bool _foldVariants;

        // What the word pass folds, or null when it does not run.
        private readonly WordFoldRules? _wordRules;
        private readonly bool _expandPresentationForms;
        private readonly CleanTextScanner _scanner;

        /// <summary>The <see cref="NormalizationProfile.Search"/> preset: everything that helps matching.</summary>
        public static ArabicNormalizer Search { get; } = new ArabicNormalizer(NormalizationProfile.Search);

        /// <summary>The <see cref="NormalizationProfile.Light"/> preset: only what never changes meaning.</summary>
        public static ArabicNormalizer Light { get; } = new ArabicNormalizer(NormalizationProfile.Light);

        /// <summary>The <see cref="NormalizationProfile.Lucene"/> preset: exactly Lucene's ArabicNormalizer.</summary>
        public static ArabicNormalizer Lucene { get; } = new ArabicNormalizer(NormalizationProfile.Lucene);

        /// <summary>Creates a normalizer with the given options and the built-in spelling-variant lexicon.</summary>
        /// <exception cref="ArgumentOutOfRangeException">The options have bits that name no option.</exception>
        public ArabicNormalizer(ArabicNormalizerOptions options)
            : this(options, SpellingVariantLexicon.Default)
        {
        }

        /// <summary>Creates a normalizer with the given options and spelling-variant lexicon.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="lexicon"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException">The options have bits that name no option.</exception>
        public ArabicNormalizer(ArabicNormalizerOptions options, SpellingVariantLexicon lexicon)
            : this(options, lexicon, visitEveryWord: false)
        {
        }

        /// <summary>
        /// <paramref name="visitEveryWord"/>: the word pass looks at every word instead of the anchored ones (the same
        /// output; the reference for tests and benchmarks).
        /// </summary>
        internal ArabicNormalizer(ArabicNormalizerOptions options, SpellingVariantLexicon lexicon, bool visitEveryWord)
        {
            if ((options & ~NormalizationProfile.All) != 0)
            {
                throw new ArgumentOutOfRangeException(nameof(options), options, "The value has bits that name no option.");
            }

            Lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));
            Options = options;
            var variantLexicon = (options & ArabicNormalizerOptions.FoldSpellingVariants) != 0 && !lexicon.IsEmpty ? lexicon : null;
            _foldMonths = (options & ArabicNormalizerOptions.FoldMonthNames) != 0;
            _foldVariants = variantLexicon is not null || _foldMonths;
            _tables = new NormalizationTables(options);
            if (_foldVariants)
            {
                _tables.SendInvisibleBreaksToTheSlowPath(); // so that the word pass need not look for them (see WordFolder)
            }

            _expandPresentationForms = (options & ArabicNormalizerOptions.FoldPresentationForms) != 0;
            _engine = new NormalizationEngine(_tables, deferPresentationForms: _expandPresentationForms);
            _expandedTextEngine = _expandPresentationForms ? new NormalizationEngine(_tables) : _engine;
            _wordRules = _foldVariants ? new WordFoldRules(_tables, variantLexicon, _foldMonths, visitEveryWord) : null;
            _scanner = new CleanTextScanner(_tables);
        }

        /// <summary>The rule tables (for the streaming block cutter).</summary>
        internal NormalizationTables Tables => _tables;

        /// <summary>The options this normalizer applies.</summary>
        public ArabicNormalizerOptions Options { get; }

        /// <summary>The spelling-variant lexicon used by <see cref="ArabicNormalizerOptions.FoldSpellingVariants"/>.</summary>
        public SpellingVariantLexicon Lexicon { get; }

        /// <summary>
        /// The most characters <see cref="TryNormalize"/> can write for a source of <paramref name="sourceLength"/>
        /// characters under these options.
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException">The length is negative, or the result would not fit in an <see cref="int"/>.</exception>
        public int GetMaxOutputLength(int sourceLength)
        {
            if (sourceLength < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(sourceLength), sourceLength, "The length cannot be negative.");
            }

            // A variant stem may be replaced by a canonical stem up to twice as long, and each paragraph break
            // comes from at least one line break, so two characters per source character cover whitespace.
            long max = (long)sourceLength * Math.Max(_tables.MaxExpansion, 2) * (_foldVariants ? 2 : 1);
            if (max > int.MaxValue)
            {
                throw new ArgumentOutOfRangeException(nameof(sourceLength), sourceLength, "The maximum output length does not fit in an Int32.");
            }

            return (int)max;
        }

        /// <summary>
        /// Normalizes a string. Returns the same instance, without allocating, when the text is already normalized.
        /// </summary>
        /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
        public string Normalize(string text)
        {
            if (text is null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            if (_foldVariants && text.Length <= ShortWordLength)
            {
                Span<char> buffer = stackalloc char[2 * ShortWordLength];
                if (TryNormalizeShortWord(text.AsSpan(), buffer, out int length))
                {
                    var result = buffer.Slice(0, length);
                    return result.SequenceEqual(text.AsSpan()) ? text : result.ToString();
                }
            }

            if (IsNormalizedInFull(text.AsSpan()))
            {
                return text;
            }

            string normalized = Run(text.AsSpan(), trackOffsets: false, out _);
            return normalized == text ? text : normalized;
        }

        /// <summary>
        /// Normalizes <paramref name="source"/> into <paramref name="destination"/> without allocating (in the style of
        /// <c>System.Text.Ascii</c>). Returns false, with <paramref name="written"/> = 0, when the destination is too
        /// small; <see cref="GetMaxOutputLength"/> gives a size that is always enough. The spans must not overlap.
        /// </summary>
        public bool TryNormalize(ReadOnlySpan<char> source, Span<char> destination, out int written)
        {
            if (_foldVariants && source.Length <= ShortWordLength)
            {
                // A word's rewrite at most doubles it (see GetMaxOutputLength): a destination that long takes it in place.
                bool inPlace = destination.Length >= 2 * source.Length;
                Span<char> buffer = inPlace ? destination : stackalloc char[2 * ShortWordLength];
                if (TryNormalizeShortWord(source, buffer, out int length))
                {
                    if (length > destination.Length)
                    {
                        written = 0;
                        return false;
                    }

                    if (!inPlace)
                    {
                        buffer.Slice(0, length).CopyTo(destination);
                    }

                    written = length;
                    return true;
                }
            }

            if (!_foldVariants && source.Length <= destination.Length)
            {
                // Nothing to do, which a vectorized scan finds out while it copies.
                if (_scanner.TryCopyIfClean(source, destination))
                {
                    written = source.Length;
                    return true;
                }
            }
            else if (IsNormalizedInFull(source))
            {
                // Nothing to do, which a vectorized search finds out: copy.
                if (source.Length > destination.Length)
                {
                    written = 0;
                    return false;
                }

                source.CopyTo(destination);
                written = source.Length;
                return true;
            }

            if (RunInBlocks(source, destination, Span<int>.Empty, out written))
            {
                return true;
            }

            written = 0;
            return false;
        }

        /// <summary>
        /// Normalizes <paramref name="source"/> into <paramref name="destination"/> and writes, for every character
        /// written, the index in <paramref name="source"/> of the character it came from into the same position of
        /// <paramref name="sourceIndexes"/>: the span form of <see cref="NormalizeWithOffsets"/>, for adapters that reuse
        /// their buffers. Returns false, with <paramref name="written"/> = 0, when the shorter of the two destinations is
        /// too small; <see cref="GetMaxOutputLength"/> gives a size that is always enough. The spans must not overlap.
        /// </summary>
        public bool TryNormalizeWithOffsets(ReadOnlySpan<char> source, Span<char> destination, Span<int> sourceIndexes, out int written)
        {
            int capacity = Math.Min(destination.Length, sourceIndexes.Length);
            if (RunInBlocks(source, destination.Slice(0, capacity), sourceIndexes.Slice(0, capacity), out written))
            {
                return true;
            }

            written = 0;
            return false;
        }

        /// <summary>
        /// Whether <see cref="Normalize(string)"/> would return the text unchanged. Conservative only in one direction:
        /// true always means unchanged.
        /// </summary>
        public bool IsNormalized(ReadOnlySpan<char> text)
        {
            if (_foldVariants && text.Length <= ShortWordLength)
            {
                Span<char> buffer = stackalloc char[2 * ShortWordLength];
                if (TryNormalizeShortWord(text, buffer, out int length))
                {
                    return buffer.Slice(0, length).SequenceEqual(text);
                }
            }

            return IsNormalizedInFull(text);
        }

        // IsNormalized without the short path, for a text that has been tried on it already, or was too long for it.
        private bool IsNormalizedInFull(ReadOnlySpan<char> text) =>
            _scanner.IsClean(text) && !(_wordRules is not null && WordFolder.HasWordToFold(text, _wordRules));

        // The longest text TryNormalizeShortWord takes: a token or a query word. Its buffers live on the stack.
        private const int ShortWordLength = 64;

        /// <summary>
        /// Normalizes a short text with a word pass (<see cref="ShortWordLength"/> characters at most) into
        /// <paramref name="result"/> (at least twice as long as the text) when every character of it is one the rules write
        /// one for one or remove whatever stands around it, or a single space between two characters written as they are
        /// (what the character lanes take: no other whitespace, no mark the rules compose, no invisible control the rules
        /// keep, no presentation form they expand): then no rule looks past a character, and the character pass's hot loop
        /// and one word pass give the whole result. The block machinery, the clean-text check and the pooled buffers cost
        /// several times that work on a token or a query. Returns false, having written an unspecified prefix, for a text
        /// that needs the full path.
        /// </summary>
        internal bool TryNormalizeShortWord(ReadOnlySpan<char> source, Span<char> result, out int written)
        {
            written = 0;
            ushort[] actions = _tables.Actions;
            byte[] slotTable = MatchingFold.SlotTable;
            Span<byte> slots = stackalloc byte[ShortWordLength + 8];
            int length = 0;
            int anySlot = 0; // the bits of every slot: a letter's has its top two clear
            int allSlots = MatchingFold.NotWord; // the bits of every slot at once: NotWord when there is no word
            for (int i = 0; i < source.Length; i++)
            {
                char c = source[i];
                ushort action = actions[c];
                if (action < NormalizationTables.FirstSpecialAction)
                {
                    byte slot = slotTable[action];
                    slots[length] = slot;
                    anySlot |= slot;
                    allSlots &= slot;
                    result[length++] = (char)action;
                }
                else if (c == ' ' && action == NormalizationTables.SpaceAction && length > 0 && result[length - 1] != ' '
                    && i + 1 < source.Length && actions[source[i + 1]] < NormalizationTables.FirstSpecialAction)
                {
                    // A single space between two characters written as they are stays what it is, as in the lanes.
                    slots[length] = MatchingFold.NotWord;
                    anySlot = MatchingFold.NotWord;
                    result[length++] = ' ';
                }
                else if (action != NormalizationTables.RemoveAction)
                {
                    return false;
                }
            }

            // Most tokens are one word of letters that the word pass would leave alone, which its first tests tell, or
            // hold no word at all; many others are such a word with punctuation or digits around it (القاهرة، «إيران»).
            slots.Slice(length, 8).Fill(MatchingFold.NotWord);
            if (allSlots == MatchingFold.NotWord
                || ((anySlot & ~63) == 0 ? !WordFolder.MayChangeWholeWord(slots, length, _wordRules!) : IsOneWordLeftAlone(slots, length)))
            {
                written = length;
                return true;
            }

            // The character pass wrote no invisible break: with a word pass, those go through its slow path.
            return WordFolder.FoldInPlace(result, length, Span<int>.Empty, _wordRules!, startContinues: false, endContinues: false, mayHoldBreak: false, out written);
        }

        /// <summary>
        /// Whether written text (<paramref name="length"/> slots, not all NotWord, followed by eight bytes of NotWord) is one
        /// word of letters with only non-word characters around it, which the word pass would leave alone:
        /// <see cref="WordFolder.MayChangeWholeWord"/> on that word tells, since no name runs on past it. A name runs on only past an invisible break, and with
        /// a word pass those take the slow path (<see cref="NormalizationTables.SendInvisibleBreaksToTheSlowPath"/>), so
        /// the short path never writes one.
        /// </summary>
        internal bool IsOneWordLeftAlone(ReadOnlySpan<byte> slots, int length)
        {
            int start = 0;
            while (slots[start] == MatchingFold.NotWord)
            {
                start++; // the text holds a slot that is not NotWord, so this stops inside it
            }

            int end = start;
            while (slots[end] < 64)
            {
                end++; // the padding stops it
            }

            for (int k = end; k < length; k++)
            {
                if (slots[k] != MatchingFold.NotWord)
                {
                    return false; // a second word, or an ignored character (a kept mark) in or after this one
                }
            }

            return !WordFolder.MayChangeWholeWord(slots.Slice(start), end - start, _wordRules!);
        }

        /// <summary>
        /// Normalizes a string and keeps, for every output character, the index of the source character it came from,
        /// so that a match found in normalized text can be shown in the original.
        /// </summary>
        /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
        public NormalizedText NormalizeWithOffsets(string text)
        {
            if (text is null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            string normalized = Run(text.AsSpan(), trackOffsets: true, out int[] offsets);
            return new NormalizedText(text, normalized, offsets);
        }

        /// <summary>
        /// Normalizes everything <paramref name="reader"/> holds into <paramref name="writer"/>, in bounded memory. The
        /// output equals <see cref="Normalize(string)"/> of the whole text, however the reader delivers it.
        /// </summary>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        public void Normalize(TextReader reader, TextWriter writer)
        {
            if (reader is null)
            {
                throw new ArgumentNullException(nameof(reader));
            }

            if (writer is null)
            {
                throw new ArgumentNullException(nameof(writer));
            }

            new StreamingNormalizer(this).Run(reader, writer);
        }

        /// <summary>The options as a profile string, such as <c>search</c> or <c>light+fold-digits</c>.</summary>
        public override string ToString() => NormalizationProfile.Format(Options);

        /// <summary>
        /// Runs one block through every pass (presentation forms, characters, words); used by every public entry point.
        /// </summary>
        internal bool RunBlock(
            ReadOnlySpan<char> source,
            Span<char> destination,
            Span<int> offsets,
            int sourceBase,
            ref NormalizerState state,
            bool isFinalBlock,
            bool endContinues,
            out int written,
            UpcomingBlock upcoming = default)
        {
            // Presentation forms are rare: the character pass stops at the first one, and only then is the block
            // expanded and run again from the state it started with.
            var before = state;
            if (RunCharactersAndWords(_engine, source, destination, offsets, sourceBase, ref state, isFinalBlock, endContinues, out written, upcoming))
            {
                return true;
            }

            if (!state.StoppedAtPresentationForm)
            {
                return false;
            }

            state = before;

            int expandedLength = PresentationFormExpander.GetExpandedLength(source);
            char[] expanded = ArrayPool<char>.Shared.Rent(expandedLength);
            int[] expandedSources = ArrayPool<int>.Shared.Rent(expandedLength);
            try
            {
                PresentationFormExpander.Expand(source, expanded, expandedSources);
                if (!RunCharactersAndWords(
                    _expandedTextEngine, expanded.AsSpan(0, expandedLength), destination, offsets, 0, ref state, isFinalBlock, endContinues, out written, upcoming))
                {
                    return false;
                }

                // Offsets point into the expanded text: take them back to the source.
                for (int k = 0; k < written && !offsets.IsEmpty; k++)
                {
                    offsets[k] = sourceBase + expandedSources[offsets[k]];
                }

                return true;
            }
            finally
            {
                ArrayPool<char>.Shared.Return(expanded);
                ArrayPool<int>.Shared.Return(expandedSources);
            }
        }

        private bool RunCharactersAndWords(
            NormalizationEngine engine,
            ReadOnlySpan<char> source,
            Span<char> destination,
            Span<int> offsets,
            int sourceBase,
            ref NormalizerState state,
            bool isFinalBlock,
            bool endContinues,
            out int written,
            UpcomingBlock upcoming)
        {
            if (_wordRules is null)
            {
                return engine.Run(source, destination, offsets, sourceBase, ref state, isFinalBlock, out written);
            }

            bool startContinues = state.WordContinues;

            // The character pass writes straight into the destination and the word pass folds there in place. Only when
            // the destination is too small for the characters (the words may still shrink them into it) do the passes go
            // through a pooled scratch buffer.
            state.WroteBreak = false;
            var before = state;
            if (engine.Run(source, destination, offsets, sourceBase, ref state, isFinalBlock, out int charsDone))
            {
                state.WordContinues = endContinues;
                return WordFolder.FoldInPlace(destination, charsDone, offsets, _wordRules, startContinues, endContinues, state.WroteBreak, out written, upcoming);
            }

            if (state.StoppedAtPresentationForm)
            {
                written = 0;
                return false;
            }

            state = before;
            int scratchLength = (int)Math.Min(int.MaxValue, (long)source.Length * Math.Max(_tables.MaxExpansion, 2) + 16);
            char[] scratch = ArrayPool<char>.Shared.Rent(scratchLength);
            int[] scratchOffsets = offsets.IsEmpty ? Array.Empty<int>() : ArrayPool<int>.Shared.Rent(scratchLength);
            try
            {
                var characterOffsets = offsets.IsEmpty ? Span<int>.Empty : scratchOffsets.AsSpan(0, scratchLength);
                if (!engine.Run(source, scratch.AsSpan(0, scratchLength), characterOffsets, sourceBase, ref state, isFinalBlock, out charsDone))
                {
                    written = 0;
                    return false;
                }

                state.WordContinues = endContinues;
                return WordFolder.Fold(
                    scratch.AsSpan(0, charsDone),
                    characterOffsets.IsEmpty ? ReadOnlySpan<int>.Empty : characterOffsets.Slice(0, charsDone),
                    destination,
                    offsets,
                    _wordRules,
                    startContinues,
                    endContinues,
                    state.WroteBreak,
                    out written,
                    upcoming);
            }
            finally
            {
                ArrayPool<char>.Shared.Return(scratch);
                if (scratchOffsets.Length > 0)
                {
                    ArrayPool<int>.Shared.Return(scratchOffsets);
                }
            }
        }

        private string Run(ReadOnlySpan<char> source, bool trackOffsets, out int[] offsets)
        {
            // Most text grows little; start near the input size and retry larger in the rare case it is not enough.
            int capacity = source.Length + (source.Length >> 3) + 16;
            int max = GetMaxOutputLength(source.Length);
            while (true)
            {
                capacity = Math.Min(capacity, Math.Max(max, 16));
                char[] buffer = ArrayPool<char>.Shared.Rent(capacity);
                int[]? map = trackOffsets ? ArrayPool<int>.Shared.Rent(capacity) : null;
                try
                {
                    if (RunInBlocks(source, buffer.AsSpan(0, capacity), map is null ? Span<int>.Empty : map.AsSpan(0, capacity), out int written))
                    {
                        offsets = map is null ? Array.Empty<int>() : map.AsSpan(0, written).ToArray();
                        return new string(buffer, 0, written);
                    }
                }
                finally
                {
                    ArrayPool<char>.Shared.Return(buffer);
                    if (map is not null)
                    {
                        ArrayPool<int>.Shared.Return(map);
                    }
                }

                if (capacity >= max)
                {
                    throw new InvalidOperationException("Normalization exceeded its own maximum output length.");
                }

                capacity *= 4;
            }
        }

        /// <summary>
        /// Runs a whole text. With the word pass on, the text goes through in blocks of about <see cref="WordPassBlock"/>
        /// characters cut after a space or line feed, so that the character pass's output is still in cache when the word
        /// pass reads it.
        /// </summary>
        private bool RunInBlocks(ReadOnlySpan<char> source, Span<char> destination, Span<int> offsets, out int written)
        {
            var state = default(NormalizerState);
            if (!_foldVariants)
            {
                return RunBlock(source, destination, offsets, 0, ref state, isFinalBlock: true, endContinues: false, out written);
            }

            written = 0;
            int position = 0;
            while (true)
            {
                int cut = NextBlockEnd(source, position, _foldMonths);
                bool isFinal = cut == source.Length;
                if (!RunBlock(
                    source.Slice(position, cut - position),
                    destination.Slice(written),
                    offsets.IsEmpty ? Span<int>.Empty : offsets.Slice(written),
                    position,
                    ref state,
                    isFinal,
                    endContinues: false,
                    out int blockWritten,
                    Upcoming(source, cut, destination, written + (cut - position))))
                {
                    written = 0;
                    return false;
                }

                written += blockWritten;
                position = cut;
                if (isFinal)
                {
                    return true;
                }
            }
        }

        // The next block's source and, if this block's output keeps its length, its destination (see UpcomingBlock).
        private static UpcomingBlock Upcoming(ReadOnlySpan<char> source, int next, Span<char> destination, int estimatedWritten)
        {
            int length = Math.Min(source.Length - next, WordPassBlock);
            int destinationLength = Math.Max(0, Math.Min(destination.Length - estimatedWritten, length));
            return new UpcomingBlock(source.Slice(next, length), destinationLength == 0 ? ReadOnlySpan<char>.Empty : destination.Slice(estimatedWritten, destinationLength));
        }

        // 32 K characters: 64 KB of text and 32 KB of slots, which stay in the second-level cache between the passes;
        // smaller blocks spend more on starting each one (8 K took 1.09 times as long on the benchmark text).
        private const int WordPassBlock = 32 * 1024;

        // The end of the block starting at position: right after the last space or line feed within WordPassBlock
        // characters, else after the next one, else the end of the text.
        private static int NextBlockEnd(ReadOnlySpan<char> source, int position, bool foldMonths)
        {
            if (source.Length - position <= WordPassBlock)
            {
                return source.Length;
            }

            int limit = position + WordPassBlock;
            for (int p = limit; p > position + 1; p--)
            {
                if (StreamingNormalizer.IsSafeCut(source, p, foldMonths))
                {
                    return p;
                }
            }

            for (int p = limit + 1; p < source.Length; p++)
            {
                if (StreamingNormalizer.IsSafeCut(source, p, foldMonths))
                {
                    return p;
                }
            }

            return source.Length;
        }

        /// <summary>Whether the word pass folds month names (streaming must not cut inside a two-word name).</summary>
        internal bool FoldsMonthNames => _foldMonths;
    }
}
