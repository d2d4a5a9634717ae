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
    internal sealed class LeadStartFilter
    {
        /// <summary>How far past a position its key may read: ال and four letters.</summary>
        public const int Reach = 6;

        // A slot above this is no letter (NotWord, Ignored, or 63 for the other word characters); it ends the key.
        private const byte LastLetterSlot = 62;

        private readonly byte[] _bucketsA = new byte[WordAnchors.BucketBytes];
        private readonly byte[] _bucketsB = new byte[WordAnchors.BucketBytes];
#if NET8_0_OR_GREATER
        private readonly Vector512<byte>[] _vectorsA;
        private readonly Vector512<byte>[] _vectorsB;
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
            }

#if NET8_0_OR_GREATER
            _vectorsA = WordAnchors.Vectors(_bucketsA);
            _vectorsB = WordAnchors.Vectors(_bucketsB);
#endif
        }

        /// <summary>The filter of the date lexicon's leading words.</summary>
        public static LeadStartFilter Default { get; } = new LeadStartFilter(DateLexicon.LeadingNeedles());

        /// <summary>Whether the key of the slots at <paramref name="position"/> passes the bitmaps, wherever it stands.</summary>
        internal bool HasKeyAt(ReadOnlySpan<byte> slots, int position)
        {
            var (a, b, c, d) = KeyAt(slots, position);
            return WordAnchors.InBuckets(_bucketsA, _bucketsB, (byte)(a & 63), (byte)(b & 63), (byte)(c & 63), (byte)(d & 63));
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
#endif
            return CandidatesScalar(slots, at, starts, procliticBefore);
        }

        /// <summary>The same bits one position at a time (the reference for the vector path).</summary>
        internal ulong CandidatesScalar(ReadOnlySpan<byte> slots, int at, ulong starts, bool procliticBefore)
        {
            ulong bits = 0;
            for (int k = 0; k < 64; k++)
            {
                bool begins = ((starts >> k) & 1) != 0
                    || (k == 0 ? procliticBefore : ((starts >> (k - 1)) & 1) != 0 && DateLexicon.IsProcliticSlot(slots[at + k - 1]));
                if (begins && HasKeyAt(slots, at + k))
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
        private ulong CandidatesVector(ReadOnlySpan<byte> slots, int at, ulong starts, bool procliticBefore)
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

            ulong hits = WordAnchors.InBuckets(k0, k1, k2, k3, _vectorsA, _vectorsB);
            // DateLexicon.IsProcliticSlot, 64 slots at a time.
            var proclitic = Vector512.Equals(s0, Vector512.Create(DateLexicon.WawSlot))
                | Vector512.Equals(s0, Vector512.Create(DateLexicon.BehSlot))
                | Vector512.Equals(s0, Vector512.Create(DateLexicon.LamSlot))
                | Vector512.Equals(s0, Vector512.Create(DateLexicon.FehSlot));
            ulong begins = starts | ((starts & proclitic.ExtractMostSignificantBits()) << 1) | (procliticBefore ? 1UL : 0);
            return hits & begins;
        }
#endif
    }
}
