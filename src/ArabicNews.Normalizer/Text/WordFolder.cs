using System;
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

        /// <summary>
        /// Copies <paramref name="text"/> to <paramref name="destination"/>, folding variant words. A word touching the
        /// start (end) of the text is left alone when <paramref name="startContinues"/> (<paramref name="endContinues"/>)
        /// says it belongs to a longer word cut at a block edge. Returns false when the destination is too small.
        /// </summary>
        public static bool Fold(
            ReadOnlySpan<char> text,
            ReadOnlySpan<int> textOffsets,
            Span<char> destination,
            Span<int> destinationOffsets,
            NormalizationTables tables,
            SpellingVariantLexicon? lexicon,
            bool foldMonths,
            bool startContinues,
            bool endContinues,
            out int written)
        {
            written = 0;
            Span<char> key = stackalloc char[MaxWord];
            Span<int> keyToText = stackalloc int[MaxWord + 1];
            int copied = 0; // text before this index is already in the destination
            int w = 0;
            int i = 0;
            Span<byte> probe = stackalloc byte[ProbeLength];
            while (i < text.Length)
            {
                int start = i;
                int probed = ScanWord(text, ref i, probe);
                if (probed < 0)
                {
                    continue;
                }

                int end = i;
                if ((start == 0 && startContinues) || (end == text.Length && endContinues) || end - start > MaxWord)
                {
                    continue;
                }

                if (foldMonths && MonthNameFolding.MayStart(probe.Slice(0, probed), EndsForGood(text, i))
                    && MonthNameFolding.TryMatch(text, start, out int nameStart, out int nameLength, out string canonicalName))
                {
                    if (!Copy(text, textOffsets, copied, nameStart, destination, destinationOffsets, ref w)
                        || !Replace(canonicalName, nameStart, nameStart + nameLength, text, textOffsets, destination, destinationOffsets, tables, ref w))
                    {
                        return false;
                    }

                    copied = nameStart + nameLength;
                    i = Math.Max(i, copied);
                    continue;
                }

                if (lexicon is null || probed < 3 || !lexicon.MayMatchSlots(probe.Slice(0, probed)))
                {
                    continue;
                }

                int keyLength = FoldWord(text, start, end, key, keyToText, lexicon);
                if (keyLength < 2)
                {
                    continue;
                }

                keyToText[keyLength] = end;
                int set = lexicon.Match(key.Slice(0, keyLength), out int stemStart, out int stemLength);
                if (set < 0)
                {
                    continue;
                }

                // Copy what precedes the stem, then the canonical stem, and continue after the stem.
                int stemTextStart = keyToText[stemStart];
                int stemTextEnd = keyToText[stemStart + stemLength - 1] + 1; // marks after the stem stay with the suffix
                if (!Copy(text, textOffsets, copied, stemTextStart, destination, destinationOffsets, ref w)
                    || !Replace(lexicon.CanonicalOf(set), stemTextStart, stemTextEnd, text, textOffsets, destination, destinationOffsets, tables, ref w))
                {
                    return false;
                }

                copied = stemTextEnd;
            }

            if (!Copy(text, textOffsets, copied, text.Length, destination, destinationOffsets, ref w))
            {
                return false;
            }

            written = w;
            return true;
        }

        /// <summary>Whether the text has a word the pass would change (the normalizer's "nothing to do" check).</summary>
        public static bool HasWordToFold(ReadOnlySpan<char> text, SpellingVariantLexicon? lexicon, bool foldMonths)
        {
            Span<char> key = stackalloc char[MaxWord];
            Span<int> keyToText = stackalloc int[MaxWord + 1];
            Span<byte> probe = stackalloc byte[ProbeLength];
            int i = 0;
            while (i < text.Length)
            {
                int start = i;
                int probed = ScanWord(text, ref i, probe);
                if (probed < 0 || i - start > MaxWord)
                {
                    continue;
                }

                if (foldMonths && MonthNameFolding.MayStart(probe.Slice(0, probed), EndsForGood(text, i)) && MonthNameFolding.TryMatch(text, start, out _, out _, out _))
                {
                    return true;
                }

                if (lexicon is null || probed < 3 || !lexicon.MayMatchSlots(probe.Slice(0, probed)))
                {
                    continue;
                }

                int keyLength = FoldWord(text, start, i, key, keyToText, lexicon);
                if (keyLength >= 2 && lexicon.Match(key.Slice(0, keyLength), out _, out _) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Writes a canonical spelling in place of text[from..to), under the same one-to-one rules as the rest.</summary>
        private static bool Replace(
            string canonical,
            int from,
            int to,
            ReadOnlySpan<char> text,
            ReadOnlySpan<int> textOffsets,
            Span<char> destination,
            Span<int> destinationOffsets,
            NormalizationTables tables,
            ref int w)
        {
            int emitted = 0;
            foreach (char c in canonical)
            {
                char mapped = c == ' ' ? ' ' : MapForOutput(tables, c);
                if (mapped == '\0')
                {
                    continue;
                }

                if ((uint)w >= (uint)destination.Length)
                {
                    return false;
                }

                destination[w] = mapped;
                if (!destinationOffsets.IsEmpty)
                {
                    destinationOffsets[w] = textOffsets[from + Math.Min(emitted, to - from - 1)];
                }

                w++;
                emitted++;
            }

            return true;
        }

        /// <summary>Whether a name cannot run on past the character at <paramref name="end"/>, which ends a word.</summary>
        private static bool EndsForGood(ReadOnlySpan<char> text, int end) => end == text.Length || MatchingFold.Fold(text[end]) != '\0';

        private const int ProbeLength = 7; // the longest proclitic (4) and the three letters the filter reads

        /// <summary>
        /// Moves <paramref name="i"/> past the next non-word character (and returns -1) or the next word (and returns how
        /// many of its first folded letter slots it put in <paramref name="probe"/>): one table lookup per character.
        /// </summary>
        private static int ScanWord(ReadOnlySpan<char> text, ref int i, Span<byte> probe)
        {
            byte slot = MatchingFold.SlotOf(text[i]);
            if (slot == MatchingFold.NotWord)
            {
                i++;
                return -1;
            }

            int count = 0;
            do
            {
                if (slot != MatchingFold.Ignored && count < ProbeLength)
                {
                    probe[count++] = slot;
                }

                i++;
            }
            while (i < text.Length && (slot = MatchingFold.SlotOf(text[i])) != MatchingFold.NotWord);

            return count;
        }

        /// <summary>
        /// Folds a word into its lookup key; gives up (returns 0) as soon as its first letters show it cannot be a variant,
        /// which is the fate of almost every word.
        /// </summary>
        private static int FoldWord(ReadOnlySpan<char> text, int start, int end, Span<char> key, Span<int> keyToText, SpellingVariantLexicon lexicon)
        {
            const int Probe = 7; // the longest proclitic (4) and the three letters the filter reads
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
                key[keyLength++] = f;
                if (keyLength == Probe)
                {
                    probed = true;
                    if (!lexicon.MayMatch(key.Slice(0, Probe)))
                    {
                        return 0;
                    }
                }
            }

            if (!probed && keyLength >= 2 && !lexicon.MayMatch(key.Slice(0, keyLength)))
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

        private static bool Copy(
            ReadOnlySpan<char> text,
            ReadOnlySpan<int> textOffsets,
            int from,
            int to,
            Span<char> destination,
            Span<int> destinationOffsets,
            ref int w)
        {
            int length = to - from;
            if (length <= 0)
            {
                return true;
            }

            if (w + length > destination.Length)
            {
                return false;
            }

            text.Slice(from, length).CopyTo(destination.Slice(w));
            if (!destinationOffsets.IsEmpty)
            {
                textOffsets.Slice(from, length).CopyTo(destinationOffsets.Slice(w));
            }

            w += length;
            return true;
        }
    }
}
