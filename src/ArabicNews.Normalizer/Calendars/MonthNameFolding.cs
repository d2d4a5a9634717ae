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
        private static readonly string[] GregorianKeys = Enumerable.Range(1, 12).Select(m => PhraseMatcher<MonthName>.KeyOf(MonthNames.GetName(m, MonthSystem.EgyptGulf))).ToArray();
        private static readonly string[] HijriKeys = Enumerable.Range(1, 12).Select(m => PhraseMatcher<MonthName>.KeyOf(MonthNames.GetName(m, MonthSystem.Hijri))).ToArray();
        private static readonly HashSet<string> FirstWordsOfLongerNames = new HashSet<string>(
            MonthNames.All.Select(n => PhraseMatcher<MonthName>.KeyOf(n.Text)).Where(k => k.IndexOf(' ') > 0).Select(k => k.Substring(0, k.IndexOf(' '))),
            StringComparer.Ordinal);

        /// <summary>
        /// Whether a word whose first folded letter slots are <paramref name="slots"/> can start an unambiguous month name,
        /// with or without a proclitic (و ب ل ف).
        /// </summary>
        public static bool MayStart(ReadOnlySpan<byte> slots)
        {
            if (slots.Length >= 2 && Has(slots[0], slots[1]))
            {
                return true;
            }

            byte first = slots.Length > 0 ? slots[0] : (byte)63;
            bool clitic = first == 0x0648 - 0x0620 || first == 0x0628 - 0x0620 || first == 0x0644 - 0x0620 || first == 0x0641 - 0x0620;
            return clitic && slots.Length >= 3 && Has(slots[1], slots[2]);
        }

        /// <summary>
        /// The unambiguous month name at <paramref name="position"/> (after a proclitic there) and its canonical spelling,
        /// when it is not written canonically already.
        /// </summary>
        public static bool TryMatch(ReadOnlySpan<char> text, int position, out int start, out int length, out string canonical)
        {
            canonical = string.Empty;
            if (!MonthNames.TryMatch(text, position, out var match) || match.IsAmbiguous)
            {
                start = length = 0;
                return false;
            }

            start = match.Start;
            length = match.Length;
            bool hijri = match.Systems == MonthSystems.Hijri;
            string key = (hijri ? HijriKeys : GregorianKeys)[match.Month - 1];
            if (PhraseMatcher<MonthName>.MatchKey(text, start, key) == start + length)
            {
                return false; // already the canonical spelling
            }

            canonical = MonthNames.GetName(match.Month, hijri ? MonthSystem.Hijri : MonthSystem.EgyptGulf);
            return true;
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

        private static bool Has(byte first, byte second)
        {
            int index = (first << 6) | second;
            return (FirstLetterPairs[index >> 6] & (1UL << (index & 63))) != 0;
        }

        private static ulong[] BuildFirstLetterPairs()
        {
            var bits = new ulong[64];
            foreach (var name in MonthNames.All.Where(n => !n.IsAmbiguous))
            {
                string key = PhraseMatcher<MonthName>.KeyOf(name.Text);
                int index = (SpellingVariantLexicon.Slot(key[0]) << 6) | SpellingVariantLexicon.Slot(key[1]);
                bits[index >> 6] |= 1UL << (index & 63);
            }

            return bits;
        }
    }
}
