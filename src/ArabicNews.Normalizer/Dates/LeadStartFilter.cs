using System;
using System.Collections.Generic;
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
    /// The places where a lexicon word that can begin an expression (<see cref="DateLexicon.LeadingNeedles"/>) may begin,
    /// 64 at a time: a word's start, or the letter after a proclitic (و ب ل ف) that starts a word, where the word's key
    /// is in a hashed set of the needles' keys. The key is four letters: the first four, or for a word that begins with
    /// ال the four after it (العام and العالم differ only there), cut at the word's end so that a short needle stands
    /// for itself alone (أي is not أيضا). A lexicon match holds its first word letter for letter, so its key is the
    /// needle's key; words with a mark, a digit or an invisible control are found by those instead.
    /// </summary>
    /// <remarks>
    /// The set has two layouts, each a superset of the needles' keys with a scalar twin that is its test oracle. With
    /// AVX-512 VBMI (and without vectors), the word anchors' pair of permute bitmaps
    /// (<see cref="WordAnchors.InBuckets(byte[], byte[], byte, byte, byte, byte)"/>, 2,048 bits each, read 64 positions
    /// at once by byte permutes over 256 bytes). AVX2's byte shuffle reads a table of 16 bytes, so that reading 256 would
    /// take 16 shuffles and 15 blends a probe; there two small shuffle bitmaps of 512 bits, behind a tabulation hash over
    /// the key's eight nibbles (one shuffle of a 16-byte table per nibble), turn away most positions 32 at a time, and the
    /// few that they pass where a word may begin (about one word start in nine) are probed one by one in a scalar bitmap
    /// of 4,096 bits behind a multiplicative hash.
    /// </remarks>
    internal sealed class LeadStartFilter
    {
        /// <summary>How far past a position its key may read: ال and four letters.</summary>
        public const int Reach = 6;

        // A slot above this is no letter (NotWord, Ignored, or 63 for the other word characters); it ends the key.
        private const byte LastLetterSlot = 62;

        // The bytes of each shuffle bitmap: four shuffle tables of 16.
        private const int ShuffleBucketBytes = 64;

        // The scalar bitmap of the AVX2 layout: 4,096 bits, two probes of 12 bits each, each the top of the key (its four
        // slots as the bytes of a word) times an odd constant. About one key in 250 that is no needle's passes it.
        private const int ProbeBits = 12;
        private const uint ProbeMultiplierA = 0x9E3779B1u;
        private const uint ProbeMultiplierB = 0x85EBCA77u;

        // The slots of ال as the low two bytes of a little-endian word.
        private const ushort ArticleSlots = (DateLexicon.LamSlot << 8) | DateLexicon.AlefSlot;

        // The tabulation tables of the shuffle bitmaps' two hashes: table j (of 16 bytes) is read with nibble j of the
        // key, the low then the high nibble of each of its four slots read as six bits. Fixed, so that the bitmaps and
        // the vector path agree; any random bytes do.
        private static readonly byte[] NibbleHashU = WordAnchors.RandomBytes(0x9E3779B9u, 8 * 16);
        private static readonly byte[] NibbleHashV = WordAnchors.RandomBytes(0x85EBCA6Bu, 8 * 16);

        private readonly byte[] _bucketsA = new byte[WordAnchors.BucketBytes];
        private readonly byte[] _bucketsB = new byte[WordAnchors.BucketBytes];
        private readonly byte[] _shuffleBucketsU = new byte[ShuffleBucketBytes];
        private readonly byte[] _shuffleBucketsV = new byte[ShuffleBucketBytes];
        private readonly ulong[] _probeBits = new ulong[(1 << ProbeBits) / 64];
#if NET8_0_OR_GREATER
        private readonly QuadBitmapVectors _vectors;
        private readonly Vector256<byte>[] _shuffleVectorsU;
        private readonly Vector256<byte>[] _shuffleVectorsV;
        private static readonly Vector256<byte>[] NibbleHashUVectors = ShuffleTables.EachInBothLanes(PairHighBits(NibbleHashU));
        private static readonly Vector256<byte>[] NibbleHashVVectors = ShuffleTables.EachInBothLanes(PairHighBits(NibbleHashV));
#endif

        /// <summary>The filter of <paramref name="needles"/> (folded words of Arabic letters).</summary>
        public LeadStartFilter(IEnumerable<string> needles)
        {
            foreach (string needle in needles)
            {
                var slots = new byte[needle.Length + Reach];
                for (int k = 0; k < slots.Length; k++)
                {
                    slots[k] = k < needle.Length ? MatchingFold.SlotOf(needle[k]) : MatchingFold.NotWord;
                }

                var (a, b, c, d) = KeyAt(slots, 0);
                WordAnchors.AddToBuckets(_bucketsA, _bucketsB, (byte)(a & 63), (byte)(b & 63), (byte)(c & 63), (byte)(d & 63));
                var (u, v) = NibbleHashes(a, b, c, d);
                _shuffleBucketsU[u & (ShuffleBucketBytes - 1)] |= (byte)(1 << (v & 7));
                _shuffleBucketsV[v & (ShuffleBucketBytes - 1)] |= (byte)(1 << (u >> 5));
                uint key = PackedKey(a, b, c, d);
                SetProbe(Probe(key, ProbeMultiplierA));
                SetProbe(Probe(key, ProbeMultiplierB));
            }

#if NET8_0_OR_GREATER
            _vectors = new QuadBitmapVectors(_bucketsA, _bucketsB);
            _shuffleVectorsU = ShuffleTables.EachInBothLanes(_shuffleBucketsU);
            _shuffleVectorsV = ShuffleTables.EachInBothLanes(_shuffleBucketsV);
#endif
        }

        /// <summary>The filter of the date lexicon's leading words.</summary>
        public static LeadStartFilter Default { get; } = new LeadStartFilter(DateLexicon.LeadingNeedles());

        /// <summary>Whether <see cref="Candidates"/> reads the AVX2 layout here (AVX2 without AVX-512 VBMI).</summary>
        internal static bool UsesAvx2Layout
        {
            get
            {
#if NET8_0_OR_GREATER
                return !Avx512Vbmi.IsSupported && Avx2.IsSupported;
#else
                return false;
#endif
            }
        }

        /// <summary>
        /// Whether the key of the slots at <paramref name="position"/> is in the set of the layout that
        /// <see cref="Candidates"/> reads here, wherever it stands.
        /// </summary>
        internal bool HasKeyAt(ReadOnlySpan<byte> slots, int position) => HasKeyAt(slots, position, UsesAvx2Layout);

        /// <summary>Whether the key at <paramref name="position"/> is in the set of the AVX2 layout, or else of the permute one.</summary>
        internal bool HasKeyAt(ReadOnlySpan<byte> slots, int position, bool avx2Layout)
        {
            var (a, b, c, d) = KeyAt(slots, position);
            if (!avx2Layout)
            {
                return WordAnchors.InBuckets(_bucketsA, _bucketsB, (byte)(a & 63), (byte)(b & 63), (byte)(c & 63), (byte)(d & 63));
            }

            var (u, v) = NibbleHashes(a, b, c, d);
            return (_shuffleBucketsU[u & (ShuffleBucketBytes - 1)] & (1 << (v & 7))) != 0
                && (_shuffleBucketsV[v & (ShuffleBucketBytes - 1)] & (1 << (u >> 5))) != 0
                && InProbeBits(PackedKey(a, b, c, d));
        }

        // The two hash bytes of the shuffle bitmaps: U picks the byte of its bitmap with its low six bits and, with its top
        // three, the bit of V's; V picks its byte and, with its low three, the bit of U's.
        private static (int U, int V) NibbleHashes(byte a, byte b, byte c, byte d) =>
            (NibbleHash(NibbleHashU, a, b, c, d), NibbleHash(NibbleHashV, a, b, c, d));

        private static int NibbleHash(byte[] tables, byte a, byte b, byte c, byte d) =>
            tables[a & 15] ^ tables[16 + ((a >> 4) & 3)] ^ tables[32 + (b & 15)] ^ tables[48 + ((b >> 4) & 3)]
            ^ tables[64 + (c & 15)] ^ tables[80 + ((c >> 4) & 3)] ^ tables[96 + (d & 15)] ^ tables[112 + ((d >> 4) & 3)];

        // The key's four slots, six bits each, as the bytes of a little-endian word (as eight slots read at once give them).
        private static uint PackedKey(byte a, byte b, byte c, byte d) =>
            (uint)(a & 63) | ((uint)(b & 63) << 8) | ((uint)(c & 63) << 16) | ((uint)(d & 63) << 24);

        private static int Probe(uint key, uint multiplier) => (int)((key * multiplier) >> (32 - ProbeBits));

        private void SetProbe(int probe) => _probeBits[probe >> 6] |= 1UL << probe;

        // Both probes in one expression, so that the test waits on no branch.
        private bool InProbeBits(uint key)
        {
            int a = Probe(key, ProbeMultiplierA);
            int b = Probe(key, ProbeMultiplierB);
            return ((_probeBits[a >> 6] >> a) & (_probeBits[b >> 6] >> b) & 1) != 0;
        }

        /// <summary>
        /// Bit k: a needle may begin at <paramref name="at"/> + k. <paramref name="starts"/> has the bits of the positions
        /// that start a word; <paramref name="procliticBefore"/> says that the position before <paramref name="at"/>
        /// starts a word with a proclitic. Reads 64 + <see cref="Reach"/> slots from <paramref name="at"/>.
        /// </summary>
        public ulong Candidates(ReadOnlySpan<byte> slots, int at, ulong starts, bool procliticBefore)
        {
#if NET8_0_OR_GREATER
            if (Avx512Vbmi.IsSupported)
            {
                return CandidatesVector(slots, at, starts, procliticBefore);
            }

            if (Avx2.IsSupported)
            {
                return CandidatesAvx2(slots, at, starts, procliticBefore);
            }
#endif
            return CandidatesScalar(slots, at, starts, procliticBefore);
        }

        /// <summary>The same bits one position at a time, with the layout that <see cref="Candidates"/> reads here.</summary>
        internal ulong CandidatesScalar(ReadOnlySpan<byte> slots, int at, ulong starts, bool procliticBefore) =>
            CandidatesScalar(slots, at, starts, procliticBefore, UsesAvx2Layout);

        /// <summary>
        /// The same bits one position at a time with the AVX2 layout (the reference for the AVX2 path), or else the permute
        /// one (for the AVX-512 path).
        /// </summary>
        internal ulong CandidatesScalar(ReadOnlySpan<byte> slots, int at, ulong starts, bool procliticBefore, bool avx2Layout)
        {
            ulong bits = 0;
            for (int k = 0; k < 64; k++)
            {
                bool begins = ((starts >> k) & 1) != 0
                    || (k == 0 ? procliticBefore : ((starts >> (k - 1)) & 1) != 0 && DateLexicon.IsProcliticSlot(slots[at + k - 1]));
                if (begins && HasKeyAt(slots, at + k, avx2Layout))
                {
                    bits |= 1UL << k;
                }
            }

            return bits;
        }

        // The key at a position: four slots from it, or from two after it when it holds ال; from the first slot that is
        // no letter on, NotWord.
        private static (byte A, byte B, byte C, byte D) KeyAt(ReadOnlySpan<byte> slots, int position)
        {
            int from = slots[position] == DateLexicon.AlefSlot && slots[position + 1] == DateLexicon.LamSlot ? position + 2 : position;
            byte a = slots[from];
            byte b = a > LastLetterSlot ? MatchingFold.NotWord : slots[from + 1];
            byte c = b > LastLetterSlot ? MatchingFold.NotWord : slots[from + 2];
            byte d = c > LastLetterSlot ? MatchingFold.NotWord : slots[from + 3];
            return (Cut(a), Cut(b), Cut(c), Cut(d));
        }

        private static byte Cut(byte slot) => slot > LastLetterSlot ? MatchingFold.NotWord : slot;

#if NET8_0_OR_GREATER
        /// <summary>The AVX-512 VBMI path: the permute bitmaps, 64 positions at once.</summary>
        internal ulong CandidatesVector(ReadOnlySpan<byte> slots, int at, ulong starts, bool procliticBefore)
        {
            ref byte first = ref Unsafe.Add(ref MemoryMarshal.GetReference(slots), at);
            var s0 = Vector512.LoadUnsafe(ref first);
            var s1 = Vector512.LoadUnsafe(ref first, 1);
            var s2 = Vector512.LoadUnsafe(ref first, 2);
            var s3 = Vector512.LoadUnsafe(ref first, 3);
            var s4 = Vector512.LoadUnsafe(ref first, 4);
            var s5 = Vector512.LoadUnsafe(ref first, 5);

            var article = Vector512.Equals(s0, Vector512.Create(DateLexicon.AlefSlot)) & Vector512.Equals(s1, Vector512.Create(DateLexicon.LamSlot));
            var k0 = Vector512.ConditionalSelect(article, s2, s0);
            var k1 = Vector512.ConditionalSelect(article, s3, s1);
            var k2 = Vector512.ConditionalSelect(article, s4, s2);
            var k3 = Vector512.ConditionalSelect(article, s5, s3);

            // From the first slot that is no letter on, all ones: NotWord, whose low six bits the hash reads as 63.
            var last = Vector512.Create(LastLetterSlot);
            var cut = Vector512.GreaterThan(k0, last);
            cut |= Vector512.GreaterThan(k1, last);
            k1 |= cut;
            cut |= Vector512.GreaterThan(k2, last);
            k2 |= cut;
            cut |= Vector512.GreaterThan(k3, last);
            k3 |= cut;
            k0 |= Vector512.GreaterThan(k0, last);

            ulong hits = _vectors.InBothBits(k0, k1, k2, k3);
            // DateLexicon.IsProcliticSlot, 64 slots at a time.
            var proclitic = Vector512.Equals(s0, Vector512.Create(DateLexicon.WawSlot))
                | Vector512.Equals(s0, Vector512.Create(DateLexicon.BehSlot))
                | Vector512.Equals(s0, Vector512.Create(DateLexicon.LamSlot))
                | Vector512.Equals(s0, Vector512.Create(DateLexicon.FehSlot));
            ulong begins = starts | ((starts & proclitic.ExtractMostSignificantBits()) << 1) | (procliticBefore ? 1UL : 0);
            return hits & begins;
        }

        /// <summary>
        /// The AVX2 path: the shuffle bitmaps 32 positions at a time, then the probe bits at each position they pass where a
        /// word may begin.
        /// </summary>
        internal ulong CandidatesAvx2(ReadOnlySpan<byte> slots, int at, ulong starts, bool procliticBefore)
        {
            ref byte first = ref Unsafe.Add(ref MemoryMarshal.GetReference(slots), at);
            ulong hits = InShuffleBucketsAvx2(ref first) | ((ulong)InShuffleBucketsAvx2(ref Unsafe.Add(ref first, 32)) << 32);
            ulong proclitics = ProcliticsAvx2(ref first) | ((ulong)ProcliticsAvx2(ref Unsafe.Add(ref first, 32)) << 32);
            ulong passed = hits & (starts | ((starts & proclitics) << 1) | (procliticBefore ? 1UL : 0));
            ulong bits = 0;
            while (passed != 0)
            {
                int k = WordSlots.TrailingZeroCount(passed);
                passed &= passed - 1;
                bits |= (InProbeBits(PackedKeyAt(ref Unsafe.Add(ref first, k))) ? 1UL : 0) << k;
            }

            return bits;
        }

        // KeyAt as PackedKey without a branch, from eight slots read at once: a quarter of the words begin with ال, and
        // where a key is cut varies from word to word, neither of which a branch predictor learns.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static uint PackedKeyAt(ref byte position)
        {
            ulong eight = Unsafe.ReadUnaligned<ulong>(ref position);

            // 16 when the first two slots are ال, else 0: zero minus one is the only difference that sets the sign bit.
            int skip = (int)(((uint)((ushort)eight ^ ArticleSlots) - 1) >> 31) << 4;
            uint four = (uint)(eight >> skip);

            // A byte's top bit where its slot is above 62 (its low seven bits plus 65 reach 128, or it has the top bit
            // itself), carried to every later byte; those bytes read as 63.
            uint cut = (((four & 0x7F7F7F7Fu) + 0x41414141u) | four) & 0x80808080u;
            cut |= cut << 8;
            cut |= cut << 16;
            return (four | ((cut >> 7) * 0xFF)) & 0x3F3F3F3Fu;
        }

        // Bit k: the key at k passes both shuffle bitmaps. Not inlined: two calls in one method would share their 16
        // tables, more than AVX2's 16 registers hold beside the work, and spill them; one call reads each where it needs it.
        [MethodImpl(MethodImplOptions.NoInlining)]
        private uint InShuffleBucketsAvx2(ref byte first)
        {
            var s0 = Vector256.LoadUnsafe(ref first);
            var s1 = Vector256.LoadUnsafe(ref first, 1);
            var s2 = Vector256.LoadUnsafe(ref first, 2);
            var s3 = Vector256.LoadUnsafe(ref first, 3);
            var s4 = Vector256.LoadUnsafe(ref first, 4);
            var s5 = Vector256.LoadUnsafe(ref first, 5);

            var article = Vector256.Equals(s0, Vector256.Create(DateLexicon.AlefSlot)) & Vector256.Equals(s1, Vector256.Create(DateLexicon.LamSlot));
            var k0 = Avx2.BlendVariable(s0, s2, article);
            var k1 = Avx2.BlendVariable(s1, s3, article);
            var k2 = Avx2.BlendVariable(s2, s4, article);
            var k3 = Avx2.BlendVariable(s3, s5, article);

            // From the first slot that is no letter on, all ones, whose low six bits the hash reads as 63 (KeyAt's NotWord).
            var last = Vector256.Create(LastLetterSlot);
            var cut = Vector256.GreaterThan(k0, last);
            k0 |= cut;
            cut |= Vector256.GreaterThan(k1, last);
            k1 |= cut;
            cut |= Vector256.GreaterThan(k2, last);
            k2 |= cut;
            cut |= Vector256.GreaterThan(k3, last);
            k3 |= cut;

            // The key's eight nibbles as shuffle indexes: the low four bits of each slot, and its bits 4 and 5.
            var lowNibble = Vector256.Create((byte)15);
            var highBits = Vector256.Create((byte)3);
            // The two-bit parts of two slots read one table together (PairHighBits): six shuffles a hash, not eight.
            var highPair = Vector256.Create((byte)12);
            var n0 = k0 & lowNibble;
            var n2 = k1 & lowNibble;
            var n13 = (Vector256.ShiftRightLogical(k0.AsUInt16(), 4).AsByte() & highBits) | (Vector256.ShiftRightLogical(k1.AsUInt16(), 2).AsByte() & highPair);
            var n4 = k2 & lowNibble;
            var n6 = k3 & lowNibble;
            var n57 = (Vector256.ShiftRightLogical(k2.AsUInt16(), 4).AsByte() & highBits) | (Vector256.ShiftRightLogical(k3.AsUInt16(), 2).AsByte() & highPair);
            var u = NibbleHash(n0, n2, n13, n4, n6, n57, NibbleHashUVectors);
            var v = NibbleHash(n0, n2, n13, n4, n6, n57, NibbleHashVVectors);

            var seven = Vector256.Create((byte)7);
            var inU = InShuffleBucket(u, _shuffleVectorsU) & Avx2.Shuffle(ShuffleTables.BitOf, v & seven);
            var inV = InShuffleBucket(v, _shuffleVectorsV) & Avx2.Shuffle(ShuffleTables.BitOf, Vector256.ShiftRightLogical(u.AsUInt16(), 5).AsByte() & seven);

            // Zero unless both are set: one compare for the two bitmaps.
            return ~Vector256.Equals(Vector256.Min(inU, inV), Vector256<byte>.Zero).ExtractMostSignificantBits();
        }

        // The tables of PairHighBits: the low nibbles of the four slots, then the two pairs of two-bit parts.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector256<byte> NibbleHash(
            Vector256<byte> n0, Vector256<byte> n2, Vector256<byte> n13, Vector256<byte> n4, Vector256<byte> n6, Vector256<byte> n57, Vector256<byte>[] tables) =>
            (Avx2.Shuffle(tables[0], n0) ^ Avx2.Shuffle(tables[1], n2)) ^ (Avx2.Shuffle(tables[2], n13) ^ Avx2.Shuffle(tables[3], n4))
            ^ (Avx2.Shuffle(tables[4], n6) ^ Avx2.Shuffle(tables[5], n57));

        /// <summary>
        /// The eight tabulation tables of a hash as six: the low nibbles' four tables as they are, then for each pair of
        /// slots (a, b) one table read with a's two high bits plus four times b's, entry x the XOR of the two tables' entries
        /// x mod 4 and x / 4. A tabulation hash is an XOR of its lookups, so the hash is the same, with two shuffles fewer.
        /// </summary>
        internal static byte[] PairHighBits(byte[] tables)
        {
            var paired = new byte[6 * 16];
            for (int x = 0; x < 16; x++)
            {
                paired[x] = tables[x];
                paired[16 + x] = tables[32 + x];
                paired[32 + x] = (byte)(tables[16 + (x & 3)] ^ tables[48 + (x >> 2)]);
                paired[48 + x] = tables[64 + x];
                paired[64 + x] = tables[96 + x];
                paired[80 + x] = (byte)(tables[80 + (x & 3)] ^ tables[112 + (x >> 2)]);
            }

            return paired;
        }

        // Byte k: byte (index mod 64) of a shuffle bitmap, from its four 16-byte tables: a shuffle of each by the low
        // nibble, then a blend on bit 4 and one on bit 5, each shifted to the sign bit that the blend reads.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector256<byte> InShuffleBucket(Vector256<byte> index, Vector256<byte>[] tables)
        {
            // A shuffle reads zero where the index's top bit is set.
            var low = index & Vector256.Create((byte)(ShuffleBucketBytes - 1));
            var bit4 = Vector256.ShiftLeft(low.AsUInt16(), 3).AsByte();
            var bit5 = Vector256.ShiftLeft(low.AsUInt16(), 2).AsByte();
            var t01 = Avx2.BlendVariable(Avx2.Shuffle(tables[0], low), Avx2.Shuffle(tables[1], low), bit4);
            var t23 = Avx2.BlendVariable(Avx2.Shuffle(tables[2], low), Avx2.Shuffle(tables[3], low), bit4);
            return Avx2.BlendVariable(t01, t23, bit5);
        }

        // Bit k: the slot at k is a proclitic's (DateLexicon.IsProcliticSlot).
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static uint ProcliticsAvx2(ref byte first)
        {
            var s0 = Vector256.LoadUnsafe(ref first);
            var proclitic = Vector256.Equals(s0, Vector256.Create(DateLexicon.WawSlot))
                | Vector256.Equals(s0, Vector256.Create(DateLexicon.BehSlot))
                | Vector256.Equals(s0, Vector256.Create(DateLexicon.LamSlot))
                | Vector256.Equals(s0, Vector256.Create(DateLexicon.FehSlot));
            return proclitic.ExtractMostSignificantBits();
        }
#endif
    }
}
