using System;
using System.Buffers;
using System.Runtime.CompilerServices;
using ArabicNews.Calendars;

namespace ArabicNews.Text
{
    /// <summary>
    /// The word pass of the normalizer: finds each Arabic word in already character-normalized text and replaces a month
    /// name or a spelling-variant stem by its canonical spelling (written under the same character options). Unchanged
    /// stretches are copied in bulk.
    /// </summary>
    internal static class WordFolder
    {
        private const int MaxWord = 64;

        // The slots of a text of up to 64 characters, with their padding.
        private const int StackSlots = 64 + WordSlots.Padding;

        /// <summary>
        /// Copies <paramref name="text"/> to <paramref name="destination"/>, folding variant words. A word touching the
        /// start (end) of the text is left alone when <paramref name="startContinues"/> (<paramref name="endContinues"/>)
        /// says it belongs to a longer word cut at a block edge. <paramref name="mayHoldBreak"/> is false when the character
        /// pass that wrote the text wrote no invisible break (<see cref="NormalizerState.WroteBreak"/>), so that the slots
        /// need not be tested for one. Returns false when the destination is too small.
        /// </summary>
        public static bool Fold(
            ReadOnlySpan<char> text,
            ReadOnlySpan<int> textOffsets,
            Span<char> destination,
            Span<int> destinationOffsets,
            WordFoldRules rules,
            bool startContinues,
            bool endContinues,
            bool mayHoldBreak,
            out int written,
            UpcomingBlock upcoming = default) =>
            Run(text, textOffsets, destination, destinationOffsets, rules, startContinues, endContinues, findOnly: false, mayHoldBreak, out written, inPlace: false, upcoming);

        /// <summary>
        /// <see cref="Fold(ReadOnlySpan{char}, ReadOnlySpan{int}, Span{char}, Span{int}, WordFoldRules, bool, bool, bool, out int, UpcomingBlock)"/>
        /// of the first <paramref name="length"/> characters of <paramref name="buffer"/> (and their source indexes in
        /// <paramref name="offsets"/>, when not empty) into the same buffer, so that the character pass can write straight
        /// into the destination: text a rewrite leaves as long, or shortens, moves down in place, and the first rewrite that
        /// would lengthen it over text not yet read first moves what is left to a pooled buffer, to be read from there.
        /// Returns false when the buffer is too small for the result.
        /// </summary>
        public static bool FoldInPlace(
            Span<char> buffer,
            int length,
            Span<int> offsets,
            WordFoldRules rules,
            bool startContinues,
            bool endContinues,
            bool mayHoldBreak,
            out int written,
            UpcomingBlock upcoming = default) =>
            Run(buffer.Slice(0, length), offsets.IsEmpty ? ReadOnlySpan<int>.Empty : offsets.Slice(0, length), buffer, offsets, rules, startContinues, endContinues, findOnly: false, mayHoldBreak, out written, inPlace: true, upcoming);

        /// <summary>Whether the text has a word the pass would change (the normalizer's "nothing to do" check).</summary>
        public static bool HasWordToFold(ReadOnlySpan<char> text, WordFoldRules rules) =>
            !Run(text, ReadOnlySpan<int>.Empty, Span<char>.Empty, Span<int>.Empty, rules, false, false, findOnly: true, mayHoldBreak: null, out _);

        // In find-only mode nothing is written, and the pass stops (returns false) at the first word it would change.
        private static bool Run(
            ReadOnlySpan<char> text,
            ReadOnlySpan<int> textOffsets,
            Span<char> destination,
            Span<int> destinationOffsets,
            WordFoldRules rules,
            bool startContinues,
            bool endContinues,
            bool findOnly,
            bool? mayHoldBreak,
            out int written,
            bool inPlace = false,
            UpcomingBlock upcoming = default)
        {
            // The slots of the whole block first (64 characters per step where the hardware allows), so that finding a
            // word and reading its first letters takes one 64-byte load instead of a branch per character. They go in a
            // pooled array, not on the stack, which would be cleared first for every block.
            // A short text's slots fit on the stack, which costs less than the pool there.
            int slotsLength = text.Length + WordSlots.Padding;
            byte[]? pooled = slotsLength > StackSlots ? ArrayPool<byte>.Shared.Rent(slotsLength) : null;
            Span<byte> slots = pooled is null ? stackalloc byte[StackSlots] : pooled;
            try
            {
                // A text the character pass wrote holds a break only when that pass said so; any other text is tested as its
                // slots are filled.
                bool mayBreak = WordSlots.Fill(text, slots, testBreaks: mayHoldBreak is null) || mayHoldBreak == true;
                var pass = new Pass(text, slots, mayBreak, textOffsets, destination, destinationOffsets, rules, startContinues, endContinues, findOnly, inPlace, upcoming);
                try
                {
                    return Fold(ref pass, out written);
                }
                finally
                {
                    pass.ReturnSpare();
                }
            }
            finally
            {
                if (pooled is not null)
                {
                    ArrayPool<byte>.Shared.Return(pooled);
                }
            }
        }

        private static bool Fold(ref Pass pass, out int written)
        {
            written = 0;
            Span<byte> key = stackalloc byte[MaxWord];
            Span<int> keyToText = stackalloc int[MaxWord];
            Span<byte> compacted = stackalloc byte[ProbeLength];
            var anchors = pass.Rules.Anchors;
            bool ok = anchors is not null
                ? FoldAnchoredWords(ref pass, anchors, key, keyToText, compacted)
                : FoldEveryWord(ref pass, key, keyToText, compacted);
            if (!ok || (!pass.FindOnly && !pass.CopyUpTo(pass.Text.Length)))
            {
                return false;
            }

            written = pass.Written;
            return true;
        }

        /// <summary>
        /// Visits every word. Words are found 64 slots at a time from bit masks: a start where a word slot follows a
        /// non-word one, an end where the opposite happens. The padding after the slots ends the last word.
        /// </summary>
        private static bool FoldEveryWord(ref Pass pass, scoped Span<byte> key, scoped Span<int> keyToText, scoped Span<byte> compacted)
        {
            int start = 0;
            ulong wasWord = 0;
            for (int chunk = 0; chunk <= pass.Text.Length; chunk += 64)
            {
                ulong words = WordSlots.WordBits(pass.Slots, chunk, out ulong ignoredBits);
                ulong shifted = (words << 1) | wasWord;
                ulong starts = words & ~shifted;
                ulong ends = ~words & shifted;
                wasWord = words >> 63;
                ulong events = starts | ends;
                while (events != 0)
                {
                    int bit = WordSlots.TrailingZeroCount(events);
                    events &= events - 1;
                    if ((starts & (1UL << bit)) != 0)
                    {
                        start = chunk + bit;
                        continue;
                    }

                    int end = chunk + bit;
                    bool hasIgnored = start >= chunk
                        ? ((ignoredBits >> (start - chunk)) & ((1UL << (end - start)) - 1)) != 0
                        : pass.Slots.Slice(start, end - start).IndexOf(MatchingFold.Ignored) >= 0;
                    if (!FoldWordAt(ref pass, start, end, hasIgnored, WordAnchors.NeedleHit.None, key, keyToText, compacted))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        /// <summary>
        /// Visits only the words that hold an anchor (see <see cref="WordAnchors"/>) or an ignored character, and those
        /// followed by an invisible control (a name lookup reads on past one, so such a word may start a name whose first
        /// word it does not hold whole): no other word can change, and <see cref="FoldWordAt"/> leaves it alone, so the result is the same as
        /// <see cref="FoldEveryWord"/>'s.
        /// </summary>
        private static bool FoldAnchoredWords(ref Pass pass, WordAnchors anchors, scoped Span<byte> key, scoped Span<int> keyToText, scoped Span<byte> compacted)
        {
            var slots = pass.Slots;
            int visitedEnd = 0; // the end of the last word visited or passed over
            for (int chunk = 0; chunk < pass.Text.Length; chunk += 64)
            {
                pass.Upcoming.Prefetch(chunk);
                ulong words = WordSlots.WordBits(slots, chunk, out ulong ignored);
                ulong marked = pass.MayHoldBreak ? ignored | (words & MatchingFold.InvisibleBreakBits(pass.Text, chunk + 1)) : ignored;
                ulong candidates = anchors.Candidates(slots, chunk) | marked;
                while (candidates != 0)
                {
                    int position = chunk + WordSlots.TrailingZeroCount(candidates);
                    candidates &= candidates - 1;
                    bool isMarked = ((marked >> (position - chunk)) & 1) != 0;
                    if (position < visitedEnd)
                    {
                        continue;
                    }

                    // The word around the position; one longer than MaxWord is never folded, so the search back stops there.
                    // A word that starts in this chunk starts after its highest non-word bit below the position.
                    ulong before = ~words & ((1UL << (position - chunk)) - 1);
                    int start = chunk + 64 - WordSlots.LeadingZeroCount(before);
                    if (before == 0)
                    {
                        start = chunk;
                        while (start > 0 && slots[start - 1] != MatchingFold.NotWord && position - start <= MaxWord)
                        {
                            start--;
                        }
                    }

                    int end;
                    var hit = WordAnchors.NeedleHit.None;
                    if (isMarked)
                    {
                        end = WordSlots.WordEnd(slots, position);
                    }
                    else if (!anchors.HoldsNeedle(slots, position, start, out end, out hit))
                    {
                        continue; // another anchor of the same word may still hold one
                    }

                    visitedEnd = end;
                    bool hasIgnored = WordSlots.HasIgnored(slots, start, end - start);
                    if (!FoldWordAt(ref pass, start, end, hasIgnored, hit, key, keyToText, compacted))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        /// <summary>
        /// Folds the word text[start..end) when it is a month name or a variant, and otherwise leaves it to the bulk copy.
        /// <paramref name="hit"/>: the needle the anchors found in the word, if any; then the lexicon's filters, which only
        /// turn words away, would pass it (or leave a month name's to <see cref="SpellingVariantLexicon.Match(ReadOnlySpan{byte}, out int, out int)"/>).
        /// Returns false when the destination is too small.
        /// </summary>
        // Not inlined into the anchored loop: it runs for few words, and inlined it used up the JIT's inlining budget for
        // that loop (leaving span slicing and the lexicon's filters as calls) and spilled its registers.
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static bool FoldWordAt(ref Pass pass, int start, int end, bool hasIgnored, in WordAnchors.NeedleHit hit, scoped Span<byte> key, scoped Span<int> keyToText, scoped Span<byte> compacted)
        {
            var text = pass.Text;
            var slots = pass.Slots;
            var lexicon = pass.Rules.Lexicon;
            if (start < pass.Position || (start == 0 && pass.StartContinues) || (end == text.Length && pass.EndContinues) || end - start > MaxWord)
            {
                return true; // inside a name already folded, or a word that is not whole here
            }

            pass.Position = end;

            // The word's first folded letters, read in place unless a mark or tatweel stands among them.
            ReadOnlySpan<byte> probe = hasIgnored
                ? compacted.Slice(0, Compact(slots.Slice(start, end - start), compacted))
                : slots.Slice(start, Math.Min(end - start, ProbeLength));

            // Only a word of two or three letters needs to know what follows it (see MonthNameFolding.MayStart).
            if (pass.Rules.FoldMonths && MonthNameFolding.MayStart(probe, probe.Length > 3 || EndsForGood(text, end))
                && MonthNameFolding.TryMatch(text, start, out int nameStart, out int nameLength, out int canonicalName))
            {
                if (pass.FindOnly || !pass.CopyUpTo(nameStart)
                    || !pass.Replace(pass.Rules.MonthOutput(canonicalName).AsSpan(), nameStart, nameStart + nameLength))
                {
                    return false;
                }

                pass.Position = Math.Max(pass.Position, pass.Copied); // a name may run on past this word
                return true;
            }

            // A word shorter than any stem cannot match (it has at least as many characters as folded letters).
            if (lexicon is null || probe.Length < 3 || end - start < lexicon.MinWordLength
                || !(hit.IsFound || (hasIgnored ? lexicon.MayMatchSlots(probe) : lexicon.MayMatchWord(slots.Slice(start), end - start))))
            {
                return true;
            }

            // A word without ignored characters is its own key, slot for slot (key slot k is text character start + k);
            // otherwise keyToText says where each key letter came from.
            bool letterForLetter = !hasIgnored;
            int set;
            int stemStart;
            int stemLength;
            if (letterForLetter)
            {
                // The needle the anchors found usually decides the match without the lexicon's search.
                set = hit.DecidedSet >= 0
                    ? lexicon.MatchKnownStem(slots.Slice(start, end - start), hit.Start - start, hit.Length, hit.DecidedSet, out stemStart, out stemLength)
                    : lexicon.Match(slots.Slice(start, end - start), out stemStart, out stemLength);
            }
            else
            {
                int keyLength = FoldWord(text, start, end, key, keyToText, lexicon);
                set = lexicon.Match(key.Slice(0, keyLength), out stemStart, out stemLength);
            }

            if (set < 0)
            {
                return true;
            }

            // Copy what precedes the stem, then the canonical stem, and continue after the stem.
            int stemTextStart = letterForLetter ? start + stemStart : keyToText[stemStart];
            int stemTextEnd = (letterForLetter ? start + stemStart + stemLength - 1 : keyToText[stemStart + stemLength - 1]) + 1; // marks after the stem stay with the suffix
            if (pass.FindOnly)
            {
                return false;
            }

            var canonical = pass.Rules.CanonicalOutput(set).AsSpan();
            return pass.TryOverwrite(canonical, stemTextStart, stemTextEnd)
                || (pass.CopyUpTo(stemTextStart) && pass.Replace(canonical, stemTextStart, stemTextEnd));
        }

        /// <summary>
        /// Whether the pass could change a text that is one word of letters only (<paramref name="length"/> slots below
        /// 64, followed by at least seven bytes of NotWord): the tests of <see cref="FoldWordAt"/> before any lookup, on
        /// such a word, and for the few words those pass, the anchors' judgement that decides whether the anchored pass
        /// visits it at all. False means the pass leaves the text as it is.
        /// </summary>
        internal static bool MayChangeWholeWord(ReadOnlySpan<byte> slots, int length, WordFoldRules rules)
        {
            var probe = slots.Slice(0, Math.Min(length, ProbeLength));
            var lexicon = rules.Lexicon;
            bool mayChange = (rules.FoldMonths && MonthNameFolding.MayStart(probe, endIsFinal: true)) // nothing follows the word: its end is final
                || (lexicon is not null && probe.Length >= 3 && length >= lexicon.MinWordLength && lexicon.MayMatchWord(slots, length));

            // The few words those filters pass are then judged as the anchored pass judges them (most are not visited).
            return mayChange && (rules.Anchors is null || rules.Anchors.HoldsNeedleInWord(slots, length));
        }

        /// <summary>The inputs of one block's word pass and where it has got to.</summary>
        private ref struct Pass
        {
            /// <summary>The text; in place, the start of <see cref="Destination"/> until <see cref="MoveToSpare"/>.</summary>
            public ReadOnlySpan<char> Text;
            public readonly ReadOnlySpan<byte> Slots;

            /// <summary>Whether the text may hold an invisible break (see <see cref="MatchingFold.MayHoldInvisibleBreak"/>).</summary>
            public readonly bool MayHoldBreak;
            public ReadOnlySpan<int> TextOffsets;
            public readonly Span<char> Destination;
            public readonly Span<int> DestinationOffsets;
            public readonly WordFoldRules Rules;
            public readonly bool StartContinues;
            public readonly bool EndContinues;

            /// <summary>Write nothing; stop at the first word that would change.</summary>
            public readonly bool FindOnly;

            /// <summary>The block after this one, asked for chunk by chunk as the anchors are tested.</summary>
            public readonly UpcomingBlock Upcoming;

            /// <summary>Where the rest of the text went when a rewrite in place would have overwritten it (pooled), or null.</summary>
            private char[]? _spare;
            private int[]? _spareOffsets;

            /// <summary>Whether <see cref="Text"/> is the start of <see cref="Destination"/>.</summary>
            private bool _inPlace;

            /// <summary>Text before this index is already in the destination.</summary>
            public int Copied;

            /// <summary>Characters written to the destination.</summary>
            public int Written;

            /// <summary>The end of the last word folded or looked at; a word starting before it is inside a folded name.</summary>
            public int Position;

            public Pass(
                ReadOnlySpan<char> text,
                ReadOnlySpan<byte> slots,
                bool mayHoldBreak,
                ReadOnlySpan<int> textOffsets,
                Span<char> destination,
                Span<int> destinationOffsets,
                WordFoldRules rules,
                bool startContinues,
                bool endContinues,
                bool findOnly,
                bool inPlace,
                UpcomingBlock upcoming)
            {
                Text = text;
                Slots = slots;
                MayHoldBreak = mayHoldBreak;
                TextOffsets = textOffsets;
                Destination = destination;
                DestinationOffsets = destinationOffsets;
                Rules = rules;
                StartContinues = startContinues;
                EndContinues = endContinues;
                FindOnly = findOnly;
                Upcoming = upcoming;
                _spare = null;
                _spareOffsets = null;
                _inPlace = inPlace;
                Copied = 0;
                Written = 0;
                Position = 0;
            }

            /// <summary>Copies the text from <see cref="Copied"/> up to <paramref name="to"/>; false when the destination is too small.</summary>
            public bool CopyUpTo(int to)
            {
                int length = to - Copied;
                if (length <= 0)
                {
                    return true;
                }

                if (Written + length > Destination.Length)
                {
                    return false;
                }

                // In place, text that no rewrite has moved yet is where it belongs.
                if (!_inPlace || Written != Copied)
                {
                    Text.Slice(Copied, length).CopyTo(Destination.Slice(Written));
                    if (!DestinationOffsets.IsEmpty)
                    {
                        TextOffsets.Slice(Copied, length).CopyTo(DestinationOffsets.Slice(Written));
                    }
                }

                Written += length;
                Copied = to;
                return true;
            }

            /// <summary>
            /// Writes <paramref name="output"/> (a canonical spelling already under the normalizer's rules, see
            /// <see cref="WriteUnder"/>) in place of text[from..to), which starts at <see cref="Copied"/>; its characters
            /// take the source indexes of the replaced ones in order, the last one for any beyond them. False when the
            /// destination is too small.
            /// </summary>
            public bool Replace(scoped ReadOnlySpan<char> output, int from, int to)
            {
                if (Written + output.Length > Destination.Length)
                {
                    return false;
                }

                if (_inPlace && Written + output.Length > to)
                {
                    MoveToSpare(from); // the replaced text too: its source indexes are still to be read
                }

                output.CopyTo(Destination.Slice(Written));
                if (!DestinationOffsets.IsEmpty)
                {
                    // Read before the loop: in place, the last replaced index may be overwritten by the first written ones.
                    int last = TextOffsets[to - 1];
                    for (int k = 0; k < output.Length; k++)
                    {
                        DestinationOffsets[Written + k] = k < to - from - 1 ? TextOffsets[from + k] : last;
                    }
                }

                Written += output.Length;
                Copied = to;
                return true;
            }

            /// <summary>
            /// Writes <paramref name="output"/> over text[from..to) where it stands, when it is as long and the text is the
            /// pass's own (in place, or moved to the spare buffer): the bulk copy then takes it along with the text around
            /// it, instead of a copy stopping before it and starting again after it. Most variants are spelled with as many
            /// letters as their canonical form. Source indexes stay where they are, one for one. False when it cannot.
            /// </summary>
            public bool TryOverwrite(scoped ReadOnlySpan<char> output, int from, int to)
            {
                // In place, text index k is destination index k until the text moves to the spare buffer.
                var ownText = _inPlace ? Destination : _spare.AsSpan();
                if (output.Length != to - from || from < Copied || ownText.IsEmpty)
                {
                    return false;
                }

                output.CopyTo(ownText.Slice(from));
                return true;
            }

            /// <summary>
            /// Moves the text from <paramref name="from"/> on to the same indexes of a pooled buffer and reads it from there:
            /// a rewrite in place is about to grow past it.
            /// </summary>
            private void MoveToSpare(int from)
            {
                _spare = ArrayPool<char>.Shared.Rent(Text.Length);
                Text.Slice(from).CopyTo(_spare.AsSpan(from));
                Text = _spare.AsSpan(0, Text.Length);
                if (!TextOffsets.IsEmpty)
                {
                    _spareOffsets = ArrayPool<int>.Shared.Rent(TextOffsets.Length);
                    TextOffsets.Slice(from).CopyTo(_spareOffsets.AsSpan(from));
                    TextOffsets = _spareOffsets.AsSpan(0, TextOffsets.Length);
                }

                _inPlace = false;
            }

            /// <summary>Gives the pooled buffers of <see cref="MoveToSpare"/> back, once the pass is done with them.</summary>
            public void ReturnSpare()
            {
                if (_spare is not null)
                {
                    ArrayPool<char>.Shared.Return(_spare);
                    _spare = null;
                }

                if (_spareOffsets is not null)
                {
                    ArrayPool<int>.Shared.Return(_spareOffsets);
                    _spareOffsets = null;
                }
            }
        }

        /// <summary>The first <see cref="ProbeLength"/> slots of a word that are not ignored; returns how many.</summary>
        private static int Compact(ReadOnlySpan<byte> word, Span<byte> probe)
        {
            int count = 0;
            foreach (byte slot in word)
            {
                if (slot != MatchingFold.Ignored)
                {
                    probe[count++] = slot;
                    if (count == ProbeLength)
                    {
                        break;
                    }
                }
            }

            return count;
        }

        /// <summary>
        /// A canonical spelling under the same one-to-one rules as the rest of the text (a space stays a space; what the
        /// rules remove is left out), written into <paramref name="buffer"/>, which is at least as long.
        /// </summary>
        internal static ReadOnlySpan<char> WriteUnder(NormalizationTables tables, string canonical, Span<char> buffer)
        {
            int n = 0;
            foreach (char c in canonical)
            {
                char mapped = c == ' ' ? ' ' : MapForOutput(tables, c);
                if (mapped != '\0')
                {
                    buffer[n++] = mapped;
                }
            }

            return buffer.Slice(0, n);
        }

        /// <summary>Whether a name cannot run on past the character at <paramref name="end"/>, which ends a word.</summary>
        private static bool EndsForGood(ReadOnlySpan<char> text, int end) => end == text.Length || MatchingFold.Fold(text[end]) != '\0';

        private const int ProbeLength = 7; // the longest proclitic (4) and the three letters the filter reads

        /// <summary>
        /// Folds a word into its lookup key; gives up (returns 0) as soon as its first letters show it cannot be a variant,
        /// which is the fate of almost every word.
        /// </summary>
        private static int FoldWord(ReadOnlySpan<char> text, int start, int end, Span<byte> key, Span<int> keyToText, SpellingVariantLexicon lexicon)
        {
            int keyLength = 0;
            bool probed = false;
            for (int k = start; k < end; k++)
            {
                char f = MatchingFold.Fold(text[k]);
                if (f == '\0')
                {
                    continue;
                }

                keyToText[keyLength] = k;
                key[keyLength++] = SpellingVariantLexicon.Slot(f);
                if (keyLength == ProbeLength)
                {
                    probed = true;
                    if (!lexicon.MayMatchSlots(key.Slice(0, ProbeLength)))
                    {
                        return 0;
                    }
                }
            }

            if (!probed && (keyLength < 3 || !lexicon.MayMatchSlots(key.Slice(0, keyLength))))
            {
                return 0;
            }

            return keyLength;
        }

        // The canonical spelling goes through the same one-to-one rules as the rest of the text.
        private static char MapForOutput(NormalizationTables tables, char c)
        {
            switch (tables.KindOf(c))
            {
                case CharKind.Remove:
                    return '\0';
                case CharKind.Map:
                    return tables.Map[c];
                default:
                    return tables.MapOf(c);
            }
        }
    }
}
