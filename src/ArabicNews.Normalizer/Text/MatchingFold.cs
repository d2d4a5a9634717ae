namespace ArabicNews.Text
{
    /// <summary>
    /// The letter folding that word- and name-level lookups compare under (spelling variants, month names, weekday
    /// names): diacritics and tatweel ignored; alef forms, alef maqsura, teh marbuta, hamza on carriers, Persian
    /// letter forms and digits folded. It is the normalizer's own rule table, not a second copy of its rules.
    /// </summary>
    internal static class MatchingFold
    {
        /// <summary>The options that define the folding.</summary>
        public const ArabicNormalizerOptions Options =
            ArabicNormalizerOptions.RemoveTatweel
            | ArabicNormalizerOptions.RemoveDiacritics
            | ArabicNormalizerOptions.FoldAlef
            | ArabicNormalizerOptions.FoldAlefMaqsura
            | ArabicNormalizerOptions.FoldTehMarbuta
            | ArabicNormalizerOptions.FoldHamzaOnCarriers
            | ArabicNormalizerOptions.FoldPersianLetters
            | ArabicNormalizerOptions.FoldDigits
            | ArabicNormalizerOptions.RemoveInvisibles;

        // One entry per UTF-16 code unit, computed once from the normalizer's own tables: NUL for ignored characters.
        private static readonly char[] Table = BuildTable();

        /// <summary>The folded character, or NUL when the character is ignored (a diacritic, tatweel, an invisible control).</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static char Fold(char c) => Table[c];

        /// <summary>Slot of a character that is not part of an Arabic word.</summary>
        public const byte NotWord = 0xFF;

        /// <summary>Slot of a word character that folding ignores (a mark, tatweel).</summary>
        public const byte Ignored = 0xFE;

        // For each code unit: NotWord, Ignored, or the 6-bit slot of its folded letter (SpellingVariantLexicon.Slot).
        private static readonly byte[] Slots = BuildSlots();

        /// <summary>One lookup that says whether a character belongs to a word and, if so, which folded letter it is.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static byte SlotOf(char c) => Slots[c];

        /// <summary>
        /// Bit k is set when text[<paramref name="at"/> + k] is not part of a word yet folds to nothing (an invisible
        /// control, ZWJ, NUL, an Arabic sign outside the letter block; see <see cref="IsInvisibleBreak"/>), for the up to
        /// 64 characters from <paramref name="at"/>. A name lookup reads on past such a character, so a word that ends at
        /// one may start a name whose letters it does not hold. Such characters are rare: one vectorized search of the
        /// 64 usually finds none.
        /// </summary>
        public static ulong InvisibleBreakBits(System.ReadOnlySpan<char> text, int at)
        {
            var window = text.Slice(at, System.Math.Min(64, text.Length - at));
            ulong bits = 0;
            for (int k = IndexOfInvisibleBreak(window); k >= 0;)
            {
                bits |= 1UL << k;
                int next = IndexOfInvisibleBreak(window.Slice(k + 1));
                k = next < 0 ? -1 : k + 1 + next;
            }

            return bits;
        }

        /// <summary>The index of the first <see cref="IsInvisibleBreak"/> character of the text, or -1.</summary>
        public static int IndexOfInvisibleBreak(System.ReadOnlySpan<char> text)
        {
#if NET8_0_OR_GREATER
            return System.MemoryExtensions.IndexOfAny(text, InvisibleBreaks);
#else
            for (int i = 0; i < text.Length; i++)
            {
                if (IsInvisibleBreak(text[i]))
                {
                    return i;
                }
            }

            return -1;
#endif
        }

#if NET8_0_OR_GREATER
        private static readonly System.Buffers.SearchValues<char> InvisibleBreaks = BuildInvisibleBreaks();

        private static System.Buffers.SearchValues<char> BuildInvisibleBreaks()
        {
            var breaks = new System.Collections.Generic.List<char>();
            for (int i = 0; i < Slots.Length; i++)
            {
                if (IsInvisibleBreak((char)i))
                {
                    breaks.Add((char)i);
                }
            }

            return System.Buffers.SearchValues.Create(breaks.ToArray());
        }
#endif

        /// <summary>Whether a character is not part of a word yet folds to nothing.</summary>
        public static bool IsInvisibleBreak(char c) => Slots[c] == NotWord && Table[c] == '\0';


        private static byte[] BuildSlots()
        {
            var slots = new byte[0x10000];
            for (int i = 0; i < slots.Length; i++)
            {
                char c = (char)i;
                char folded = Table[c];
                slots[i] = !ArabicLetters.IsArabicWordCharacter(c) ? NotWord : folded == '\0' ? Ignored : SpellingVariantLexicon.Slot(folded);
            }

            return slots;
        }

        private static char[] BuildTable()
        {
            var tables = new NormalizationTables(Options);
            var table = new char[0x10000];
            for (int i = 0; i < table.Length; i++)
            {
                char c = (char)i;
                table[i] = tables.KindOf(c) switch
                {
                    CharKind.Remove => '\0',
                    CharKind.Map => tables.Map[c],

                    // Farsi yeh folds to yeh in every position once alef maqsura folds to yeh; ZWJ is ignored.
                    CharKind.Contextual when c == ArabicLetters.FarsiYeh => ArabicLetters.Yeh,
                    CharKind.Contextual when c == ArabicLetters.ZeroWidthJoiner => '\0',
                    _ => c,
                };
            }

            return table;
        }

        /// <summary>Folds a whole string (for building lookup tables; not for hot paths).</summary>
        public static string FoldString(string text)
        {
            var chars = new char[text.Length];
            int n = 0;
            foreach (char c in text)
            {
                char f = Fold(c);
                if (f != '\0')
                {
                    chars[n++] = f;
                }
            }

            return new string(chars, 0, n);
        }
    }
}
