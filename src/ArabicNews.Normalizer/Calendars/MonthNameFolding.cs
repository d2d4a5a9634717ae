using System;
using System.Collections.Generic;
using System.Linq;
using ArabicNews.Text;

namespace ArabicNews.Calendars
{
    /// <summary>
    /// What <see cref="ArabicNormalizerOptions.FoldMonthNames"/> needs from the month table: a cheap filter on a word's
    /// first letters, the canonical spelling for a matched name, and where text may not be cut because a two-word name
    /// (كانون الثاني, ذو الحجة) would be split.
    /// </summary>
    internal static class MonthNameFolding
    {
        private static readonly ulong[] FirstLetterPairs = BuildFirstLetterPairs();
        private static readonly ulong[] FirstLetterTriples = BuildFirstLetterTriples();
        // The canonical spellings, numbered as TryMatch gives them (see CanonicalIndex), and their folded keys.
        private static readonly string[] Canonical =
            Enumerable.Range(1, 12).Select(m => MonthNames.GetName(m, MonthSystem.EgyptGulf))
                .Concat(Enumerable.Range(1, 12).Select(m => MonthNames.GetName(m, MonthSystem.Hijri))).ToArray();

        private static readonly string[] CanonicalKeys = Canonical.Select(PhraseMatcher<MonthName>.KeyOf).ToArray();
        // An array, not a set: it is only ever walked (once per block cut), and a set's enumerator costs more than its few words.
        private static readonly string[] FirstWordsOfLongerNames =
            MonthNames.All.Select(n => PhraseMatcher<MonthName>.KeyOf(n.Text)).Where(k => k.IndexOf(' ') > 0).Select(k => k.Substring(0, k.IndexOf(' ')))
            .Distinct(StringComparer.Ordinal).ToArray();

        /// <summary>
        /// Whether a word whose first folded letter slots are <paramref name="slots"/> can start an unambiguous month name,
        /// with or without a proclitic (و ب ل ف): its first three letters must start a name (for a word of two letters, the
        /// name's third character must be a space or its end). <paramref name="endIsFinal"/> says that the character after
        /// the word is one a name cannot continue past (a name can run on past an invisible control, which folds to
        /// nothing).
        /// </summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static bool MayStart(ReadOnlySpan<byte> slots, bool endIsFinal)
        {
            if (MayStartAt(slots, 0, endIsFinal))
            {
                return true;
            }

            byte first = slots.Length > 0 ? slots[0] : (byte)63;
            bool clitic = first == 0x0648 - 0x0620 || first == 0x0628 - 0x0620 || first == 0x0644 - 0x0620 || first == 0x0641 - 0x0620;
            return clitic && MayStartAt(slots, 1, endIsFinal);
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private static bool MayStartAt(ReadOnlySpan<byte> slots, int at, bool endIsFinal)
        {
            if (slots.Length < at + 2 || !Has(FirstLetterPairs, (slots[at] << 6) | slots[at + 1]))
            {
                return false;
            }

            if (slots.Length > at + 2)
            {
                return Has(FirstLetterTriples, (slots[at] << 12) | (slots[at + 1] << 6) | slots[at + 2]);
            }

            return !endIsFinal || Has(FirstLetterTriples, (slots[at] << 12) | (slots[at + 1] << 6) | EndSlot);
        }

        // The slot of a space or the end of a name (SpellingVariantLexicon.Slot of anything that is not a letter).
        private const int EndSlot = 63;

        /// <summary>
        /// The unambiguous month name at <paramref name="position"/> (after a proclitic there) and the number of its
        /// canonical spelling among <see cref="CanonicalNames"/>, when it is not written canonically already.
        /// </summary>
        public static bool TryMatch(ReadOnlySpan<char> text, int position, out int start, out int length, out int canonical)
        {
            canonical = -1;
            if (!MonthNames.TryMatch(text, position, out var match) || match.IsAmbiguous)
            {
                start = length = 0;
                return false;
            }

            start = match.Start;
            length = match.Length;
            int index = CanonicalIndex(match.Systems, match.Month);
            if (PhraseMatcher<MonthName>.MatchKey(text, start, CanonicalKeys[index]) == start + length)
            {
                return false; // already the canonical spelling
            }

            canonical = index;
            return true;
        }

        /// <summary>
        /// The canonical spellings <see cref="TryMatch"/> numbers: the twelve Egyptian and Gulf names, then the twelve
        /// Hijri ones.
        /// </summary>
        public static IReadOnlyList<string> CanonicalNames => Canonical;

        // Hijri names fold to the Hijri spelling, every other system's to the Egyptian and Gulf one.
        private static int CanonicalIndex(MonthSystems systems, int month) => (systems == MonthSystems.Hijri ? 12 : 0) + month - 1;

        /// <summary>
        /// The first words (folded) of the names <see cref="TryMatch"/> can rewrite: every unambiguous name but the
        /// canonical ones. A word that holds none of them is left alone by the month fold.
        /// </summary>
        public static IEnumerable<string> RewritableFirstWords()
        {
            foreach (var name in MonthNames.All.Where(n => !n.IsAmbiguous))
            {
                string key = PhraseMatcher<MonthName>.KeyOf(name.Text);
                string canonical = CanonicalKeys[CanonicalIndex(name.Systems, name.Month)];
                if (key != canonical)
                {
                    int space = key.IndexOf(' ');
                    yield return space < 0 ? key : key.Substring(0, space);
                }
            }
        }

        /// <summary>Whether the word ending at <paramref name="end"/> is the first word of a two-word month name.</summary>
        public static bool EndsFirstWordOfLongerName(ReadOnlySpan<char> text, int end)
        {
            int start = end;
            while (start > 0 && ArabicLetters.IsArabicWordCharacter(text[start - 1]))
            {
                start--;
            }

            if (start == end || end - start > 12)
            {
                return false;
            }

            Span<char> key = stackalloc char[12];
            int length = 0;
            for (int k = start; k < end; k++)
            {
                char f = MatchingFold.Fold(text[k]);
                if (f != '\0')
                {
                    key[length++] = f;
                }
            }

            // Compare against the few first words (كانون, تشرين, ربيع, جمادي, ذو, ذي, ذا, اي), also after a proclitic.
            foreach (string word in FirstWordsOfLongerNames)
            {
                var folded = key.Slice(0, length);
                if (folded.SequenceEqual(word.AsSpan()) || (folded.Length == word.Length + 1 && folded.Slice(1).SequenceEqual(word.AsSpan())))
                {
                    return true;
                }
            }

            return false;
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private static bool Has(ulong[] bits, int index) => (bits[index >> 6] & (1UL << (index & 63))) != 0;

        // The first two (three) folded letters of every unambiguous name: one bit per pair (triple) of letter slots; a
        // name of two letters, or whose first word has two, has the end slot third.
        private static ulong[] BuildFirstLetterPairs() => BuildFirstLetters(triples: false);

        private static ulong[] BuildFirstLetterTriples() => BuildFirstLetters(triples: true);

        private static ulong[] BuildFirstLetters(bool triples)
        {
            var bits = new ulong[triples ? 1 << 12 : 64];
            foreach (var name in MonthNames.All.Where(n => !n.IsAmbiguous))
            {
                string key = PhraseMatcher<MonthName>.KeyOf(name.Text);
                int index = (SpellingVariantLexicon.Slot(key[0]) << 6) | SpellingVariantLexicon.Slot(key[1]);
                if (triples)
                {
                    index = (index << 6) | (key.Length > 2 ? SpellingVariantLexicon.Slot(key[2]) : EndSlot);
                }

                bits[index >> 6] |= 1UL << (index & 63);
            }

            return bits;
        }
    }
}
