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
    /// <item>the anchor of the first word of a lexicon word that can begin an expression
    /// (<see cref="DateLexicon.LeadingNeedles"/>): a word the grammar can read holds that first word, itself or after a
    /// proclitic (a two-letter first word only there, at its first or second character);</item>
    /// <item>a digit of any of the three systems (numbers, ال31, and, through the word before the number, في 2011 and
    /// ال-31);</item>
    /// <item>a mark or tatweel, which may split a first word so that its anchor is not in the slots;</item>
    /// <item>the last character of a word that an invisible control follows, which a lexicon match reads through
    /// (يناي&#x200C;ر).</item>
    /// </list>
    /// The slots come from <see cref="WordSlots"/> in blocks of <see cref="BlockLength"/> characters of a buffer the caller
    /// gives; anchors from <see cref="WordAnchors"/>, hashed and then confirmed exactly.
    /// </summary>
    internal ref struct DateCandidates
    {
        /// <summary>How many characters one fill of the slots covers.</summary>
        public const int BlockLength = 4096;

        /// <summary>The length of the slot buffer: a block, the reach of an anchor past its end, and the padding.</summary>
        public const int SlotsLength = BlockLength + WordAnchors.Reach + WordSlots.Padding;

        /// <summary>The anchors of the first words that can begin an expression.</summary>
        public static readonly WordAnchors Anchors = WordAnchors.FromNeedles(DateLexicon.LeadingNeedles());

        /// <summary>Where in the needles each of their triples stands.</summary>
        public static readonly NeedleOffsets Offsets = new NeedleOffsets(DateLexicon.LeadingNeedles());

        private readonly ReadOnlySpan<char> _text;
        private readonly Span<byte> _slots;
        private int _blockStart;
        private int _blockEnd;
        private int _chunkAt;
        private ulong _sure;
        private ulong _anchors;
        private int _from;

        /// <summary>Candidates of <paramref name="text"/>, with <paramref name="slots"/> (<see cref="SlotsLength"/> bytes) as work space.</summary>
        public DateCandidates(ReadOnlySpan<char> text, Span<byte> slots)
        {
            _text = text;
            _slots = slots;
            _blockStart = 0;
            _blockEnd = -1;
            _chunkAt = int.MinValue / 2;
            _sure = 0;
            _anchors = 0;
            _from = 0;
        }

        /// <summary>Whether the candidates are found with vectors here (AVX-512 VBMI); elsewhere the extractor reads word by word.</summary>
        public static bool IsAccelerated
        {
            get
            {
#if NET8_0_OR_GREATER
                return Avx512Vbmi.IsSupported && Avx512BW.IsSupported;
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

            // The scan moves on a word or an expression at a time, so the last 64 positions usually still hold the next one.
            int at = _chunkAt;
            if (from < at || from - at >= 64)
            {
                at = from;
                Compute(at);
            }

            // The search may go on into the next 64 positions; a word's start is still judged from where the scan is.
            _from = from;
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
            WordSlots.WordBits(_slots, local, out ulong ignored);
            _chunkAt = at;
            _sure = (ignored | DigitBits(_text, at) | BreakBits(at)) & valid;
            _anchors = Anchors.Candidates(_slots, local) & valid & ~_sure;
        }

        private void Fill(int at)
        {
            int length = Math.Min(BlockLength + WordAnchors.Reach, _text.Length - at);
            WordSlots.Fill(_text.Slice(at, length), _slots);
            _blockStart = at;
            _blockEnd = Math.Min(at + BlockLength, _text.Length);
        }

        /// <summary>The first candidate of the current 64 positions at or after <paramref name="offset"/>, or −1.</summary>
        private int First(int offset)
        {
            ulong from = ulong.MaxValue << offset;
            ulong sure = _sure & from;
            int firstSure = sure == 0 ? 64 : WordSlots.TrailingZeroCount(sure);
            ulong anchors = _anchors & from;
            while (anchors != 0)
            {
                int k = WordSlots.TrailingZeroCount(anchors);
                if (k > firstSure)
                {
                    break;
                }

                int local = _chunkAt - _blockStart + k;
                if (Anchors.IsTripleAnchorAt(_slots, local))
                {
                    if (MayBeginNeedle(_chunkAt + k, _from, local))
                    {
                        return k;
                    }
                }
                else if (!Anchors.IsAnchorAt(_slots, local))
                {
                    // A hashed candidate that is no anchor: forget it.
                    _anchors &= ~(1UL << k);
                }
                else if (IsNearWordStart(_chunkAt + k, _from))
                {
                    return k;
                }

                anchors &= anchors - 1;
            }

            return sure == 0 ? -1 : firstSure;
        }

        /// <summary>
        /// Whether the anchor triple at <paramref name="position"/> (slot <paramref name="local"/>) stands where a needle
        /// that holds it may begin a lexicon match: its word (or what is left of it from <paramref name="from"/>) starts
        /// at the needle's start, or one character before it with a proclitic there. Any other anchor is inside a word
        /// that holds its letters by chance (إيران the اير of يناير, محادثات the حاد of الحادي). A needle split by a mark or
        /// an invisible control is found by those, not by its anchor.
        /// </summary>
        private bool MayBeginNeedle(int position, int from, int local)
        {
            int deepest = Offsets.MaxOffset + 1;
            int start = position;
            while (start > from && ArabicDateExtractor.IsTokenCharacter(_text[start - 1]))
            {
                if (position - start == deepest)
                {
                    return false;
                }

                start--;
            }

            int depth = position - start;
            uint offsets = Offsets.OffsetsOf(_slots[local], _slots[local + 1], _slots[local + 2]);
            return ((offsets >> depth) & 1) != 0
                || (depth > 0 && ((offsets >> (depth - 1)) & 1) != 0 && DateLexicon.IsProcliticSlot(MatchingFold.SlotOf(_text[start])));
        }

        /// <summary>
        /// Whether <paramref name="position"/> is the first or second character of its word (or of what is left of it
        /// from <paramref name="from"/>). A two-letter needle (آب، ذو، أي النار) is the whole first word of its name, so
        /// a lexicon match holds it only there: at the word's start or after a proclitic. These pairs are common inside
        /// words (الإرهاب، الولايات), so the test turns most of them away.
        /// </summary>
        private bool IsNearWordStart(int position, int from)
        {
            // The word starts at the position, or one character before it.
            int start = position > from && ArabicDateExtractor.IsTokenCharacter(_text[position - 1]) ? position - 1 : position;
            return start == from || !ArabicDateExtractor.IsTokenCharacter(_text[start - 1]);
        }

        /// <summary>
        /// Bit k: a token character at <paramref name="at"/> + k is followed by an invisible control (or, with vectors, by
        /// one of the few neighbours <see cref="MatchingFold.InvisibleBreakBits"/> also reports: a visit too many).
        /// </summary>
        private ulong BreakBits(int at)
        {
            // Invisible controls are rare in news text: a cheap test of a few ranges proves most 64-character runs free
            // of them before the exact test.
            if (at + 1 >= _text.Length || !MatchingFold.MayHoldInvisibleBreak(_text.Slice(at + 1, Math.Min(64, _text.Length - at - 1))))
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

        /// <summary>Bit k: <paramref name="text"/>[<paramref name="at"/> + k] is an ASCII, Arabic-Indic or extended Arabic-Indic digit.</summary>
        internal static ulong DigitBits(ReadOnlySpan<char> text, int at)
        {
#if NET8_0_OR_GREATER
            // Vector512 where AVX-512 is there at all, as WordSlots: the JIT may prefer 256-bit vectors elsewhere.
            if (Avx512BW.IsSupported && text.Length - at >= 64)
            {
                ref ushort first = ref Unsafe.As<char, ushort>(ref Unsafe.Add(ref MemoryMarshal.GetReference(text), at));
                ulong low = DigitMask(Vector512.LoadUnsafe(ref first));
                ulong high = DigitMask(Vector512.LoadUnsafe(ref first, 32));
                return low | (high << 32);
            }
#endif
            return DigitBitsScalar(text, at);
        }

        /// <summary>The same bits one character at a time (the reference for the vector path).</summary>
        internal static ulong DigitBitsScalar(ReadOnlySpan<char> text, int at)
        {
            ulong bits = 0;
            int end = Math.Min(text.Length, at + 64);
            for (int p = at; p < end; p++)
            {
                if (ArabicLetters.IsAnyDigit(text[p]))
                {
                    bits |= 1UL << (p - at);
                }
            }

            return bits;
        }

#if NET8_0_OR_GREATER
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static ulong DigitMask(Vector512<ushort> chars)
        {
            var ten = Vector512.Create((ushort)10);
            var digits = Vector512.LessThan(chars - Vector512.Create((ushort)'0'), ten)
                | Vector512.LessThan(chars - Vector512.Create((ushort)0x0660), ten)
                | Vector512.LessThan(chars - Vector512.Create((ushort)0x06F0), ten);
            return digits.ExtractMostSignificantBits();
        }
#endif
    }
}
