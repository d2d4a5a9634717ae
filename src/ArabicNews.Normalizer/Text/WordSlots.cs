using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
#if NET8_0_OR_GREATER
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
#endif

namespace ArabicNews.Text
{
    /// <summary>
    /// The word pass's view of a block: one byte per character, its <see cref="MatchingFold.SlotOf"/> (a folded letter
    /// slot, <see cref="MatchingFold.Ignored"/> or <see cref="MatchingFold.NotWord"/>), followed by
    /// <see cref="Padding"/> bytes of <see cref="MatchingFold.NotWord"/> so that a word's first letters and its end can
    /// be read in one 64-byte load. With AVX-512 the slots of 64 characters come from two byte permutes over a table of
    /// the Arabic block; with AVX2 those of 32 from 16-byte shuffles over its rows; with neither, where the caller knows
    /// whether the text holds a break, those of 16 from 128-bit compares (<c>PortableSlotFill</c>, .NET 8+); elsewhere, and
    /// as the test oracle, from <see cref="MatchingFold.SlotOf"/> one by one.
    /// </summary>
    internal static class WordSlots
    {
        /// <summary>
        /// How many bytes of <see cref="MatchingFold.NotWord"/> follow the slots: a 64-byte load from the last character,
        /// and the slots an anchor or a date key reads past it (three and six).
        /// </summary>
        public const int Padding = 64 + 16;

#if NET8_0_OR_GREATER
        // MatchingFold.SlotOf of U+0600–U+06FF; every character outside the block is NotWord.
        private static readonly Vector512<byte> Slots0 = BlockSlots(0x0600);
        private static readonly Vector512<byte> Slots1 = BlockSlots(0x0640);
        private static readonly Vector512<byte> Slots2 = BlockSlots(0x0680);
        private static readonly Vector512<byte> Slots3 = BlockSlots(0x06C0);

        // Byte k of a permute over two vectors of 32 characters: the low (high) byte of character k.
        private static readonly Vector512<byte> LowBytes = EveryOtherByte(0);
        private static readonly Vector512<byte> HighBytes = EveryOtherByte(1);

        private static Vector512<byte> EveryOtherByte(int first)
        {
            var indexes = new byte[64];
            for (int k = 0; k < 64; k++)
            {
                indexes[k] = (byte)((2 * k) + first);
            }

            return Vector512.Create(indexes);
        }

        private static Vector512<byte> BlockSlots(int first)
        {
            var slots = new byte[64];
            for (int k = 0; k < 64; k++)
            {
                slots[k] = MatchingFold.SlotOf((char)(first + k));
            }

            return Vector512.Create(slots);
        }

        // The 16 rows of 16 characters of the Arabic block for AVX2, each in both 128-bit lanes: vpshufb reads its table
        // lane by lane, 16 bytes at a time, so a row is the most one shuffle can look up.
        private static readonly Vector256<byte> Row0 = BlockRow(0x0600);
        private static readonly Vector256<byte> Row1 = BlockRow(0x0610);
        private static readonly Vector256<byte> Row2 = BlockRow(0x0620);
        private static readonly Vector256<byte> Row3 = BlockRow(0x0630);
        private static readonly Vector256<byte> Row4 = BlockRow(0x0640);
        private static readonly Vector256<byte> Row5 = BlockRow(0x0650);
        private static readonly Vector256<byte> Row6 = BlockRow(0x0660);
        private static readonly Vector256<byte> Row7 = BlockRow(0x0670);
        private static readonly Vector256<byte> Row8 = BlockRow(0x0680);
        private static readonly Vector256<byte> Row9 = BlockRow(0x0690);
        private static readonly Vector256<byte> RowA = BlockRow(0x06A0);
        private static readonly Vector256<byte> RowB = BlockRow(0x06B0);
        private static readonly Vector256<byte> RowC = BlockRow(0x06C0);
        private static readonly Vector256<byte> RowD = BlockRow(0x06D0);
        private static readonly Vector256<byte> RowE = BlockRow(0x06E0);
        private static readonly Vector256<byte> RowF = BlockRow(0x06F0);

        private static Vector256<byte> BlockRow(int first)
        {
            var slots = new byte[16];
            for (int k = 0; k < 16; k++)
            {
                slots[k] = MatchingFold.SlotOf((char)(first + k));
            }

            return ShuffleTables.InBothLanes(slots);
        }
#endif

        /// <summary>
        /// Writes the slots of <paramref name="text"/> and the padding; <paramref name="slots"/> is long enough for both.
        /// Returns <see cref="MatchingFold.MayHoldInvisibleBreak"/> of the text, found while its characters are loaded, or
        /// false without looking when <paramref name="testBreaks"/> is false.
        /// </summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        public static bool Fill(ReadOnlySpan<char> text, Span<byte> slots, bool testBreaks = true)
        {
            int i = 0;
            bool mayHoldBreak = false;
#if NET8_0_OR_GREATER
            if (Avx512Vbmi.IsSupported)
            {
                i = testBreaks ? FillVector(text, slots, out mayHoldBreak) : FillVectorWithoutBreaks(text, slots);
            }
            else if (Avx2.IsSupported)
            {
                i = testBreaks ? FillAvx2(text, slots, out mayHoldBreak) : FillAvx2WithoutBreaks(text, slots);
            }
            else if (!testBreaks && PortableSlotFill.IsAvailable)
            {
                i = PortableSlotFill.Fill(text, slots);
            }
#endif
            if (testBreaks)
            {
                mayHoldBreak |= FillScalar(text.Slice(i), slots.Slice(i));
            }
            else
            {
                FillScalarWithoutBreaks(text.Slice(i), slots.Slice(i));
            }

            slots.Slice(text.Length, Padding).Fill(MatchingFold.NotWord);
            return mayHoldBreak;
        }

        /// <summary>The slots one by one (the reference for the vector path), and whether the text may hold an invisible break.</summary>
        internal static bool FillScalar(ReadOnlySpan<char> text, Span<byte> slots)
        {
            bool mayHoldBreak = false;
            for (int k = 0; k < text.Length; k++)
            {
                char c = text[k];
                slots[k] = MatchingFold.SlotOf(c);
                mayHoldBreak |= MatchingFold.MayBeBreak(c);
            }

            return mayHoldBreak;
        }

        // FillScalar for a caller that knows whether the text holds a break (the word pass after the character pass): on
        // machines without AVX2 the test took about half of the slots' time. PortableSlotFill's blocks that it cannot
        // compute come here too.
        internal static void FillScalarWithoutBreaks(ReadOnlySpan<char> text, Span<byte> slots)
        {
            if (slots.Length < text.Length)
            {
                throw new ArgumentException("The slots are shorter than the text.", nameof(slots));
            }

            ref byte table = ref MatchingFold.SlotTable[0]; // 65,536 entries: any char indexes it
            ref byte target = ref MemoryMarshal.GetReference(slots);
            for (int k = 0; k < text.Length; k++)
            {
                Unsafe.Add(ref target, k) = Unsafe.Add(ref table, text[k]);
            }
        }

#if NET8_0_OR_GREATER
        /// <summary>
        /// Fills the slots of whole blocks of 64 characters and returns how many characters it did;
        /// <paramref name="mayHoldBreak"/> is <see cref="MatchingFold.MayHoldInvisibleBreak"/> of those characters.
        /// </summary>
        internal static int FillVector(ReadOnlySpan<char> text, Span<byte> slots, out bool mayHoldBreak) =>
            FillVector(text, slots, testBreaks: true, out mayHoldBreak);

        // The break test takes almost half the time of a block of slots: a caller that knows the answer leaves it out.
        private static int FillVectorWithoutBreaks(ReadOnlySpan<char> text, Span<byte> slots) =>
            FillVector(text, slots, testBreaks: false, out _);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static int FillVector(ReadOnlySpan<char> text, Span<byte> slots, bool testBreaks, out bool mayHoldBreak)
        {
            var breaks = Vector512<ushort>.Zero;
            ref ushort source = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            ref byte target = ref MemoryMarshal.GetReference(slots);
            var arabicBlock = Vector512.Create((byte)0x06);
            var notWord = Vector512.Create(MatchingFold.NotWord);
            var lowBytes = LowBytes;
            var highBytes = HighBytes;
            var slots0 = Slots0;
            var slots1 = Slots1;
            var slots2 = Slots2;
            var slots3 = Slots3;
            int i = 0;
            for (; i <= text.Length - 64; i += 64)
            {
                var first = Vector512.LoadUnsafe(ref source, (nuint)i);
                var second = Vector512.LoadUnsafe(ref source, (nuint)(i + 32));
                if (testBreaks)
                {
                    breaks |= MatchingFold.MayBeBreak(first) | MatchingFold.MayBeBreak(second);
                }

                // The 64 characters split into their low and high bytes, one permute each (narrowing the words would take
                // five shuffles): the low byte is the offset in the Arabic block, the high byte says whether it is in it.
                var low = Avx512Vbmi.PermuteVar64x8x2(first.AsByte(), lowBytes, second.AsByte());
                var high = Avx512Vbmi.PermuteVar64x8x2(first.AsByte(), highBytes, second.AsByte());

                // Each permute reads the low seven bits of the offset: one covers U+0600–U+067F, the other U+0680–U+06FF; the
                // top bit picks one of them, read as a mask straight from the sign bits.
                var inBlock = Avx512BW.BlendVariable(
                    Avx512Vbmi.PermuteVar64x8x2(slots0, low, slots1),
                    Avx512Vbmi.PermuteVar64x8x2(slots2, low, slots3),
                    low);
                Vector512.ConditionalSelect(Vector512.Equals(high, arabicBlock), inBlock, notWord).StoreUnsafe(ref target, (nuint)i);
            }

            mayHoldBreak = breaks != Vector512<ushort>.Zero;
            return i;
        }

        /// <summary>
        /// <see cref="FillVector(ReadOnlySpan{char}, Span{byte}, out bool)"/> for AVX2, which has no byte permute over
        /// 64-byte tables: fills the slots of whole blocks of 32 characters and returns how many characters it did.
        /// </summary>
        internal static int FillAvx2(ReadOnlySpan<char> text, Span<byte> slots, out bool mayHoldBreak) =>
            FillAvx2(text, slots, testBreaks: true, out mayHoldBreak);

        // The break test costs about half as much again as a block of slots.
        private static int FillAvx2WithoutBreaks(ReadOnlySpan<char> text, Span<byte> slots) =>
            FillAvx2(text, slots, testBreaks: false, out _);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static int FillAvx2(ReadOnlySpan<char> text, Span<byte> slots, bool testBreaks, out bool mayHoldBreak)
        {
            var breaks = Vector256<ushort>.Zero;
            ref ushort source = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            ref byte target = ref MemoryMarshal.GetReference(slots);
            var lowByte = Vector256.Create((ushort)0x00FF);
            var arabicBlock = Vector256.Create((byte)0x06);
            var notWord = Vector256.Create(MatchingFold.NotWord);
            int i = 0;
            for (; i <= text.Length - 32; i += 32)
            {
                var first = Vector256.LoadUnsafe(ref source, (nuint)i);
                var second = Vector256.LoadUnsafe(ref source, (nuint)(i + 16));
                if (testBreaks)
                {
                    breaks |= MatchingFold.MayBeBreak(first) | MatchingFold.MayBeBreak(second);
                }

                // The low byte of a character is its offset in the Arabic block, the high byte says whether it is in it.
                // Packing works within 128-bit lanes, so both come out as characters 0–7, 16–23, 8–15, 24–31: the slots
                // keep that order until one cross-lane permute puts them back before the store.
                var offset = Avx2.PackUnsignedSaturate((first & lowByte).AsInt16(), (second & lowByte).AsInt16());
                var high = Avx2.PackUnsignedSaturate(Avx2.ShiftRightLogical(first, 8).AsInt16(), Avx2.ShiftRightLogical(second, 8).AsInt16());
                var inBlock = Vector256.Equals(high, arabicBlock);

                // Arabic news text under the Search preset has its letters, tatweel and harakat in U+0620–U+065F and
                // hardly anything else of the block (its digits and punctuation are written in ASCII): four rows are
                // enough then. U+0680–U+06FF (Persian and Urdu letters, Quranic marks) is rare in any Arabic news: without
                // it the lower eight rows are.
                var inRows2To5 = Vector256.Equals((offset - Vector256.Create((byte)0x20)) & Vector256.Create((byte)0xC0), Vector256<byte>.Zero);
                var inRows = Vector256.AndNot(inBlock, inRows2To5).ExtractMostSignificantBits() == 0
                    ? FourRowSlots(offset, Row2, Row3, Row4, Row5, Avx2.ShiftLeftLogical(offset.AsUInt16(), 1).AsByte())
                    : (offset & inBlock).ExtractMostSignificantBits() == 0
                    ? EightRowSlots(offset, Row0, Row1, Row2, Row3, Row4, Row5, Row6, Row7)
                    : EightRowSlots(offset, Row0, Row1, Row2, Row3, Row4, Row5, Row6, Row7)
                        | EightRowSlots(offset ^ Vector256.Create((byte)0x80), Row8, Row9, RowA, RowB, RowC, RowD, RowE, RowF);
                var inOrder = Avx2.Permute4x64(Avx2.BlendVariable(notWord, inRows, inBlock).AsUInt64(), 0b11_01_10_00);
                inOrder.AsByte().StoreUnsafe(ref target, (nuint)i);
            }

            mayHoldBreak = breaks != Vector256<ushort>.Zero;
            return i;
        }

        /// <summary>
        /// The slot of each offset from eight row tables (the rows of bits 4–6), or zero where the top bit of the offset
        /// is set (vpshufb's rule), so that the lower and the upper half of the block, the upper read with that bit
        /// flipped, combine with an or.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector256<byte> EightRowSlots(
            Vector256<byte> offset,
            Vector256<byte> row0,
            Vector256<byte> row1,
            Vector256<byte> row2,
            Vector256<byte> row3,
            Vector256<byte> row4,
            Vector256<byte> row5,
            Vector256<byte> row6,
            Vector256<byte> row7)
        {
            var bit5 = Avx2.ShiftLeftLogical(offset.AsUInt16(), 2).AsByte();
            return Avx2.BlendVariable(
                FourRowSlots(offset, row0, row1, row2, row3, bit5),
                FourRowSlots(offset, row4, row5, row6, row7, bit5),
                Avx2.ShiftLeftLogical(offset.AsUInt16(), 1).AsByte());
        }

        /// <summary>
        /// The slot of each offset from four row tables: bit 4 of the offset picks within a pair, the top bit of
        /// <paramref name="pairBit"/> between the pairs. With bit 6 there, rows 2 to 5 of the block (U+0620–U+065F).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector256<byte> FourRowSlots(Vector256<byte> offset, Vector256<byte> row0, Vector256<byte> row1, Vector256<byte> row2, Vector256<byte> row3, Vector256<byte> pairBit)
        {
            // A blend reads the top bit of each byte, so the row bits are shifted up to it; a word shift will do, as the bit
            // that reaches a byte's top is still its own.
            var bit4 = Avx2.ShiftLeftLogical(offset.AsUInt16(), 3).AsByte();
            return Avx2.BlendVariable(
                Avx2.BlendVariable(Avx2.Shuffle(row0, offset), Avx2.Shuffle(row1, offset), bit4),
                Avx2.BlendVariable(Avx2.Shuffle(row2, offset), Avx2.Shuffle(row3, offset), bit4),
                pairBit);
        }
#endif

        /// <summary>
        /// Bit k is set when the slot at <paramref name="at"/> + k is part of a word (not <see cref="MatchingFold.NotWord"/>);
        /// <paramref name="ignored"/> gets the same for <see cref="MatchingFold.Ignored"/>. Reads 64 slots, so
        /// <paramref name="at"/> may be at most the filled length (the padding covers the rest).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static ulong WordBits(ReadOnlySpan<byte> slots, int at, out ulong ignored)
        {
#if NET8_0_OR_GREATER
            ref byte first = ref Unsafe.Add(ref MemoryMarshal.GetReference(slots), at);
            ignored = Mask(ref first, MatchingFold.Ignored);
            return ~Mask(ref first, MatchingFold.NotWord);
#else
            return WordBitsScalar(slots, at, out ignored);
#endif
        }

        /// <summary>
        /// Whether the <paramref name="length"/> slots from <paramref name="at"/> hold an <see cref="MatchingFold.Ignored"/>
        /// one; with AVX-512 one 64-byte compare (two 32-byte ones with AVX2; the padding covers a word at the end), for
        /// words of up to 64 letters.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool HasIgnored(ReadOnlySpan<byte> slots, int at, int length)
        {
#if NET8_0_OR_GREATER
            if ((Avx512BW.IsSupported || Avx2.IsSupported) && length <= 64)
            {
                return (Mask(ref Unsafe.Add(ref MemoryMarshal.GetReference(slots), at), MatchingFold.Ignored) & FirstBits(length)) != 0;
            }
#endif
            return slots.Slice(at, length).IndexOf(MatchingFold.Ignored) >= 0;
        }

#if NET8_0_OR_GREATER
        // The bits of the first count of 64 positions (count 0 to 64).
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static ulong FirstBits(int count) => count == 64 ? ulong.MaxValue : (1UL << count) - 1;
#endif

        /// <summary>The index of the lowest set bit of a non-zero mask.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int TrailingZeroCount(ulong mask)
        {
#if NET8_0_OR_GREATER
            return System.Numerics.BitOperations.TrailingZeroCount(mask);
#else
            int count = 0;
            while ((mask & 1) == 0)
            {
                mask >>= 1;
                count++;
            }

            return count;
#endif
        }

        /// <summary>The end of the word that holds <paramref name="position"/> (the padding ends the last word).</summary>
        public static int WordEnd(ReadOnlySpan<byte> slots, int position)
        {
#if NET8_0_OR_GREATER
            // The end within the next 64 slots in one compare, two with AVX2 (the padding holds one for the last word).
            if (Avx512BW.IsSupported || Avx2.IsSupported)
            {
                ulong ends = Mask(ref Unsafe.Add(ref MemoryMarshal.GetReference(slots), position + 1), MatchingFold.NotWord);
                if (ends != 0)
                {
                    return position + 1 + TrailingZeroCount(ends);
                }
            }
#endif
            int end = position + 1;
            while (slots[end] != MatchingFold.NotWord)
            {
                end++;
            }

            return end;
        }

        /// <summary>The number of zero bits above the highest set bit (64 for zero).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int LeadingZeroCount(ulong mask)
        {
#if NET8_0_OR_GREATER
            return System.Numerics.BitOperations.LeadingZeroCount(mask);
#else
            int count = 64;
            while (mask != 0)
            {
                mask >>= 1;
                count--;
            }

            return count;
#endif
        }

        /// <summary>The same bits one slot at a time (the reference for the vector path).</summary>
        internal static ulong WordBitsScalar(ReadOnlySpan<byte> slots, int at, out ulong ignored)
        {
            ulong words = 0;
            ignored = 0;
            for (int k = 0; k < 64; k++)
            {
                byte slot = slots[at + k];
                words |= (ulong)(slot != MatchingFold.NotWord ? 1 : 0) << k;
                ignored |= (ulong)(slot == MatchingFold.Ignored ? 1 : 0) << k;
            }

            return words;
        }

#if NET8_0_OR_GREATER
        /// <summary>Bit k: the byte at k (of the 64 from <paramref name="at"/>) is <paramref name="value"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static ulong Mask(ref byte at, byte value)
        {
            if (Avx512BW.IsSupported)
            {
                return Vector512.Equals(Vector512.LoadUnsafe(ref at), Vector512.Create(value)).ExtractMostSignificantBits();
            }

            if (Vector256.IsHardwareAccelerated)
            {
                var wanted = Vector256.Create(value);
                ulong low = Vector256.Equals(Vector256.LoadUnsafe(ref at), wanted).ExtractMostSignificantBits();
                ulong high = Vector256.Equals(Vector256.LoadUnsafe(ref at, 32), wanted).ExtractMostSignificantBits();
                return low | (high << 32);
            }

            var value128 = Vector128.Create(value);
            ulong mask = 0;
            for (int k = 0; k < 4; k++)
            {
                mask |= (ulong)Vector128.Equals(Vector128.LoadUnsafe(ref at, (nuint)(16 * k)), value128).ExtractMostSignificantBits() << (16 * k);
            }

            return mask;
        }
#endif
    }
}
