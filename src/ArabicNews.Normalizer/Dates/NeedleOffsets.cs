using System;
using System.Collections.Generic;
using ArabicNews.Text;

namespace ArabicNews.Dates
{
    /// <summary>
    /// For every letter triple of the needles (<see cref="DateLexicon.LeadingNeedles"/>), the offsets in a needle where it
    /// stands: a lexicon match holds its needle at its word's start or after a proclitic, so an anchor triple found
    /// deeper in a word than any needle holds it (إيران holds the اير of يناير one letter in, not three) starts nothing.
    /// </summary>
    internal sealed class NeedleOffsets
    {
        private readonly IntKeyTable<uint> _offsets;

        /// <summary>The offsets of the triples of <paramref name="needles"/> (folded letters; shorter needles have none).</summary>
        public NeedleOffsets(IEnumerable<string> needles)
        {
            var offsets = new Dictionary<int, uint>();
            foreach (string needle in needles)
            {
                if (needle.Length > 32)
                {
                    throw new ArgumentException($"The needle '{needle}' is longer than 32 letters.", nameof(needles));
                }

                for (int k = 0; k + 3 <= needle.Length; k++)
                {
                    int key = KeyOf(MatchingFold.SlotOf(needle[k]), MatchingFold.SlotOf(needle[k + 1]), MatchingFold.SlotOf(needle[k + 2]));
                    offsets.TryGetValue(key, out uint bits);
                    offsets[key] = bits | (1u << k);
                    MaxOffset = Math.Max(MaxOffset, k);
                }
            }

            _offsets = new IntKeyTable<uint>(offsets);
        }

        /// <summary>The deepest offset of any triple in its needle.</summary>
        public int MaxOffset { get; }

        /// <summary>Bit k: the triple of slots <paramref name="a"/>, <paramref name="b"/>, <paramref name="c"/> stands at offset k of a needle.</summary>
        public uint OffsetsOf(byte a, byte b, byte c) => _offsets.TryGetValue(KeyOf(a, b, c), out uint offsets) ? offsets : 0;

        private static int KeyOf(byte a, byte b, byte c) => (a << 16) | (b << 8) | c;
    }
}
