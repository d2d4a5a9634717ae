using System;
using ArabicNews.Text;
#if NET8_0_OR_GREATER
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
#endif

namespace ArabicNews.Dates
{
    /// <summary>
    /// The positions of a text where the date grammar may have something to read, found 64 characters at a time, so that
    /// the extractor looks at a few words instead of every one. A position is a candidate when it holds
    /// <list type="bullet">
    /// <item>the start of a word whose key is that of the first word of a lexicon word that can begin an expression, itself
    /// or after a proclitic (<see cref="LeadStartFilter"/>): a word the grammar can read holds that first word;</item>
    /// <item>a digit of any of the three systems (numbers, ال31, and, through the word before the number, في 2011 and
    /// ال-31);</item>
    /// <item>a mark or tatweel, which may split a first word so that its key is not read whole;</item>
    /// <item>the last character of a word that an invisible control follows, which a lexicon match reads through
    /// (يناي&#x200C;ر).</item>
    /// </list>
    /// The slots come from <see cref="WordSlots"/> in blocks of <see cref="BlockLength"/> characters of a buffer the caller
    /// gives. A position where the scan resumes inside a word is a candidate too.
    /// </summary>
    internal ref struct DateCandidates
    {
        /// <summary>How many characters one fill of the slots covers.</summary>
        public const int BlockLength = 4096;

        /// <summary>The length of the slot buffer: a block, the reach of a key past its end, and the padding.</summary>
        public const int SlotsLength = BlockLength + LeadStartFilter.Reach + WordSlots.Padding;

        private readonly ReadOnlySpan<char> _text;
        private readonly Span<byte> _slots;
        private int _blockStart;
        private int _blockEnd;
        private int _chunkAt;
        private ulong _sure;
        private ulong _leads;

        /// <summary>Candidates of <paramref name="text"/>, with <paramref name="slots"/> (<see cref="SlotsLength"/> bytes) as work space.</summary>
        public DateCandidates(ReadOnlySpan<char> text, Span<byte> slots)
        {
            _text = text;
            _slots = slots;
            _blockStart = 0;
            _blockEnd = -1;
            _chunkAt = int.MinValue / 2;
            _sure = 0;
            _leads = 0;
        }

        /// <summary>
        /// Whether the candidates are found with vectors here (AVX-512 VBMI, or AVX2 with the other layout of
        /// <see cref="LeadStartFilter"/>); elsewhere the extractor reads word by word.
        /// </summary>
        public static bool IsAccelerated
        {
            get
            {
#if NET8_0_OR_GREATER
                return (Avx512Vbmi.IsSupported && Avx512BW.IsSupported) || Avx2.IsSupported;
#else
                return false;
#endif
            }
        }

        /// <summary>The first candidate at or after <paramref name="from"/>, or the text's length when there is none.</summary>
        public int Next(int from)
        {
            int to = _text.Length;
            if (from >= to)
            {
                return to;
            }

            // An expression may end inside a word (2021م، 1445هـ): the scan goes on from there as from a word's start.
            if (from > 0 && ArabicDateExtractor.IsTokenCharacter(_text[from]) && ArabicDateExtractor.IsTokenCharacter(_text[from - 1]))
            {
                return from;
            }

            // The scan moves on a word or an expression at a time, so the last 64 positions usually still hold the next one.
            int at = _chunkAt;
            if (from < at || from - at >= 64)
            {
                at = from;
                Compute(at);
            }

            // The search may go on into the next 64 positions.
            int offset = from - at;
            while (true)
            {
                int found = First(offset);
                if (found >= 0)
                {
                    return at + found;
                }

                at += 64;
                if (at >= to)
                {
                    return to;
                }

                Compute(at);
                offset = 0;
            }
        }

        /// <summary>The masks of the 64 positions from <paramref name="at"/>.</summary>
        private void Compute(int at)
        {
            if (at < _blockStart || (at + 64 > _blockEnd && _blockEnd < _text.Length))
            {
                Fill(at);
            }

            int local = at - _blockStart;
            int left = _text.Length - at;
            ulong valid = left >= 64 ? ulong.MaxValue : (1UL << left) - 1;
            ulong words = WordSlots.WordBits(_slots, local, out ulong ignored);
            ulong digits = CharBits(_text, at, out ulong latin, out bool mayHoldBreak);
            ulong tokens = (words | digits | latin) & valid;

            // A word starts at a token character after one that is none; the character before the 64 positions is read.
            bool tokenBefore = at > 0 && ArabicDateExtractor.IsTokenCharacter(_text[at - 1]);
            ulong starts = tokens & ~((tokens << 1) | (tokenBefore ? 1UL : 0));
            bool procliticBefore = tokenBefore && (at == 1 || !ArabicDateExtractor.IsTokenCharacter(_text[at - 2]))
                && DateLexicon.IsProcliticSlot(MatchingFold.SlotOf(_text[at - 1]));
            _chunkAt = at;
            _sure = (ignored | digits | (mayHoldBreak ? BreakBits(at) : 0)) & valid;
            _leads = LeadStartFilter.Default.Candidates(_slots, local, starts, procliticBefore) & valid & ~_sure;
        }

        private void Fill(int at)
        {
            int length = Math.Min(BlockLength + LeadStartFilter.Reach, _text.Length - at);
            // The candidates test breaks 64 characters at a time (BreakBits), so the fill leaves its own test out.
            WordSlots.Fill(_text.Slice(at, length), _slots, testBreaks: false);
            _blockStart = at;
            _blockEnd = Math.Min(at + BlockLength, _text.Length);
        }

        /// <summary>The first candidate of the current 64 positions at or after <paramref name="offset"/>, or −1.</summary>
        private int First(int offset)
        {
            ulong candidates = (_sure | _leads) & (ulong.MaxValue << offset);
            return candidates == 0 ? -1 : WordSlots.TrailingZeroCount(candidates);
        }

        // Whether BreakBits proves a run of 64 characters free of breaks before the exact test: with AVX-512 the proof is
        // two vectors; with AVX2 only, CharBits has made it on the characters it loads for the digits (BreakBits runs
        // where it failed, and MatchingFold.MayHoldInvisibleBreak would be a loop); without vectors both tests are loops,
        // and the proof's is the cheaper.
        private static bool TestsRunsForBreaks
        {
            get
            {
#if NET8_0_OR_GREATER
                return Avx512BW.IsSupported || !Vector256.IsHardwareAccelerated;
#else
                return true;
#endif
            }
        }

        /// <summary>
        /// Bit k: a token character at <paramref name="at"/> + k is followed by an invisible control (or, with vectors, by
        /// one of the few neighbours <see cref="MatchingFold.InvisibleBreakBits"/> also reports: a visit too many).
        /// </summary>
        private ulong BreakBits(int at)
        {
            // Invisible controls are rare in news text: a cheap test of a few ranges proves most 64-character runs free
            // of them before the exact test, where it is cheaper than that test (see TestsRunsForBreaks).
            if (at + 1 >= _text.Length
                || (TestsRunsForBreaks && !MatchingFold.MayHoldInvisibleBreak(_text.Slice(at + 1, Math.Min(64, _text.Length - at - 1)))))
            {
                return 0;
            }

            ulong breaks = MatchingFold.InvisibleBreakBits(_text, at + 1);
            ulong bits = 0;
            while (breaks != 0)
            {
                int k = WordSlots.TrailingZeroCount(breaks);
                breaks &= breaks - 1;
                if (ArabicDateExtractor.IsTokenCharacter(_text[at + k]))
                {
                    bits |= 1UL << k;
                }
            }

            return bits;
        }

        /// <summary>
        /// <see cref="DigitBits"/>, and in <paramref name="mayHoldBreak"/> whether the 65 characters from
        /// <paramref name="at"/> may hold an invisible break: false proves that the 64 positions hold no token character
        /// before one. Only the AVX2 path looks (at the characters it loads for the digits); elsewhere it is true, and
        /// <see cref="BreakBits"/> makes its own test.
        /// </summary>
        internal static ulong CharBits(ReadOnlySpan<char> text, int at, out ulong latin, out bool mayHoldBreak)
        {
#if NET8_0_OR_GREATER
            if (!Avx512BW.IsSupported && Avx2.IsSupported && text.Length - at > 64)
            {
                return CharBitsAvx2(text, at, out latin, out mayHoldBreak);
            }
#endif
            mayHoldBreak = true;
            return DigitBits(text, at, out latin);
        }

        /// <summary>
        /// Bit k: <paramref name="text"/>[<paramref name="at"/> + k] is an ASCII, Arabic-Indic or extended Arabic-Indic
        /// digit; in <paramref name="latin"/>, an ASCII letter (the two kinds of token character that are not Arabic).
        /// </summary>
        internal static ulong DigitBits(ReadOnlySpan<char> text, int at, out ulong latin)
        {
#if NET8_0_OR_GREATER
            // Vector512 where AVX-512 is there at all, as WordSlots: the JIT may prefer 256-bit vectors elsewhere.
            if (Avx512BW.IsSupported && text.Length - at >= 64)
            {
                ref ushort first = ref Unsafe.As<char, ushort>(ref Unsafe.Add(ref MemoryMarshal.GetReference(text), at));
                var low = Vector512.LoadUnsafe(ref first);
                var high = Vector512.LoadUnsafe(ref first, 32);
                latin = LatinMask(low) | (LatinMask(high) << 32);
                return DigitMask(low) | (DigitMask(high) << 32);
            }

            if (Avx2.IsSupported && text.Length - at >= 64)
            {
                return DigitBitsAvx2(text, at, out latin);
            }
#endif
            return DigitBitsScalar(text, at, out latin);
        }

        /// <summary>The same bits one character at a time (the reference for the vector path).</summary>
        internal static ulong DigitBitsScalar(ReadOnlySpan<char> text, int at, out ulong latin)
        {
            ulong bits = 0;
            latin = 0;
            int end = Math.Min(text.Length, at + 64);
            for (int p = at; p < end; p++)
            {
                char c = text[p];
                if (ArabicLetters.IsAnyDigit(c))
                {
                    bits |= 1UL << (p - at);
                }
                else if (ArabicLetters.IsAsciiLetter(c))
                {
                    latin |= 1UL << (p - at);
                }
            }

            return bits;
        }

#if NET8_0_OR_GREATER
        /// <summary>The AVX2 path of <see cref="CharBits"/>, for 65 characters or more from <paramref name="at"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static ulong CharBitsAvx2(ReadOnlySpan<char> text, int at, out ulong latin, out bool mayHoldBreak)
        {
            ref ushort first = ref Unsafe.As<char, ushort>(ref Unsafe.Add(ref MemoryMarshal.GetReference(text), at));
            var c0 = Vector256.LoadUnsafe(ref first);
            var c1 = Vector256.LoadUnsafe(ref first, 16);
            var c2 = Vector256.LoadUnsafe(ref first, 32);
            var c3 = Vector256.LoadUnsafe(ref first, 48);
            mayHoldBreak = (MatchingFold.MayBeBreak(c0) | MatchingFold.MayBeBreak(c1) | MatchingFold.MayBeBreak(c2) | MatchingFold.MayBeBreak(c3)) != Vector256<ushort>.Zero
                || MatchingFold.MayBeBreak(text[at + 64]);
            return DigitBitsOf(c0, c1, c2, c3, out latin);
        }

        /// <summary>The AVX2 path of <see cref="DigitBits"/>, for 64 characters or more from <paramref name="at"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static ulong DigitBitsAvx2(ReadOnlySpan<char> text, int at, out ulong latin)
        {
            ref ushort first = ref Unsafe.As<char, ushort>(ref Unsafe.Add(ref MemoryMarshal.GetReference(text), at));
            return DigitBitsOf(Vector256.LoadUnsafe(ref first), Vector256.LoadUnsafe(ref first, 16), Vector256.LoadUnsafe(ref first, 32), Vector256.LoadUnsafe(ref first, 48), out latin);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static ulong DigitMask(Vector512<ushort> chars)
        {
            var ten = Vector512.Create((ushort)10);
            var digits = Vector512.LessThan(chars - Vector512.Create((ushort)'0'), ten)
                | Vector512.LessThan(chars - Vector512.Create((ushort)0x0660), ten)
                | Vector512.LessThan(chars - Vector512.Create((ushort)0x06F0), ten);
            return digits.ExtractMostSignificantBits();
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static ulong LatinMask(Vector512<ushort> chars) =>
            Vector512.LessThan((chars | Vector512.Create((ushort)0x20)) - Vector512.Create((ushort)'a'), Vector512.Create((ushort)26)).ExtractMostSignificantBits();

        // DigitBits of 64 characters in four vectors.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static ulong DigitBitsOf(Vector256<ushort> c0, Vector256<ushort> c1, Vector256<ushort> c2, Vector256<ushort> c3, out ulong latin)
        {
            latin = Narrow(LatinMask(c0), LatinMask(c1)) | ((ulong)Narrow(LatinMask(c2), LatinMask(c3)) << 32);
            return Narrow(DigitMask(c0), DigitMask(c1)) | ((ulong)Narrow(DigitMask(c2), DigitMask(c3)) << 32);
        }

        // All ones where a character is a digit of one of the three systems.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector256<ushort> DigitMask(Vector256<ushort> chars) =>
            Below(chars - Vector256.Create((ushort)'0'), 10) | Below(chars - Vector256.Create((ushort)0x0660), 10) | Below(chars - Vector256.Create((ushort)0x06F0), 10);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector256<ushort> LatinMask(Vector256<ushort> chars) =>
            Below((chars | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), 26);

        // All ones where a lane is below the bound: AVX2 compares words only as signed, and an unsigned minimum and an
        // equality take two instructions as the sign flips would.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector256<ushort> Below(Vector256<ushort> values, ushort bound) =>
            Vector256.Equals(Avx2.Min(values, Vector256.Create((ushort)(bound - 1))), values);

        // The sign bits of 32 word lanes as 32 bits: the saturating pack interleaves the two vectors' 128-bit lanes, and
        // the permute puts them back in order.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static uint Narrow(Vector256<ushort> low, Vector256<ushort> high) =>
            (uint)Avx2.MoveMask(Avx2.Permute4x64(Avx2.PackSignedSaturate(low.AsInt16(), high.AsInt16()).AsInt64(), 0b11_01_10_00).AsByte());
#endif
    }
}
