using System;
using System.Collections.Generic;
using ArabicNews.Text;

namespace ArabicNews.Dates
{
    /// <summary>
    /// For every letter triple of the needles (<see cref="DateLexicon.LeadingNeedles"/>), the offsets in a needle where it
    /// stands: a lexicon match holds its needle at its word's start or after a proclitic, so an anchor triple found
    /// deeper in a word than any needle holds it (إيران holds the اير of يناير one letter in, not three) starts nothing.
    /// An open-addressing table of a few kilobytes, probed once or twice per anchor.
    /// </summary>
    internal sealed class NeedleOffsets
    {
        private const int TableBits = 11;
        private const int Empty = -1;

        private readonly int[] _keys = new int[1 << TableBits];
        private readonly uint[] _offsets = new uint[1 << TableBits];

        /// <summary>The offsets of the triples of <paramref name="needles"/> (folded letters; shorter needles have none).</summary>
        public NeedleOffsets(IEnumerable<string> needles)
        {
            _keys.AsSpan().Fill(Empty);
            int count = 0;
            foreach (string needle in needles)
            {
                if (needle.Length > 32)
                {
                    throw new ArgumentException($"The needle '{needle}' is longer than 32 letters.", nameof(needles));
                }

                for (int k = 0; k + 3 <= needle.Length; k++)
                {
                    int key = KeyOf(MatchingFold.SlotOf(needle[k]), MatchingFold.SlotOf(needle[k + 1]), MatchingFold.SlotOf(needle[k + 2]));
                    int slot = SlotOf(key);
                    if (_keys[slot] == Empty)
                    {
                        if (++count > _keys.Length / 2)
                        {
                            throw new ArgumentException("Too many needle triples for the table.", nameof(needles));
                        }

                        _keys[slot] = key;
                    }

                    _offsets[slot] |= 1u << k;
                    MaxOffset = Math.Max(MaxOffset, k);
                }
            }
        }

        /// <summary>The deepest offset of any triple in its needle.</summary>
        public int MaxOffset { get; }

        /// <summary>Bit k: the triple of slots <paramref name="a"/>, <paramref name="b"/>, <paramref name="c"/> stands at offset k of a needle.</summary>
        public uint OffsetsOf(byte a, byte b, byte c)
        {
            int key = KeyOf(a, b, c);
            int mask = _keys.Length - 1;
            for (int slot = Hash(key) & mask; ; slot = (slot + 1) & mask)
            {
                int found = _keys[slot];
                if (found == key)
                {
                    return _offsets[slot];
                }

                if (found == Empty)
                {
                    return 0;
                }
            }
        }

        private int SlotOf(int key)
        {
            int mask = _keys.Length - 1;
            int slot = Hash(key) & mask;
            while (_keys[slot] != Empty && _keys[slot] != key)
            {
                slot = (slot + 1) & mask;
            }

            return slot;
        }

        private static int KeyOf(byte a, byte b, byte c) => (a << 16) | (b << 8) | c;

        private static int Hash(int key) => (int)(((uint)key * 2654435769u) >> (32 - TableBits));
    }
}
