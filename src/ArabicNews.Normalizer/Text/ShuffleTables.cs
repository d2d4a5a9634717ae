#if NET8_0_OR_GREATER
using System;
using System.Runtime.Intrinsics;

namespace ArabicNews.Text
{
    /// <summary>
    /// Lookup tables for AVX2's byte shuffle (vpshufb), which reads a table of 16 bytes within each 128-bit lane and
    /// indexes it by the low four bits of each index byte: so every table is held in both lanes.
    /// </summary>
    internal static class ShuffleTables
    {
        /// <summary>Entry k: the bit 1 &lt;&lt; (k mod 8), the bit of a bitmap byte that an index's low three bits pick.</summary>
        public static readonly Vector256<byte> BitOf = InBothLanes(new byte[] { 1, 2, 4, 8, 16, 32, 64, 128, 1, 2, 4, 8, 16, 32, 64, 128 });

        /// <summary>The first 16 bytes of <paramref name="table"/>, in both lanes.</summary>
        public static Vector256<byte> InBothLanes(ReadOnlySpan<byte> table)
        {
            var lane = Vector128.Create(table);
            return Vector256.Create(lane, lane);
        }

        /// <summary>Each 16 bytes of <paramref name="tables"/>, in both lanes of its own vector.</summary>
        public static Vector256<byte>[] EachInBothLanes(ReadOnlySpan<byte> tables)
        {
            var vectors = new Vector256<byte>[tables.Length / 16];
            for (int t = 0; t < vectors.Length; t++)
            {
                vectors[t] = InBothLanes(tables.Slice(16 * t, 16));
            }

            return vectors;
        }
    }
}
#endif
