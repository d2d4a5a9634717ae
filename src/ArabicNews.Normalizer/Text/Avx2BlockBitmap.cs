#if NET8_0_OR_GREATER
using System;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace ArabicNews.Text
{
    /// <summary>
    /// A set of characters of U+0000–U+00FF and of the Arabic block U+0600–U+06FF, where news text lives, tested 32 at a
    /// time with AVX2, which has no word permute: the characters are split into low and high bytes, the high byte says
    /// which of the two blocks (if any), and byte shuffles read the low byte's bit from a 256-bit bitmap of each block.
    /// </summary>
    internal readonly struct Avx2BlockBitmap
    {
        // Each bitmap in two halves of 16 bytes (U+xx00–U+xx7F, U+xx80–U+xxFF), in both 128-bit lanes, because a byte
        // shuffle reads a 16-byte table within each lane.
        private readonly Vector256<byte> _latinLow;
        private readonly Vector256<byte> _latinHigh;
        private readonly Vector256<byte> _arabicLow;
        private readonly Vector256<byte> _arabicHigh;

        /// <summary>The characters of the two blocks that <paramref name="isInSet"/> accepts.</summary>
        public Avx2BlockBitmap(Func<int, bool> isInSet)
        {
            (_latinLow, _latinHigh) = Halves(isInSet, 0x0000);
            (_arabicLow, _arabicHigh) = Halves(isInSet, 0x0600);
        }

        private static (Vector256<byte> Low, Vector256<byte> High) Halves(Func<int, bool> isInSet, int blockStart)
        {
            var bits = new byte[32];
            for (int k = 0; k < 256; k++)
            {
                if (isInSet(blockStart + k))
                {
                    bits[k >> 3] |= (byte)(1 << (k & 7));
                }
            }

            return (ShuffleTables.InBothLanes(bits.AsSpan(0, 16)), ShuffleTables.InBothLanes(bits.AsSpan(16, 16)));
        }

        /// <summary>
        /// Bit k: character k of the 32 in <paramref name="first"/> and <paramref name="second"/> is in the set.
        /// <paramref name="outside"/> gets the characters in neither block, <paramref name="spaces"/> and
        /// <paramref name="lineFeeds"/> the spaces and line feeds.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public uint InSet(Vector256<ushort> first, Vector256<ushort> second, out uint outside, out uint spaces, out uint lineFeeds)
        {
            Split(first, second, out var low, out var high);
            return InSet(low, high, out outside, out spaces, out lineFeeds);
        }

        /// <summary>
        /// The low and the high bytes of the 32 characters in <paramref name="first"/> and <paramref name="second"/>, in
        /// order (the packs work within 128-bit lanes; the permutes put the four quarters back in place).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Split(Vector256<ushort> first, Vector256<ushort> second, out Vector256<byte> low, out Vector256<byte> high)
        {
            var lowByte = Vector256.Create((ushort)0x00FF);
            low = Avx2.Permute4x64(
                Avx2.PackUnsignedSaturate((first & lowByte).AsInt16(), (second & lowByte).AsInt16()).AsUInt64(), 0b11_01_10_00).AsByte();
            high = Avx2.Permute4x64(
                Avx2.PackUnsignedSaturate(Vector256.ShiftRightLogical(first, 8).AsInt16(), Vector256.ShiftRightLogical(second, 8).AsInt16()).AsUInt64(), 0b11_01_10_00).AsByte();
        }

        /// <summary><see cref="InSet(Vector256{ushort}, Vector256{ushort}, out uint, out uint, out uint)"/> of characters already <see cref="Split"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public uint InSet(Vector256<byte> low, Vector256<byte> high, out uint outside, out uint spaces, out uint lineFeeds)
        {
            // The bitmap byte is the low byte's top five bits: a shuffle reads the low four, and the top bit picks the half.
            var byteIndex = Vector256.ShiftRightLogical(low.AsUInt16(), 3).AsByte() & Vector256.Create((byte)0x1F);
            var latin = Avx2.BlendVariable(Avx2.Shuffle(_latinLow, byteIndex), Avx2.Shuffle(_latinHigh, byteIndex), low);
            var arabic = Avx2.BlendVariable(Avx2.Shuffle(_arabicLow, byteIndex), Avx2.Shuffle(_arabicHigh, byteIndex), low);
            var isLatin = Vector256.Equals(high, Vector256<byte>.Zero);
            var isArabic = Vector256.Equals(high, Vector256.Create((byte)0x06));
            var bits = Avx2.BlendVariable(arabic & isArabic, latin, isLatin);
            var bit = Avx2.Shuffle(ShuffleTables.BitOf, low & Vector256.Create((byte)7));
            outside = ~(isLatin | isArabic).ExtractMostSignificantBits();
            spaces = (Vector256.Equals(low, Vector256.Create((byte)' ')) & isLatin).ExtractMostSignificantBits();
            lineFeeds = (Vector256.Equals(low, Vector256.Create((byte)'\n')) & isLatin).ExtractMostSignificantBits();
            return ~Vector256.Equals(bits & bit, Vector256<byte>.Zero).ExtractMostSignificantBits();
        }
    }
}
#endif
