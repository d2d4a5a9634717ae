#if NET8_0_OR_GREATER
using System;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace ArabicNews.Text
{
    /// <summary>
    /// Which characters the character pass's vector lane handles, as 512 bits in one register, looked up 32 lanes at a
    /// time with one word permute: U+0000–U+00EF (Basic Latin and most of Latin-1) in entries 0–14 and the Arabic block
    /// U+0600–U+06FF in entries 16–31. Entry 15 is empty, and every other character reads it, so that a character
    /// outside both ranges (U+00F0–U+00FF among them) is never flagged: news text rarely holds one, and the scalar pass
    /// writes it the same. The bits are laid out as in <see cref="VectorWordTable.Bitmap"/>: bit c mod 16 of its entry.
    /// </summary>
    internal readonly struct FastCharBitmap
    {
        private const int LowLimit = 0x00F0;
        private const int BlockStart = 0x0600;
        private const int BlockSize = 0x0100;
        private const ushort EmptyEntry = 15;
        private const ushort BlockEntry = 16;

        private readonly Vector512<ushort> _bits;

        /// <summary>The bitmap of the characters of both ranges that <paramref name="isFlagged"/> accepts.</summary>
        public FastCharBitmap(Func<int, bool> isFlagged)
        {
            var bits = new ushort[32];
            for (int c = 0; c < LowLimit; c++)
            {
                if (isFlagged(c))
                {
                    bits[c >> 4] |= (ushort)(1 << (c & 15));
                }
            }

            for (int k = 0; k < BlockSize; k++)
            {
                if (isFlagged(BlockStart + k))
                {
                    bits[BlockEntry + (k >> 4)] |= (ushort)(1 << (k & 15));
                }
            }

            _bits = Vector512.Create(bits);
        }

        /// <summary>Whether <paramref name="c"/> is in one of the two ranges (only those can be flagged).</summary>
        public static bool Covers(int c) => c < LowLimit || (uint)(c - BlockStart) < BlockSize;

        /// <summary>Bit k: the character in lane k is flagged (never when it is outside both ranges).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public uint Flagged(Vector512<ushort> characters)
        {
            var offset = Vector512.Subtract(characters, Vector512.Create((ushort)BlockStart));
            var index = Vector512.ConditionalSelect(
                Vector512.LessThan(offset, Vector512.Create((ushort)BlockSize)),
                Vector512.Add(Vector512.ShiftRightLogical(offset, 4), Vector512.Create(BlockEntry)),
                Vector512.Min(Vector512.ShiftRightLogical(characters, 4), Vector512.Create(EmptyEntry)));
            return (uint)VectorWordTable.HasCharacterBit(Avx512BW.PermuteVar32x16(_bits, index), characters).ExtractMostSignificantBits();
        }
    }
}
#endif
