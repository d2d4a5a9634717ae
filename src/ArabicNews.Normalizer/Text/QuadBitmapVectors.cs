#if NET8_0_OR_GREATER
using System;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace ArabicNews.Text
{
    /// <summary>
    /// The two hashed bitmaps of letter quads (<see cref="WordAnchors.AddToBuckets"/>, 2,048 bits each) as eight vectors,
    /// tested 64 positions at a time with AVX-512 VBMI byte permutes. Fields rather than arrays of vectors: a loop over a
    /// block then reads them where they stand, without loading an array and checking its length every 64 positions, and
    /// the fixed hash tables are constants the JIT places with the code.
    /// </summary>
    internal readonly struct QuadBitmapVectors
    {
        // WordAnchors' tabulation tables (ByteHashA, ByteHashB), one 64-byte table per slot of the quad.
        private static readonly Vector512<byte> HashA0 = Table(WordAnchors.ByteHashA, 0);
        private static readonly Vector512<byte> HashA1 = Table(WordAnchors.ByteHashA, 1);
        private static readonly Vector512<byte> HashA2 = Table(WordAnchors.ByteHashA, 2);
        private static readonly Vector512<byte> HashA3 = Table(WordAnchors.ByteHashA, 3);
        private static readonly Vector512<byte> HashB0 = Table(WordAnchors.ByteHashB, 0);
        private static readonly Vector512<byte> HashB1 = Table(WordAnchors.ByteHashB, 1);
        private static readonly Vector512<byte> HashB2 = Table(WordAnchors.ByteHashB, 2);
        private static readonly Vector512<byte> HashB3 = Table(WordAnchors.ByteHashB, 3);

        // Entry x is the bit 1 << (x mod 8): the bucket bit a hash byte selects.
        private static readonly Vector512<byte> BitOf = BuildBitOf();

        private readonly Vector512<byte> _a0;
        private readonly Vector512<byte> _a1;
        private readonly Vector512<byte> _a2;
        private readonly Vector512<byte> _a3;
        private readonly Vector512<byte> _b0;
        private readonly Vector512<byte> _b1;
        private readonly Vector512<byte> _b2;
        private readonly Vector512<byte> _b3;

        /// <summary>The vectors of two bitmaps of <see cref="WordAnchors.BucketBytes"/> bytes each.</summary>
        public QuadBitmapVectors(byte[] bucketsA, byte[] bucketsB)
        {
            _a0 = Table(bucketsA, 0);
            _a1 = Table(bucketsA, 1);
            _a2 = Table(bucketsA, 2);
            _a3 = Table(bucketsA, 3);
            _b0 = Table(bucketsB, 0);
            _b1 = Table(bucketsB, 1);
            _b2 = Table(bucketsB, 2);
            _b3 = Table(bucketsB, 3);
        }

        /// <summary>
        /// Byte k is not zero when the slots at k of <paramref name="s0"/>…<paramref name="s3"/> (their low six bits) are
        /// in both bitmaps. The shuffle unit is what the test waits on, so the two bitmaps are joined by an unsigned
        /// minimum (zero unless both are set) and one compare, not a compare each.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector512<byte> InBoth(Vector512<byte> s0, Vector512<byte> s1, Vector512<byte> s2, Vector512<byte> s3)
        {
            var hashA = Avx512Vbmi.PermuteVar64x8(HashA0, s0) ^ Avx512Vbmi.PermuteVar64x8(HashA1, s1)
                ^ Avx512Vbmi.PermuteVar64x8(HashA2, s2) ^ Avx512Vbmi.PermuteVar64x8(HashA3, s3);
            var hashB = Avx512Vbmi.PermuteVar64x8(HashB0, s0) ^ Avx512Vbmi.PermuteVar64x8(HashB1, s1)
                ^ Avx512Vbmi.PermuteVar64x8(HashB2, s2) ^ Avx512Vbmi.PermuteVar64x8(HashB3, s3);
            return Vector512.Min(InBucket(hashA, hashB, _a0, _a1, _a2, _a3), InBucket(hashB, hashA, _b0, _b1, _b2, _b3));
        }

        /// <summary>Bit k: the slots at k are in both bitmaps (see <see cref="InBoth"/>).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public ulong InBothBits(Vector512<byte> s0, Vector512<byte> s1, Vector512<byte> s2, Vector512<byte> s3) =>
            ~Vector512.Equals(InBoth(s0, s1, s2, s3), Vector512<byte>.Zero).ExtractMostSignificantBits();

        // Byte k: bit (bitIndex mod 8) of byte byteIndex of the bitmap, in place (zero when it is clear).
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector512<byte> InBucket(Vector512<byte> byteIndex, Vector512<byte> bitIndex, Vector512<byte> t0, Vector512<byte> t1, Vector512<byte> t2, Vector512<byte> t3)
        {
            // Each two-table permute reads the low seven bits of the index; the top bit picks one of them, read as a mask
            // straight from the sign bits.
            var bucket = Avx512BW.BlendVariable(Avx512Vbmi.PermuteVar64x8x2(t0, byteIndex, t1), Avx512Vbmi.PermuteVar64x8x2(t2, byteIndex, t3), byteIndex);
            return bucket & Avx512Vbmi.PermuteVar64x8(BitOf, bitIndex);
        }

        // The 64 bytes of table k of 256 bytes.
        private static Vector512<byte> Table(byte[] tables, int k) => Vector512.Create(tables.AsSpan(64 * k, 64));

        private static Vector512<byte> BuildBitOf()
        {
            var bits = new byte[64];
            for (int x = 0; x < 64; x++)
            {
                bits[x] = (byte)(1 << (x & 7));
            }

            return Vector512.Create(bits);
        }
    }
}
#endif
