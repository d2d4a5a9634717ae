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

        /// <summary>The table of <see cref="SlotOf"/>, for a loop that keeps it in a register.</summary>
        public static byte[] SlotTable => Slots;

        /// <summary>
        /// Bit k is set when text[<paramref name="at"/> + k] is not part of a word yet folds to nothing (an invisible
        /// control, ZWJ, NUL, an Arabic sign outside the letter block; see <see cref="IsInvisibleBreak"/>), for the up to
        /// 64 characters from <paramref name="at"/>. A name lookup reads on past such a character, so a word that ends at
        /// one may start a name whose letters it does not hold. With vectors the bits are a superset: every break, and a
        /// few neighbours of the break ranges (U+0898–U+08FF, U+2060–U+206F).
        /// </summary>
        public static ulong InvisibleBreakBits(System.ReadOnlySpan<char> text, int at)
        {
#if NET8_0_OR_GREATER
            if (System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated && at + 64 <= text.Length)
            {
                ref ushort first = ref System.Runtime.CompilerServices.Unsafe.As<char, ushort>(
                    ref System.Runtime.CompilerServices.Unsafe.Add(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(text), at));
                ulong bits = 0;
                for (int k = 0; k < 64; k += 16)
                {
                    bits |= (ulong)BreakMask(System.Runtime.Intrinsics.Vector256.LoadUnsafe(ref first, (nuint)k)) << k;
                }

                return bits;
            }
#endif
            ulong scalar = 0;
            int count = System.Math.Min(64, text.Length - at);
            for (int k = 0; k < count; k++)
            {
                if (IsInvisibleBreak(text[at + k]))
                {
                    scalar |= 1UL << k;
                }
            }

            return scalar;
        }

        /// <summary>
        /// Whether <paramref name="text"/> may hold an invisible break (see <see cref="InvisibleBreakBits"/>): false means
        /// it holds none. Normalized news text almost never does, so the word pass learns it once per block (from
        /// <see cref="WordSlots.Fill"/>, which tests the characters it loads) and the date scan asks once per 64 characters
        /// before the exact bits. The test is <see cref="MayBeBreak(char)"/>, 32 characters at a time
        /// with AVX-512 and 16 with AVX2.
        /// </summary>
        public static bool MayHoldInvisibleBreak(System.ReadOnlySpan<char> text)
        {
            int i = 0;
#if NET8_0_OR_GREATER
            if (System.Runtime.Intrinsics.X86.Avx512BW.IsSupported)
            {
                ref ushort first = ref System.Runtime.CompilerServices.Unsafe.As<char, ushort>(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(text));
                var any = System.Runtime.Intrinsics.Vector512<ushort>.Zero;
                for (; i <= text.Length - 32; i += 32)
                {
                    any |= MayBeBreak(System.Runtime.Intrinsics.Vector512.LoadUnsafe(ref first, (nuint)i));
                }

                if (any != System.Runtime.Intrinsics.Vector512<ushort>.Zero)
                {
                    return true;
                }
            }
            else if (System.Runtime.Intrinsics.X86.Avx2.IsSupported)
            {
                ref ushort first = ref System.Runtime.CompilerServices.Unsafe.As<char, ushort>(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(text));
                var any = System.Runtime.Intrinsics.Vector256<ushort>.Zero;
                for (; i <= text.Length - 16; i += 16)
                {
                    any |= MayBeBreak(System.Runtime.Intrinsics.Vector256.LoadUnsafe(ref first, (nuint)i));
                }

                if (any != System.Runtime.Intrinsics.Vector256<ushort>.Zero)
                {
                    return true;
                }
            }
#endif
            for (; i < text.Length; i++)
            {
                if (MayBeBreak(text[i]))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Four ranges that hold every invisible break and little of news text: U+0000, U+00AD, U+0610–U+061C, and from
        /// U+0898 on but for the dashes and quotes of U+2010–U+2029.
        /// </summary>
        internal static bool MayBeBreak(char c) =>
            c == '\0' || c == '\u00AD' || (uint)(c - 0x0610) <= 0x061C - 0x0610 || (c >= 0x0898 && (uint)(c - 0x2010) > 0x2029 - 0x2010);

        /// <summary>Whether a character is not part of a word yet folds to nothing.</summary>
        public static bool IsInvisibleBreak(char c) => Slots[c] == NotWord && Table[c] == '\0';

#if NET8_0_OR_GREATER
        private static uint BreakMask(System.Runtime.Intrinsics.Vector256<ushort> c)
        {
            // The breaks, from the table above: U+0000, U+00AD, U+0610–U+061A, U+061C, U+0898–U+089F, U+08CA–U+08FF but
            // U+08E2, U+200B–U+200F, U+202A–U+202E, U+2060, U+2066–U+2069, U+FEFF (checked against the table in tests).
            var v = System.Runtime.Intrinsics.Vector256.Equals(c, System.Runtime.Intrinsics.Vector256<ushort>.Zero)
                | System.Runtime.Intrinsics.Vector256.Equals(c, System.Runtime.Intrinsics.Vector256.Create((ushort)0x00AD))
                | System.Runtime.Intrinsics.Vector256.Equals(c, System.Runtime.Intrinsics.Vector256.Create((ushort)0xFEFF))
                | System.Runtime.Intrinsics.Vector256.Equals(c, System.Runtime.Intrinsics.Vector256.Create((ushort)0x061C))
                | InRange(c, 0x0610, 0x061A)
                | InRange(c, 0x0898, 0x08FF)
                | InRange(c, 0x200B, 0x200F)
                | InRange(c, 0x202A, 0x202E)
                | InRange(c, 0x2060, 0x206F);
            return System.Runtime.Intrinsics.Vector256.ExtractMostSignificantBits(v);
        }

        /// <summary><see cref="MayBeBreak(char)"/>, lane by lane: all ones where it holds.</summary>
        internal static System.Runtime.Intrinsics.Vector512<ushort> MayBeBreak(System.Runtime.Intrinsics.Vector512<ushort> c) =>
            System.Runtime.Intrinsics.Vector512.Equals(c, System.Runtime.Intrinsics.Vector512<ushort>.Zero)
            | System.Runtime.Intrinsics.Vector512.Equals(c, System.Runtime.Intrinsics.Vector512.Create((ushort)0x00AD))
            | System.Runtime.Intrinsics.Vector512.LessThanOrEqual(c - System.Runtime.Intrinsics.Vector512.Create((ushort)0x0610), System.Runtime.Intrinsics.Vector512.Create((ushort)(0x061C - 0x0610)))
            | (System.Runtime.Intrinsics.Vector512.GreaterThanOrEqual(c, System.Runtime.Intrinsics.Vector512.Create((ushort)0x0898))
                & System.Runtime.Intrinsics.Vector512.GreaterThan(c - System.Runtime.Intrinsics.Vector512.Create((ushort)0x2010), System.Runtime.Intrinsics.Vector512.Create((ushort)(0x2029 - 0x2010))));

        /// <summary><see cref="MayBeBreak(char)"/>, lane by lane: all ones where it holds.</summary>
        internal static System.Runtime.Intrinsics.Vector256<ushort> MayBeBreak(System.Runtime.Intrinsics.Vector256<ushort> c) =>
            System.Runtime.Intrinsics.Vector256.Equals(c, System.Runtime.Intrinsics.Vector256<ushort>.Zero)
            | System.Runtime.Intrinsics.Vector256.Equals(c, System.Runtime.Intrinsics.Vector256.Create((ushort)0x00AD))
            | InRange(c, 0x0610, 0x061C)
            | (System.Runtime.Intrinsics.Vector256.GreaterThanOrEqual(c, System.Runtime.Intrinsics.Vector256.Create((ushort)0x0898))
                & System.Runtime.Intrinsics.Vector256.GreaterThan(c - System.Runtime.Intrinsics.Vector256.Create((ushort)0x2010), System.Runtime.Intrinsics.Vector256.Create((ushort)(0x2029 - 0x2010))));

        private static System.Runtime.Intrinsics.Vector256<ushort> InRange(System.Runtime.Intrinsics.Vector256<ushort> c, ushort first, ushort last) =>
            System.Runtime.Intrinsics.Vector256.LessThanOrEqual(c - System.Runtime.Intrinsics.Vector256.Create(first), System.Runtime.Intrinsics.Vector256.Create((ushort)(last - first)));
#endif

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
