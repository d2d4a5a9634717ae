#if NET8_0_OR_GREATER
using System;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace ArabicNews.Text
{
    /// <summary>
    /// A table of 128 UTF-16 words held in four 512-bit registers and looked up 32 lanes at a time (two word permutes and
    /// a select). As a bitmap of 2,048 bits it answers "is character c below U+0800 flagged?" for a whole block.
    /// </summary>
    internal readonly struct VectorWordTable
    {
        /// <summary>The characters a bitmap covers: U+0000–U+07FF (Basic Latin, Latin-1, Arabic: where news text lives).</summary>
        public const int BitmapLimit = 0x0800;

        private readonly Vector512<ushort> _words0;
        private readonly Vector512<ushort> _words1;
        private readonly Vector512<ushort> _words2;
        private readonly Vector512<ushort> _words3;

        /// <summary>The table of <paramref name="words"/>, which holds 128 entries.</summary>
        public VectorWordTable(ushort[] words)
        {
            _words0 = Vector512.Create(new ReadOnlySpan<ushort>(words, 0, 32));
            _words1 = Vector512.Create(new ReadOnlySpan<ushort>(words, 32, 32));
            _words2 = Vector512.Create(new ReadOnlySpan<ushort>(words, 64, 32));
            _words3 = Vector512.Create(new ReadOnlySpan<ushort>(words, 96, 32));
        }

        /// <summary>The bitmap of the characters below <see cref="BitmapLimit"/> that <paramref name="isFlagged"/> accepts.</summary>
        public static VectorWordTable Bitmap(Func<int, bool> isFlagged)
        {
            var bits = new ushort[BitmapLimit / 16];
            for (int c = 0; c < BitmapLimit; c++)
            {
                if (isFlagged(c))
                {
                    bits[c >> 4] |= (ushort)(1 << (c & 15));
                }
            }

            return new VectorWordTable(bits);
        }

        /// <summary>Entry <c>index &amp; 127</c> of the table, in each lane.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector512<ushort> Lookup(Vector512<ushort> index)
        {
            var upper = Vector512.Create((ushort)64);
            return Vector512.ConditionalSelect(
                Vector512.Equals(Vector512.BitwiseAnd(index, upper), upper),
                Avx512BW.PermuteVar32x16x2(_words2, index, _words3),
                Avx512BW.PermuteVar32x16x2(_words0, index, _words1));
        }

        /// <summary>
        /// Each lane all ones when its character is flagged in the bitmap, zero when it is not or is not below
        /// <see cref="BitmapLimit"/>.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector512<ushort> Flagged(Vector512<ushort> characters)
        {
            return Vector512.AndNot(
                HasCharacterBit(Lookup(Vector512.ShiftRightLogical(characters, 4)), characters),
                Vector512.GreaterThanOrEqual(characters, Vector512.Create((ushort)BitmapLimit)));
        }

        /// <summary>
        /// Each lane all ones when its bitmap word (<paramref name="words"/>) has the bit of its character (the character's
        /// low four bits), zero when it does not.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<ushort> HasCharacterBit(Vector512<ushort> words, Vector512<ushort> characters)
        {
            var bit = Vector512.BitwiseAnd(
                Avx512BW.ShiftRightLogicalVariable(words, Vector512.BitwiseAnd(characters, Vector512.Create((ushort)15))),
                Vector512<ushort>.One);
            return Vector512.Equals(bit, Vector512<ushort>.One);
        }
    }
}
#endif
