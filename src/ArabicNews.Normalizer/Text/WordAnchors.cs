using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ArabicNews.Calendars;
#if NET8_0_OR_GREATER
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
#endif

namespace ArabicNews.Text
{
    /// <summary>
    /// Finds the few places in a block of <see cref="WordSlots"/> where the word pass has anything to do, so that it can
    /// skip every other word without looking at it. A word can only change when it contains a variant stem of the lexicon
    /// or the first word of a month name (a "needle", in folded letter slots). Each needle gets one anchor: its rarest
    /// four letters; a needle shorter than that is its own anchor. A word that contains no anchor contains no needle, so it cannot change.
    /// </summary>
    /// <remarks>
    /// With AVX-512 VBMI, 64 positions are tested at once against two hashed bitmaps of the anchors (tabulation hashes
    /// into 2,048 bits each, looked up with byte permutes) and the group tables of the short needles: a superset of
    /// the anchors, which <see cref="MayHoldNeedleAt"/> and <see cref="HoldsNeedle"/> then judge one by one. With AVX2
    /// the superset comes from a table of letter triples, which two neighbouring positions read as one (one gather for
    /// sixteen positions), and nibble buckets of the short needles. Without either (ARM64, netstandard2.0), a sieve of
    /// hashed triples read at every other position passes the few positions worth an exact test. Only the test oracle tests every position
    /// exactly (<see cref="IsAnchorAt"/>): it was most of the word pass's time. Words with an ignored
    /// character (a mark or tatweel that survived the character pass) may hide a needle behind it and are always
    /// candidates; see <see cref="WordFolder"/> for text with invisible controls.
    /// </remarks>
    internal sealed partial class WordAnchors
    {
        // Needles of four letters or more are anchored by their rarest four.
        private const int AnchorLength = 4;

        // Tabulation hashing: one random byte per (slot, position in the quad); a hash is the XOR of four. Two such
        // hashes give the 16 bits of the two bitmap probes: each hash picks the byte of its own bitmap and, with its low
        // three bits, the bit of the other's, so that a probe costs no hashing of its own. Fixed tables, so that the
        // buckets and the vector path agree; any random bytes do.
        internal static readonly byte[] ByteHashA = RandomBytes(0x9E3779B9u, 4 * 64);
        internal static readonly byte[] ByteHashB = RandomBytes(0xC2B2AE35u, 4 * 64);

        private readonly ulong[] _triples = new ulong[1 << 12]; // one bit per three-letter needle
        private readonly ulong[] _pairs = new ulong[64]; // one bit per 12-bit two-letter needle

        // The needles shorter than an anchor (two letters; three too with four-letter anchors) as three tables of letter
        // slots: entry s of the first has bit b when a needle whose first letter is s belongs to group b (one group per
        // first letter, eight at most); entry s of the second (third) has bit b when a needle of group b has s as its
        // second (third) letter, and every entry of the third has it for a needle of two. A position is a candidate when
        // its three entries share a bit: exactly the needles while they begin with at most eight letters and no group
        // mixes two and three letters, a superset otherwise.
        private readonly byte[] _shortFirstGroups = new byte[64];
        private readonly byte[] _shortSecondGroups = new byte[64];
        private readonly byte[] _shortThirdGroups = new byte[64];
        private readonly bool _hasShortNeedles;

        // For each anchor (an 18-bit triple, PairKey | a 12-bit pair, or QuadKey | a 24-bit quad): its group, the needles
        // it stands for and where. Flat arrays of structs, so that a candidate costs few dependent reads.
        private readonly IntKeyTable<int> _anchorGroups;
        private readonly AnchorGroup[] _groups;
        private readonly Placement[] _placements;

        private const int PairKey = 1 << 18;
        private const int QuadKey = 1 << 24;

        // The depths in a word at which an anchor may stand, 16 bits per anchor (see DepthMask): exact for the 12-bit
        // pairs, OR-ed over a hashed bucket of the key for triples and quads. A word pass tests them before it looks an
        // anchor up.
        private readonly ushort[] _pairDepths = new ushort[1 << 12];
        private readonly ushort[] _gramDepths = new ushort[1 << GramBucketBits];

        private const int GramBucketBits = 12;

        // The filter of machines without AVX-512 VBMI (see TripleCandidatesScalar): the four-letter anchors in a table of
        // 32-bit words keyed by a hashed letter triple (see AddToTripleTable), and the short needles in nibble buckets
        // (Teddy's, from Hyperscan): byte 32j + x of _shortNibbles has bit b when a needle of bucket b may have, as its
        // slot j, a byte whose low nibble (x < 16) or high nibble (x >= 16) is x mod 16.
        private readonly int[] _tripleTable = AllocateTripleTable();

        // The filter of machines with neither AVX-512 VBMI nor AVX2 (ARM64, netstandard2.0; see SievedCandidatesScalar),
        // and of AVX2's last positions: one byte for each hashed triple of slots (see SieveIndex), read at even positions
        // only. Bit 1: an anchor may start at the triple (its first three letters); bit 0: one may start just before it
        // (its second, third and fourth letters, or a short needle's last two and anything after them); bit 2: a
        // two-letter needle may start just after it (anything, then its two letters). Every anchor has one of these at
        // the even position it starts on or the one after it. Empty where Candidates never reads it (AVX-512 VBMI).
        private readonly byte[] _tripleSieve;

        // 128 KB: a byte per entry reads faster than four bits (no shift by the index), and 2^17 entries pass the fewest
        // positions in vain for their size (2^16 and 2^15 were slower on the seeds, 2^18 no faster).
        private const int SieveBits = 17;
        private readonly byte[] _shortNibbles = new byte[3 * 32];
        private readonly byte[] _shortBuckets = new byte[3 * 256]; // _shortNibbles joined for whole bytes, for the scalar path
#if NET8_0_OR_GREATER
        private readonly Vector256<byte>[] _shortNibbleVectors; // _shortNibbles, each 16-byte table in both lanes
#endif

        private WordAnchors(IEnumerable<Needle> needles, ICollection<int> avoid, bool withSieve)
        {
            _tripleSieve = withSieve ? new byte[1 << SieveBits] : Array.Empty<byte>();
            var rank = CommonTripleRanks();
            var shortFirstLetters = new List<byte>();
            var bucketsA = new byte[BucketBytes];
            var bucketsB = new byte[BucketBytes];
            var placements = new Dictionary<int, List<Placement>>();
            var shortNeedles = new List<byte[]>();
            foreach (var needle in needles)
            {
                string letters = needle.Letters;
                var slots = new byte[letters.Length];
                for (int k = 0; k < letters.Length; k++)
                {
                    slots[k] = SpellingVariantLexicon.Slot(letters[k]);
                }

                int key;
                int offset = 0;
                if (letters.Length < AnchorLength)
                {
                    // A short needle is its own anchor, tested through the group tables.
                    int pair = (slots[0] << 6) | slots[1];
                    bool isPair = letters.Length == 2;
                    key = isPair ? PairKey | pair : (pair << 6) | slots[2];
                    bool known = isPair ? Has(_pairs, pair) : Has(_triples, key);
                    if (!known)
                    {
                        Set(isPair ? _pairs : _triples, isPair ? pair : key);
                        int group = shortFirstLetters.IndexOf(slots[0]);
                        if (group < 0)
                        {
                            group = shortFirstLetters.Count;
                            shortFirstLetters.Add(slots[0]);
                        }

                        byte bit = (byte)(1 << (group & 7));
                        _shortFirstGroups[slots[0] & 63] |= bit;
                        _shortSecondGroups[slots[1] & 63] |= bit;
                        for (int third = 0; third < 64; third++)
                        {
                            if (isPair || third == (slots[2] & 63))
                            {
                                _shortThirdGroups[third] |= bit;
                            }
                        }

                        _hasShortNeedles = true;
                        shortNeedles.Add(slots);
                        AddToTripleSieve(slots, 0, letters.Length);
                    }
                }
                else
                {
                    offset = RarestGram(letters, AnchorLength, rank, avoid);
                    byte a = slots[offset], b = slots[offset + 1], c = slots[offset + 2], d = slots[offset + 3];
                    int triple = TripleIndex(letters[offset], letters[offset + 1], letters[offset + 2]);
                    key = QuadKey | (triple << 6) | d;
                    AddToBuckets(bucketsA, bucketsB, a, b, c, d);
                    AddToTripleTable(_tripleTable, a | ((uint)b << 8) | ((uint)c << 16) | ((uint)d << 24));
                    AddToTripleSieve(slots, offset, AnchorLength);
                }

                if (!placements.TryGetValue(key, out var list))
                {
                    placements[key] = list = new List<Placement>();
                }

                list.Add(new Placement(slots, offset, needle.MaxPrefix, needle.PrefixLetters, needle.DecidedSet));
            }

            var groupOf = new Dictionary<int, int>();
            var groups = new List<AnchorGroup>();
            var flat = new List<Placement>();
            foreach (var entry in placements)
            {
                groupOf[entry.Key] = groups.Count;
                groups.Add(new AnchorGroup(entry.Value, flat.Count));
                flat.AddRange(entry.Value);
            }

            _anchorGroups = new IntKeyTable<int>(groupOf);
            _groups = groups.ToArray();
            _placements = flat.ToArray();
            foreach (var entry in groupOf)
            {
                ushort depths = DepthMask(_groups[entry.Value].Depths);
                if ((entry.Key & (QuadKey | PairKey)) == PairKey) // a quad's 24 bits may include PairKey's
                {
                    _pairDepths[entry.Key & ~PairKey] |= depths;
                }
                else
                {
                    _gramDepths[GramBucket(entry.Key)] |= depths;
                }
            }

            BucketsA = bucketsA;
            BucketsB = bucketsB;
            FillShortNibbles(shortNeedles);
#if NET8_0_OR_GREATER
            _shortNibbleVectors = ShuffleTables.EachInBothLanes(_shortNibbles);

            _bitmaps = new QuadBitmapVectors(bucketsA, bucketsB);
            _shortGroups = (Vector512.Create(_shortFirstGroups), Vector512.Create(_shortSecondGroups), Vector512.Create(_shortThirdGroups));
#endif
        }

        /// <summary>The anchors of a word pass with this lexicon and month folding.</summary>
        public static WordAnchors Create(SpellingVariantLexicon? lexicon, bool foldMonths) => Create(lexicon, foldMonths, SieveIsRead);

        /// <summary>
        /// <see cref="Create(SpellingVariantLexicon?, bool)"/>, with the triple sieve where <paramref name="withSieve"/>
        /// (for tests of <see cref="SievedCandidatesScalar"/> on machines that do not read it).
        /// </summary>
        internal static WordAnchors Create(SpellingVariantLexicon? lexicon, bool foldMonths, bool withSieve)
        {
            // A variant stem follows one of the lexicon's proclitics (up to four of و ف ب ك ل ا); a month name starts the
            // word or follows و ب ل ف (PhraseMatcher). Stems have at least four letters; of the names ذي, ذا have two and
            // اوت, غشت three. Anchors are four letters: three-letter ones (ليه of يوليه, اني of جانفي) are in too many
            // words. They avoid the quads of the canonical spellings, which are what most text has.
            var needles = new List<Needle>();
            var avoid = new HashSet<int>();
            if (lexicon is not null)
            {
                ulong procliticLetters = LetterMask("وفبكلا");
                foreach (string key in lexicon.VariantKeys)
                {
                    needles.Add(new Needle(key, SpellingVariantLexicon.MaxProcliticLength, procliticLetters, lexicon.SetDecidedByPlace(key)));
                }

                foreach (var set in lexicon.Sets)
                {
                    AddGrams(avoid, MatchingFold.FoldString(set[0]), 4);
                }
            }

            if (foldMonths)
            {
                ulong procliticLetters = LetterMask("وبلف");
                foreach (string word in MonthNameFolding.RewritableFirstWords())
                {
                    needles.Add(new Needle(word, 1, procliticLetters));
                }

                for (int month = 1; month <= 12; month++)
                {
                    AddGrams(avoid, PhraseMatcher<MonthName>.KeyOf(MonthNames.GetName(month, MonthSystem.EgyptGulf)), 4);
                    AddGrams(avoid, PhraseMatcher<MonthName>.KeyOf(MonthNames.GetName(month, MonthSystem.Hijri)), 4);
                }
            }

            return new WordAnchors(needles, avoid, withSieve);
        }

        /// <summary>
        /// Anchors for any needles (folded letters, at least two each, as <see cref="MatchingFold.FoldString"/> gives them),
        /// found anywhere in a word: the rarest four letters, or the whole needle when it has two or three. The triple
        /// sieve is built whatever the machine.
        /// </summary>
        /// <exception cref="ArgumentException">A needle has fewer than two letters.</exception>
        public static WordAnchors FromNeedles(IEnumerable<string> needles)
        {
            var list = new List<Needle>();
            foreach (string needle in needles)
            {
                if (needle.Length < 2)
                {
                    throw new ArgumentException($"The needle '{needle}' has fewer than two letters.", nameof(needles));
                }

                list.Add(new Needle(needle, int.MaxValue, ulong.MaxValue));
            }

            return new WordAnchors(list, Array.Empty<int>(), withSieve: true);
        }

        /// <summary>
        /// Whether the word that starts at <paramref name="wordStart"/> holds, through the anchor at
        /// <paramref name="position"/>, a whole needle in a place it may stand (after a proclitic, not deeper in the word);
        /// <paramref name="wordEnd"/> is then the word's end and <paramref name="hit"/> the needle. The anchor's depth in the word is tested before the end is
        /// looked for: most words that share an anchor with a needle have it elsewhere in the word (عليه against يوليه), and
        /// the filters of <see cref="MayHoldNeedleAt"/> turn most of those away before any lookup.
        /// </summary>
        public bool HoldsNeedle(ReadOnlySpan<byte> slots, int position, int wordStart, out int wordEnd, out NeedleHit hit)
        {
            wordEnd = -1;
            hit = NeedleHit.None;

            // The depth filters of MayHoldNeedleAt, kind by kind: only a kind that passes its filter is looked up.
            int depth = position - wordStart;
            int bit = DepthFilterBit(depth);
            var grams = new Grams(slots, position);
            int pairs = PairMayStand(grams, bit) ? Find(PairKey | grams.Pair) : NoGroup;
            int triples = TripleMayStand(grams, bit) ? Find(grams.Triple) : NoGroup;
            int quads = QuadMayStand(grams, bit) ? Find(QuadKey | grams.Quad) : NoGroup;
            if ((pairs & triples & quads) == NoGroup)
            {
                return false; // none of the three found (a group index is never negative)
            }

            ulong depthBit = 1UL << Math.Min(depth, 63);
            if (((DepthsOf(pairs) | DepthsOf(triples) | DepthsOf(quads)) & depthBit) == 0)
            {
                return false;
            }

            wordEnd = WordSlots.WordEnd(slots, position);
            return Fits(pairs, slots, position, wordStart, wordEnd, out hit) || Fits(triples, slots, position, wordStart, wordEnd, out hit)
                || Fits(quads, slots, position, wordStart, wordEnd, out hit);
        }

        /// <summary>
        /// Whether a word of letters only (<paramref name="length"/> slots, followed by NotWord) holds a needle in a place
        /// it may stand: the test the anchored word pass makes before it visits such a word, so false means the pass leaves
        /// it alone (a word of more than 64 letters is not tested: true).
        /// </summary>
        public bool HoldsNeedleInWord(ReadOnlySpan<byte> slots, int length)
        {
            if (length > 64)
            {
                return true; // longer than one chunk of positions: left to the pass
            }

            ulong positions = length == 64 ? ulong.MaxValue : (1UL << length) - 1;
#if NET8_0_OR_GREATER
            // Where the vector filter may read a whole chunk, only the positions it passes are judged (judging every
            // position made normalizing token by token 1.04 times as slow).
            if (Avx512Vbmi.IsSupported && slots.Length >= 64 + 3)
            {
                positions &= CandidatesVector(slots, 0);
            }
#endif
            while (positions != 0)
            {
                int position = WordSlots.TrailingZeroCount(positions);
                positions &= positions - 1;
                if (HoldsNeedle(slots, position, 0, out _, out _))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether the slots at <paramref name="position"/>, <paramref name="depth"/> letters into their word, may be an
        /// anchor of a needle that can stand there: false proves <see cref="HoldsNeedle"/> false with a few table reads.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool MayHoldNeedleAt(ReadOnlySpan<byte> slots, int position, int depth)
        {
            int bit = DepthFilterBit(depth);
            var grams = new Grams(slots, position);
            return PairMayStand(grams, bit) || TripleMayStand(grams, bit) || QuadMayStand(grams, bit);
        }

        // The bit of a depth in the 16-bit depth masks (see DepthMask).
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static int DepthFilterBit(int depth) => 1 << Math.Min(depth, 15);

        // Whether the position's pair, triple or quad is letters and, as an anchor, has a needle that can stand at the
        // depth's bit (exact for pairs, by hashed bucket for triples and quads).
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private bool PairMayStand(in Grams grams, int depthBit) => grams.HasPair && (_pairDepths[grams.Pair] & depthBit) != 0;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private bool TripleMayStand(in Grams grams, int depthBit) => grams.HasTriple && GramMayStandAt(grams.Triple, depthBit);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private bool QuadMayStand(in Grams grams, int depthBit) => grams.HasQuad && GramMayStandAt(QuadKey | grams.Quad, depthBit);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private bool GramMayStandAt(int key, int depthBit) => (_gramDepths[GramBucket(key)] & depthBit) != 0;

        // Bits 0–14 of a depth mask are those of Depths; bit 15 is any depth from 15 on.
        private static ushort DepthMask(ulong depths) => (ushort)((depths & 0x7FFF) | ((depths >> 15) != 0 ? 0x8000UL : 0));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static int GramBucket(int key) => (int)(((uint)key * 0x9E3779B1u) >> (32 - GramBucketBits));

        private const int NoGroup = -1;

        private int Find(int key) => _anchorGroups.TryGetValue(key, out int group) ? group : NoGroup;

        private ulong DepthsOf(int group) => group == NoGroup ? 0 : _groups[group].Depths;

        private bool Fits(int group, ReadOnlySpan<byte> slots, int position, int wordStart, int wordEnd, out NeedleHit hit)
        {
            hit = NeedleHit.None;
            if (group == NoGroup)
            {
                return false;
            }

            ref readonly var anchor = ref _groups[group];
            for (int p = anchor.First; p < anchor.First + anchor.Count; p++)
            {
                ref readonly var placement = ref _placements[p];
                int start = position - placement.AnchorOffset;
                if (start < wordStart || start - wordStart > placement.MaxPrefix || start + placement.Length > wordEnd)
                {
                    continue;
                }

                bool prefixFits = true;
                for (int k = wordStart; k < start && prefixFits; k++)
                {
                    prefixFits = slots[k] < 64 && ((placement.PrefixLetters >> slots[k]) & 1) != 0;
                }

                if (prefixFits && placement.StandsAt(slots, start))
                {
                    hit = new NeedleHit(start, placement.Length, placement.DecidedSet);
                    return true;
                }
            }

            return false;
        }

        private static ulong LetterMask(string letters)
        {
            ulong mask = 0;
            foreach (char c in letters)
            {
                mask |= 1UL << SpellingVariantLexicon.Slot(c);
            }

            return mask;
        }

        // The keys of the spelling's letter grams of three or four letters (none across a space).
        private static void AddGrams(HashSet<int> grams, string folded, int length)
        {
            for (int k = 0; k + length <= folded.Length; k++)
            {
                if (folded.IndexOf(' ', k, length) < 0)
                {
                    grams.Add(GramKey(folded, k, length));
                }
            }
        }

        private static int GramKey(string letters, int at, int length)
        {
            int triple = TripleIndex(letters[at], letters[at + 1], letters[at + 2]);
            return length == 4 ? QuadKey | (triple << 6) | SpellingVariantLexicon.Slot(letters[at + 3]) : triple;
        }

        /// <summary>A needle <see cref="HoldsNeedle"/> found in a word (the first that fits).</summary>
        internal readonly struct NeedleHit
        {
            public NeedleHit(int start, int length, int decidedSet)
            {
                Start = start;
                Length = length;
                DecidedSet = decidedSet;
            }

            /// <summary>No needle.</summary>
            public static NeedleHit None => new NeedleHit(0, 0, -1);

            /// <summary>Whether a needle was found (the lexicon's filters, which only turn words away, would pass its word).</summary>
            public bool IsFound => Length > 0;

            /// <summary>Where the needle starts in the slots.</summary>
            public int Start { get; }

            /// <summary>Its length.</summary>
            public int Length { get; }

            /// <summary>
            /// For a variant stem whose place alone decides the lexicon's match (see
            /// <see cref="SpellingVariantLexicon.SetDecidedByPlace"/>), its set; otherwise -1.
            /// </summary>
            public int DecidedSet { get; }
        }

        /// <summary>A word a pass looks for, and how deep in a word it may start.</summary>
        private readonly struct Needle
        {
            public Needle(string letters, int maxPrefix, ulong prefixLetters, int decidedSet = -1)
            {
                Letters = letters;
                MaxPrefix = maxPrefix;
                PrefixLetters = prefixLetters;
                DecidedSet = decidedSet;
            }

            /// <summary>The needle's folded letters.</summary>
            public string Letters { get; }

            /// <summary>The most letters that may precede it in its word.</summary>
            public int MaxPrefix { get; }

            /// <summary>The letter slots those may be (one bit per slot).</summary>
            public ulong PrefixLetters { get; }

            /// <summary>See <see cref="NeedleHit.DecidedSet"/>.</summary>
            public int DecidedSet { get; }
        }

        /// <summary>
        /// The needles of one anchor (<see cref="Count"/> placements from <see cref="First"/>), and the depths in a word at
        /// which the anchor can belong to one of them.
        /// </summary>
        private readonly struct AnchorGroup
        {
            public AnchorGroup(List<Placement> placements, int first)
            {
                First = first;
                Count = placements.Count;
                Depths = 0;
                foreach (var placement in placements)
                {
                    // Bit d: the anchor may stand d letters into its word (bit 63: 63 or more).
                    long deepest = Math.Min(63L, (long)placement.AnchorOffset + placement.MaxPrefix);
                    for (int d = Math.Min(placement.AnchorOffset, 63); d <= deepest; d++)
                    {
                        Depths |= 1UL << d;
                    }
                }
            }

            public int First { get; }

            public int Count { get; }

            public ulong Depths { get; }
        }

        /// <summary>A needle as seen from its anchor.</summary>
        private readonly struct Placement
        {
            // The needle's first sixteen slots as two little-endian words, and masks for the bytes it has.
            private readonly ulong _low;
            private readonly ulong _high;
            private readonly ulong _lowMask;
            private readonly ulong _highMask;

            public Placement(byte[] slots, int anchorOffset, int maxPrefix, ulong prefixLetters, int decidedSet)
            {
                Slots = slots;
                Length = slots.Length;
                AnchorOffset = anchorOffset;
                MaxPrefix = maxPrefix;
                PrefixLetters = prefixLetters;
                DecidedSet = decidedSet;
                _low = _high = _lowMask = _highMask = 0;
                for (int k = 0; k < Math.Min(slots.Length, 16); k++)
                {
                    if (k < 8)
                    {
                        _low |= (ulong)slots[k] << (8 * k);
                        _lowMask |= 0xFFUL << (8 * k);
                    }
                    else
                    {
                        _high |= (ulong)slots[k] << (8 * (k - 8));
                        _highMask |= 0xFFUL << (8 * (k - 8));
                    }
                }
            }

            /// <summary>Whether the needle's slots stand in <paramref name="slots"/> from <paramref name="start"/>.</summary>
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public bool StandsAt(ReadOnlySpan<byte> slots, int start)
            {
                // Two word compares where sixteen bytes can be read (the padding after a block's slots allows it).
                if (BitConverter.IsLittleEndian && Length <= 16 && (uint)start <= (uint)(slots.Length - 16))
                {
                    ref byte at = ref Unsafe.Add(ref MemoryMarshal.GetReference(slots), start);
                    return ((Unsafe.ReadUnaligned<ulong>(ref at) ^ _low) & _lowMask) == 0
                        && ((Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref at, 8)) ^ _high) & _highMask) == 0;
                }

                return slots.Slice(start, Slots.Length).SequenceEqual(Slots);
            }

            public byte[] Slots { get; }

            public int Length { get; }

            public int AnchorOffset { get; }

            public int MaxPrefix { get; }

            public ulong PrefixLetters { get; }

            public int DecidedSet { get; }
        }

        /// <summary>
        /// Bit k is set when position <paramref name="at"/> + k may hold an anchor; every anchor is among the bits, and a
        /// few positions that hold none are too: with AVX-512 VBMI those of <see cref="HashedCandidatesScalar"/>, with
        /// AVX2 those of <see cref="TripleCandidatesScalar"/> (32 positions at a time); without either none
        /// (<see cref="SievedCandidatesScalar"/>). Reads
        /// 64 + <see cref="TripleReadPast"/> slots where the span has them (a block's padding does).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public ulong Candidates(ReadOnlySpan<byte> slots, int at)
        {
#if NET8_0_OR_GREATER
            if (Avx512Vbmi.IsSupported)
            {
                return CandidatesVector(slots, at);
            }

            if (Avx2.IsSupported && at <= slots.Length - 64 - TripleReadPast) // signed: a span may be shorter than that
            {
                return TripleCandidatesAvx2(slots, at);
            }
#endif
            return SievedCandidatesScalar(slots, at);
        }

        /// <summary>Whether the slots at <paramref name="position"/> are an anchor (a pair, triple or quad).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool IsAnchorAt(ReadOnlySpan<byte> slots, int position)
        {
            var grams = new Grams(slots, position);
            return (grams.HasPair && Has(_pairs, grams.Pair)) || (grams.HasTriple && Has(_triples, grams.Triple))
                || (grams.HasQuad && _anchorGroups.TryGetValue(QuadKey | grams.Quad, out _));
        }

        // The four slots from a position, the first in the low byte, in one read where the span allows (a block's slots
        // are followed by padding); past the end, NotWord. A slot is a letter when its top two bits are clear.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static uint FourSlots(ReadOnlySpan<byte> slots, int position)
        {
            if (BitConverter.IsLittleEndian && slots.Length >= 4 && (uint)position <= (uint)(slots.Length - 4))
            {
                return Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref MemoryMarshal.GetReference(slots), position));
            }

            uint four = 0;
            for (int k = 3; k >= 0; k--)
            {
                four = (four << 8) | (position + k < slots.Length ? slots[position + k] : MatchingFold.NotWord);
            }

            return four;
        }

        /// <summary>
        /// The letter grams that start at a position, from its four slots: the 24-bit quad index (six bits a slot, the
        /// first highest), whose top 12 (18) bits are the pair (triple) index, and whether each gram is all letters (a slot
        /// is a letter when its top two bits are clear; NotWord and Ignored are not).
        /// </summary>
        private readonly struct Grams
        {
            private readonly uint _four;

            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public Grams(ReadOnlySpan<byte> slots, int position)
            {
                _four = FourSlots(slots, position);
                Quad = (int)(((_four & 63) << 18) | (((_four >> 8) & 63) << 12) | (((_four >> 16) & 63) << 6) | ((_four >> 24) & 63));
            }

            public int Quad { get; }

            public int Triple => Quad >> 6;

            public int Pair => Quad >> 12;

            public bool HasPair => (_four & 0xC0C0) == 0;

            public bool HasTriple => (_four & 0xC0C0C0) == 0;

            public bool HasQuad => (_four & 0xC0C0C0C0) == 0;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool Has(ulong[] bits, int index) => (bits[index >> 6] & (1UL << (index & 63))) != 0;

        private static void Set(ulong[] bits, int index) => bits[index >> 6] |= 1UL << (index & 63);

        /// <summary>Exactly the anchors, one position at a time (the reference for the vector path).</summary>
        internal ulong CandidatesScalar(ReadOnlySpan<byte> slots, int at)
        {
            ulong bits = 0;
            for (int k = 0; k < 64; k++)
            {
                if (IsAnchorAt(slots, at + k))
                {
                    bits |= 1UL << k;
                }
            }

            return bits;
        }

        // The bytes of each hashed bitmap: 2,048 bits, about 110 of them set for the word pass, so that a position that
        // holds no anchor passes both bitmaps about three times in a thousand.
        internal const int BucketBytes = 256;

        /// <summary>Sets the bits of the quad of slots <paramref name="a"/>…<paramref name="d"/> (six bits each) in two hashed bitmaps.</summary>
        internal static void AddToBuckets(byte[] bucketsA, byte[] bucketsB, byte a, byte b, byte c, byte d)
        {
            int hashA = HashByte(ByteHashA, a, b, c, d);
            int hashB = HashByte(ByteHashB, a, b, c, d);
            bucketsA[hashA] |= (byte)(1 << (hashB & 7));
            bucketsB[hashB] |= (byte)(1 << (hashA & 7));
        }

        /// <summary>Whether the slots are in both bitmaps (<see cref="AddToBuckets"/>): the scalar twin of the vector test.</summary>
        internal static bool InBuckets(byte[] bucketsA, byte[] bucketsB, byte a, byte b, byte c, byte d)
        {
            int hashA = HashByte(ByteHashA, a, b, c, d);
            int hashB = HashByte(ByteHashB, a, b, c, d);
            return (bucketsA[hashA] & (1 << (hashB & 7))) != 0 && (bucketsB[hashB] & (1 << (hashA & 7))) != 0;
        }

        /// <summary>The hashed bucket bitmaps (<see cref="BucketBytes"/> bytes each), for tests.</summary>
        internal byte[] BucketsA { get; }

        /// <summary>See <see cref="BucketsA"/>.</summary>
        internal byte[] BucketsB { get; }

        /// <summary>The same superset as the vector path, computed one position at a time (the oracle for its hashing).</summary>
        internal ulong HashedCandidatesScalar(ReadOnlySpan<byte> slots, int at)
        {
            ulong bits = 0;
            for (int k = 0; k < 64; k++)
            {
                byte a = (byte)(slots[at + k] & 63), b = (byte)(slots[at + k + 1] & 63), c = (byte)(slots[at + k + 2] & 63);
                byte d = (byte)(slots[at + k + 3] & 63);
                bool isShort = _hasShortNeedles && (_shortFirstGroups[a] & _shortSecondGroups[b] & _shortThirdGroups[c]) != 0;
                bool isQuad = (slots[at + k] | slots[at + k + 1] | slots[at + k + 2] | slots[at + k + 3]) < 64;
                if ((isQuad && InBuckets(BucketsA, BucketsB, a, b, c, d)) || isShort)
                {
                    bits |= 1UL << k;
                }
            }

            return bits;
        }

        // How many slots past its 64 positions the AVX2 filter reads: the quads of the last sixteen positions come from a
        // 16-byte load eight positions on.
        internal const int TripleReadPast = 8;

        // The triple table: 4,096 words (16 KB) for about 230 bits, two per four-letter anchor, so that a letter quad that
        // holds none passes about twice in a thousand, as often as with the VBMI bitmaps. Half the table passes twice as
        // many in vain for no speed that the Search preset shows.
        private const int TripleTableBits = 12;
        private const uint TripleHashMultiplier = 0x85EBCA6Bu;

        private static int[] AllocateTripleTable() =>
#if NET8_0_OR_GREATER
            GC.AllocateArray<int>(1 << TripleTableBits, pinned: true); // the gathers read it through a pointer
#else
            new int[1 << TripleTableBits];
#endif

        /// <summary>
        /// Adds the quad of slots <paramref name="four"/> (the first in the low byte) to the triple table. Neighbouring
        /// positions k (even) and k + 1 share the triple of slots k + 1 … k + 3, which ends the quad of k and starts that of
        /// k + 1, so that one read of its word answers both: a quad is set in the low half of the word of its last three
        /// slots, at a bit picked by its first slot, and in the high half of the word of its first three, at a bit picked
        /// by its last. The slot is mixed with four more bits of the triple's hash, so that triples that share a word do not
        /// also share which slots pass.
        /// </summary>
        internal static void AddToTripleTable(int[] table, uint four)
        {
            table[TripleWord(four >> 8)] |= 1 << TripleBit(four >> 8, four & 255, 0);
            table[TripleWord(four & 0xFFFFFF)] |= 1 << TripleBit(four & 0xFFFFFF, four >> 24, 16);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static uint TripleWord(uint triple) => (triple * TripleHashMultiplier) >> (32 - TripleTableBits);

        // The bit of the other slot in its half of the triple's word: four bits of the hash below the word's.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static int TripleBit(uint triple, uint slot, int half) =>
            half + (int)((slot ^ ((triple * TripleHashMultiplier) >> (28 - TripleTableBits))) & 15);

        /// <summary>How many bits of the triple table are set (for tests): at most two per four-letter anchor.</summary>
        internal int TripleTableBitCount
        {
            get
            {
                int count = 0;
                foreach (int word in _tripleTable)
                {
                    for (uint w = (uint)word; w != 0; w &= w - 1)
                    {
                        count++;
                    }
                }

                return count;
            }
        }

        // The short needles in eight buckets, each its own while there are at most eight: a bucket of one needle passes
        // exactly its slots (a byte is its two nibbles; NotWord and Ignored have the high nibble 15, which no letter has),
        // and anything as a pair's third slot. Needles that share a bucket pass the mix of their nibbles, a superset.
        private void FillShortNibbles(List<byte[]> needles)
        {
            for (int n = 0; n < needles.Count; n++)
            {
                byte bit = (byte)(1 << (n & 7));
                for (int j = 0; j < 3; j++)
                {
                    bool any = j >= needles[n].Length;
                    for (int x = 0; x < 16; x++)
                    {
                        if (any || x == (needles[n][j] & 15))
                        {
                            _shortNibbles[(32 * j) + x] |= bit;
                        }

                        if (any || x == needles[n][j] >> 4)
                        {
                            _shortNibbles[(32 * j) + 16 + x] |= bit;
                        }
                    }
                }
            }

            for (int j = 0; j < 3; j++)
            {
                for (int x = 0; x < 256; x++)
                {
                    _shortBuckets[(256 * j) + x] = (byte)(_shortNibbles[(32 * j) + (x & 15)] & _shortNibbles[(32 * j) + 16 + (x >> 4)]);
                }
            }
        }

        /// <summary>
        /// The superset of the anchors that <see cref="Candidates"/> gives with AVX2 and no AVX-512 VBMI, one position at a time (the
        /// oracle for its AVX2 path): a position whose four slots are letters (none has its top bit set) and whose bit in
        /// the triple table (<see cref="AddToTripleTable"/>) is set, or whose first three slots are in a short needle's
        /// nibble bucket. The role of a position in the table depends on its parity from <paramref name="at"/>. Past the
        /// span's end the slots are NotWord.
        /// </summary>
        internal ulong TripleCandidatesScalar(ReadOnlySpan<byte> slots, int at)
        {
            // Without branches on the slots (whether a quad is letters is as good as random to a branch predictor) or
            // bounds checks (a hash is below the table's length, a byte below 256).
            ref int table = ref _tripleTable[0];
            ref byte buckets = ref _shortBuckets[0];
            ulong bits = 0;
            for (int k = 0; k < 64; k += 2)
            {
                uint even = FourSlots(slots, at + k);
                uint odd = FourSlots(slots, at + k + 1);
                uint triple = even >> 8; // the odd position's first three slots too
                uint word = (uint)Unsafe.Add(ref table, (int)TripleWord(triple));
                uint evenHit = (word >> TripleBit(triple, even & 255, 0)) & AreLetters(even);
                uint oddHit = (word >> TripleBit(triple, odd >> 24, 16)) & AreLetters(odd);
                uint pair = ((evenHit | InShortBuckets(ref buckets, even)) & 1) | (((oddHit | InShortBuckets(ref buckets, odd)) & 1) << 1);
                bits |= (ulong)pair << k;
            }

            return bits;
        }

        // The triple sieve's bits for an anchor (or a short needle) of `length` letters from slots[offset]. A needle of
        // two letters fills the triples that hold it with anything after or before it; one of three, those that hold
        // its last two with anything after them.
        private void AddToTripleSieve(byte[] slots, int offset, int length)
        {
            if (_tripleSieve.Length == 0)
            {
                return;
            }

            uint a = slots[offset], b = slots[offset + 1];
            if (length == 2)
            {
                for (uint any = 0; any < 256; any++)
                {
                    SetSieve(a | (b << 8) | (any << 16), StartsHere);
                    SetSieve(any | (a << 8) | (b << 16), StartsAfter);
                }

                return;
            }

            uint c = slots[offset + 2];
            SetSieve(a | (b << 8) | (c << 16), StartsHere);
            if (length > 3)
            {
                SetSieve(b | (c << 8) | ((uint)slots[offset + 3] << 16), StartsBefore);
                return;
            }

            for (uint any = 0; any < 256; any++)
            {
                SetSieve(b | (c << 8) | (any << 16), StartsBefore);
            }
        }

        /// <summary>Whether <see cref="Candidates"/> reads the triple sieve on this machine: everywhere but with AVX-512 VBMI.</summary>
        internal static bool SieveIsRead =>
#if NET8_0_OR_GREATER
            !Avx512Vbmi.IsSupported;
#else
            true;
#endif

        // The sieve's bits (see _tripleSieve).
        private const uint StartsBefore = 1;
        private const uint StartsHere = 2;
        private const uint StartsAfter = 4;

        private void SetSieve(uint triple, uint bits)
        {
            int index = SieveIndex(triple);
            _tripleSieve[index] |= (byte)bits;
        }

        // Multiplicative hashing of the three slots (the first in the low byte) into SieveBits bits.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static int SieveIndex(uint triple) => (int)(((triple & 0xFFFFFF) * 0x9E3779B1u) >> (32 - SieveBits));

        /// <summary>
        /// Exactly the anchors (<see cref="CandidatesScalar"/>), as <see cref="Candidates"/> gives them without AVX-512
        /// VBMI or AVX2: the triple sieve, read at the 33 even positions from <paramref name="at"/>, passes the few
        /// positions that may hold an anchor, and only those are tested. Reads 68 slots where the span has them.
        /// </summary>
        /// <remarks>
        /// Testing every position cost about twelve operations each, more than half of the word pass on such machines;
        /// the sieve costs about as many for two positions, and passes one or two in a hundred.
        /// </remarks>
        internal ulong SievedCandidatesScalar(ReadOnlySpan<byte> slots, int at)
        {
            if (at > slots.Length - 68 || !BitConverter.IsLittleEndian)
            {
                return CandidatesScalar(slots, at); // reads NotWord past the end
            }

            ref byte first = ref Unsafe.Add(ref MemoryMarshal.GetReference(slots), at);
            ref byte sieve = ref _tripleSieve[0];

            // Each even position's three bits, shifted to its position less one: bit 0 is the position before it. Each
            // half is written out, so that every shift is a constant and nothing counts the positions.
            ulong near = (SieveHalf(ref sieve, ref first, 0) >> 1) | (SieveHalf(ref sieve, ref first, 32) << 31)
                | ((ulong)(SieveBitsAt(ref sieve, ref first, 64) & StartsBefore) << 63);

            ulong bits = 0;
            while (near != 0)
            {
                int k = WordSlots.TrailingZeroCount(near);
                near &= near - 1;
                if (IsAnchorAt(slots, at + k))
                {
                    bits |= 1UL << k;
                }
            }

            return bits;
        }

        // The sieve's bits of the 16 even positions from k, each at its position less k (bits 0–32).
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static ulong SieveHalf(ref byte sieve, ref byte first, int k) =>
            (ulong)(SieveBitsAt(ref sieve, ref first, k) | (SieveBitsAt(ref sieve, ref first, k + 2) << 2)
                | (SieveBitsAt(ref sieve, ref first, k + 4) << 4) | (SieveBitsAt(ref sieve, ref first, k + 6) << 6)
                | (SieveBitsAt(ref sieve, ref first, k + 8) << 8) | (SieveBitsAt(ref sieve, ref first, k + 10) << 10)
                | (SieveBitsAt(ref sieve, ref first, k + 12) << 12) | (SieveBitsAt(ref sieve, ref first, k + 14) << 14)
                | (SieveBitsAt(ref sieve, ref first, k + 16) << 16) | (SieveBitsAt(ref sieve, ref first, k + 18) << 18)
                | (SieveBitsAt(ref sieve, ref first, k + 20) << 20) | (SieveBitsAt(ref sieve, ref first, k + 22) << 22)
                | (SieveBitsAt(ref sieve, ref first, k + 24) << 24) | (SieveBitsAt(ref sieve, ref first, k + 26) << 26)
                | (SieveBitsAt(ref sieve, ref first, k + 28) << 28))
            | ((ulong)SieveBitsAt(ref sieve, ref first, k + 30) << 30);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static uint SieveBitsAt(ref byte sieve, ref byte first, int position)
        {
            int index = SieveIndex(Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref first, position)));
            return Unsafe.Add(ref sieve, index);
        }

        // 1 when the four slots are letters (none has its top bit set), else 0.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static uint AreLetters(uint four) => NotZero(four & 0x80808080u) ^ 1;

        // 1 when the first three slots are in a short needle's bucket, else 0.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static uint InShortBuckets(ref byte buckets, uint four) =>
            NotZero((uint)(Unsafe.Add(ref buckets, (int)(four & 255)) & Unsafe.Add(ref buckets, 256 + (int)((four >> 8) & 255))
                & Unsafe.Add(ref buckets, 512 + (int)((four >> 16) & 255))));

        // 1 when x is not zero, else 0, by arithmetic (the JIT turns a comparison into a branch here).
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static uint NotZero(uint x) => (uint)(((ulong)x + uint.MaxValue) >> 32);

#if NET8_0_OR_GREATER
        // Byte shuffles of the 16 bytes of a lane: dword i gets the triple that positions 2i and 2i + 1 share, and the
        // slots on either side of it (the even position's first, at bit 0, and the odd one's last, at bit 16).
        private static readonly Vector256<byte> SharedTriples = Vector256.Create(
            (byte)1, 2, 3, 0x80, 3, 4, 5, 0x80, 5, 6, 7, 0x80, 7, 8, 9, 0x80, 1, 2, 3, 0x80, 3, 4, 5, 0x80, 5, 6, 7, 0x80, 7, 8, 9, 0x80);

        private static readonly Vector256<byte> OuterSlots = Vector256.Create(
            (byte)0, 0x80, 4, 0x80, 2, 0x80, 6, 0x80, 4, 0x80, 8, 0x80, 6, 0x80, 10, 0x80, 0, 0x80, 4, 0x80, 2, 0x80, 6, 0x80, 4, 0x80, 8, 0x80, 6, 0x80, 10, 0x80);

        /// <summary>
        /// <see cref="TripleCandidatesScalar"/> with AVX2, 32 positions at a time: one gather of the triple table answers
        /// sixteen positions, byte compares and nibble shuffles the rest. The span holds 64 + <see cref="TripleReadPast"/>
        /// slots from <paramref name="at"/>.
        /// </summary>
        /// <remarks>
        /// Gathers are what the test waits on (on Zen 3, a gather of eight words costs about three times the rest of the
        /// test of eight positions): a word for two positions halves them, for a table twice as large. Scalar loads of the
        /// hashes cost more than the gathers.
        /// </remarks>
        internal unsafe ulong TripleCandidatesAvx2(ReadOnlySpan<byte> slots, int at)
        {
            ref byte first = ref Unsafe.Add(ref MemoryMarshal.GetReference(slots), at);
            int* table = (int*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(_tripleTable)); // pinned

            // The positions whose four slots are letters, from the top bits of the 67 slots, in general-purpose registers:
            // the vector units are what the filter waits on.
            var low = Vector256.LoadUnsafe(ref first);
            var high = Vector256.LoadUnsafe(ref first, 32);
            ulong notLetters = low.ExtractMostSignificantBits() | ((ulong)high.ExtractMostSignificantBits() << 32);
            ulong past = Vector256.LoadUnsafe(ref first, 35).ExtractMostSignificantBits() >> 29; // slots 64–66
            ulong quads = ~(notLetters | (notLetters >> 1) | (past << 63) | (notLetters >> 2) | (past << 62) | (notLetters >> 3) | (past << 61));
            ulong hits = (TripleHalfAvx2(ref first, 0, table) | ((ulong)TripleHalfAvx2(ref first, 32, table) << 32)) & quads;
            if (_hasShortNeedles)
            {
                hits |= ShortHalfAvx2(ref first, 0, low) | ((ulong)ShortHalfAvx2(ref first, 32, high) << 32);
            }

            return hits;
        }

        /// <summary>
        /// The triple table's bits of the 32 positions from <paramref name="k"/> (whether their slots are letters aside).
        /// Called twice rather than looped over: inlined into the word pass's chunk loop, a loop of two turns reloaded
        /// spilled state on each (Search on the benchmark text took 1.5 % longer).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static unsafe uint TripleHalfAvx2(ref byte first, int k, int* table)
        {
            // The signed pack keeps each half's sign; it takes the two gathers' lanes in turn, which the permute undoes.
            var packed = Avx2.PackSignedSaturate(TripleHits(ref first, k, table), TripleHits(ref first, k + 16, table));
            return Avx2.Permute4x64(packed.AsInt64(), 0b11_01_10_00).AsByte().ExtractMostSignificantBits();
        }

        /// <summary>The short needles' nibble buckets for the 32 positions from <paramref name="k"/>, whose slots are <paramref name="s0"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private uint ShortHalfAvx2(ref byte first, int k, Vector256<byte> s0)
        {
            var nibbles = _shortNibbleVectors;
            var buckets = InShortBuckets(s0, nibbles[0], nibbles[1]) & InShortBuckets(Vector256.LoadUnsafe(ref first, (nuint)k + 1), nibbles[2], nibbles[3])
                & InShortBuckets(Vector256.LoadUnsafe(ref first, (nuint)k + 2), nibbles[4], nibbles[5]);
            return ~Vector256.Equals(buckets, Vector256<byte>.Zero).ExtractMostSignificantBits();
        }

        /// <summary>
        /// The 16-bit half k of the result has its sign set when position <paramref name="offset"/> + k has its bit in the
        /// triple table (whether its slots are letters aside).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static unsafe Vector256<short> TripleHits(ref byte first, int offset, int* table)
        {
            // Lane j holds the slots from offset + 8j: its four dwords are positions offset + 8j … + 7, two each.
            var sixteen = Vector256.Create(Vector128.LoadUnsafe(ref first, (nuint)offset), Vector128.LoadUnsafe(ref first, (nuint)offset + 8));
            var triple = Avx2.Shuffle(sixteen, SharedTriples).AsUInt32();
            var outer = Avx2.Shuffle(sixteen, OuterSlots).AsUInt32();
            var hash = Avx2.MultiplyLow(triple, Vector256.Create(TripleHashMultiplier));
            var words = Avx2.GatherVector256(table, Avx2.ShiftRightLogical(hash, 32 - TripleTableBits).AsInt32(), 4).AsUInt32();

            // Each position's bit to the sign of its half: a shift left by 15 minus the bit's index in the half.
            var mixed = Avx2.ShiftRightLogical(hash, 28 - TripleTableBits);
            var fifteen = Vector256.Create(15u);
            var even = Avx2.ShiftLeftLogicalVariable(words, Avx2.AndNot(outer ^ mixed, fifteen));
            var odd = Avx2.ShiftLeftLogicalVariable(words, Avx2.AndNot(Avx2.ShiftRightLogical(outer, 16) ^ mixed, fifteen));
            return Avx2.Blend(even.AsInt16(), odd.AsInt16(), 0b1010_1010);
        }

        // Byte k: the buckets whose needles may have the slot k in their place (its two nibbles' entries). The low nibble
        // is masked too: a byte shuffle reads a byte with its top bit set as zero, and a pair's third slot may be NotWord.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector256<byte> InShortBuckets(Vector256<byte> slots, Vector256<byte> low, Vector256<byte> high)
        {
            var nibble = Vector256.Create((byte)15);
            return Avx2.Shuffle(low, slots & nibble) & Avx2.Shuffle(high, Avx2.ShiftRightLogical(slots.AsUInt16(), 4).AsByte() & nibble);
        }

        private readonly QuadBitmapVectors _bitmaps;
        private readonly (Vector512<byte> First, Vector512<byte> Second, Vector512<byte> Third) _shortGroups;

        internal ulong CandidatesVector(ReadOnlySpan<byte> slots, int at)
        {
            ref byte first = ref Unsafe.Add(ref MemoryMarshal.GetReference(slots), at);
            var s0 = Vector512.LoadUnsafe(ref first);
            var s1 = Vector512.LoadUnsafe(ref first, 1);
            var s2 = Vector512.LoadUnsafe(ref first, 2);
            var s3 = Vector512.LoadUnsafe(ref first, 3);

            // The permutes read the low six bits of each slot, so NotWord and Ignored would stand for slots 63 and 62: a
            // quad anchor is four letters, so the bitmaps count only where all four slots are letters (a quad across a
            // space was most of the positions the bitmaps passed in vain).
            var letters = Vector512.LessThan(s0 | s1 | s2 | s3, Vector512.Create((byte)64));
            var hits = Vector512.ConditionalSelect(letters, _bitmaps.InBoth(s0, s1, s2, s3), Vector512<byte>.Zero);
            if (_hasShortNeedles)
            {
                hits |= Avx512Vbmi.PermuteVar64x8(_shortGroups.First, s0) & Avx512Vbmi.PermuteVar64x8(_shortGroups.Second, s1)
                    & Avx512Vbmi.PermuteVar64x8(_shortGroups.Third, s2);
            }

            ulong bits = ~Vector512.Equals(hits, Vector512<byte>.Zero).ExtractMostSignificantBits();
            return bits;
        }
#endif

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static int HashByte(byte[] table, byte a, byte b, byte c, byte d) =>
            table[a] ^ table[64 + b] ^ table[128 + c] ^ table[192 + d];

        /// <summary>
        /// <paramref name="count"/> bytes of xorshift32 from <paramref name="seed"/>: deterministic tables of random bytes
        /// for tabulation hashing (here, and in the date scan's lead filter).
        /// </summary>
        internal static byte[] RandomBytes(uint seed, int count)
        {
            // xorshift32: deterministic and good enough to spread 64 slots over a byte.
            var bytes = new byte[count];
            uint x = seed;
            for (int k = 0; k < bytes.Length; k++)
            {
                x ^= x << 13;
                x ^= x >> 17;
                x ^= x << 5;
                bytes[k] = (byte)(x >> 24);
            }

            return bytes;
        }

        /// <summary>
        /// Where in the needle its anchor of <paramref name="length"/> letters starts: at the gram that the fewest words
        /// contain, and not one of a canonical spelling (text mostly has those) unless every gram is. A quad is as rare as
        /// the rarer of its two triples.
        /// </summary>
        private static int RarestGram(string needle, int length, Dictionary<int, int> rank, ICollection<int> avoid)
        {
            int best = 0;
            int bestScore = int.MaxValue;
            for (int k = 0; k + length <= needle.Length; k++)
            {
                int commonness = Commonness(needle, k, rank);
                if (length == 4)
                {
                    commonness = Math.Min(commonness, Commonness(needle, k + 1, rank));
                }

                int score = (avoid.Contains(GramKey(needle, k, length)) ? CommonTripleCount + 1 : 0) + commonness;
                if (score < bestScore)
                {
                    best = k;
                    bestScore = score;
                }
            }

            return best;
        }

        // 0 for a triple that is not among the common ones, up to CommonTripleCount for the commonest.
        private static int Commonness(string letters, int at, Dictionary<int, int> rank) =>
            rank.TryGetValue(TripleIndex(letters[at], letters[at + 1], letters[at + 2]), out int r) ? CommonTripleCount - r : 0;

        private static int TripleIndex(char a, char b, char c) =>
            (SpellingVariantLexicon.Slot(a) << 12) | (SpellingVariantLexicon.Slot(b) << 6) | SpellingVariantLexicon.Slot(c);

        private const int CommonTripleCount = 400;

        /// <summary>The common triples, most frequent first (for tests).</summary>
        internal static string[] CommonTripleList => CommonTriples.Split(' ');

        private static Dictionary<int, int> CommonTripleRanks()
        {
            var rank = new Dictionary<int, int>();
            string[] triples = CommonTriples.Split(' ');
            for (int r = 0; r < triples.Length; r++)
            {
                rank[TripleIndex(triples[r][0], triples[r][1], triples[r][2])] = r;
            }

            return rank;
        }
    }
}
