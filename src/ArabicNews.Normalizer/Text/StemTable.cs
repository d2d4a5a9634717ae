using System;
using System.Collections.Generic;

namespace ArabicNews.Text
{
    /// <summary>
    /// An open-addressing hash table from folded stems, as letter slots (see <see cref="SpellingVariantLexicon.Slot"/>),
    /// to set indexes, looked up by span without allocating.
    /// </summary>
    internal sealed class StemTable
    {
        private readonly byte[][] _keys;
        private readonly int[] _values;
        private readonly int _mask;

        /// <summary>Creates the table from folded stems of at least three letters each.</summary>
        public StemTable(Dictionary<string, int> entries)
        {
            int size = 16;
            while (size < entries.Count * 2)
            {
                size <<= 1;
            }

            _keys = new byte[size][];
            _values = new int[size];
            _mask = size - 1;
            foreach (var entry in entries)
            {
                var key = SpellingVariantLexicon.SlotsOf(entry.Key);
                int slot = Hash(key) & _mask;
                while (_keys[slot] is not null)
                {
                    slot = (slot + 1) & _mask;
                }

                _keys[slot] = key;
                _values[slot] = entry.Value;
            }
        }

        /// <summary>The set of the stem spelled by <paramref name="key"/> (at least three slots), or -1.</summary>
        public int Find(ReadOnlySpan<byte> key)
        {
            int slot = Hash(key) & _mask;
            while (true)
            {
                byte[]? candidate = _keys[slot];
                if (candidate is null)
                {
                    return -1;
                }

                if (key.SequenceEqual(candidate))
                {
                    return _values[slot];
                }

                slot = (slot + 1) & _mask;
            }
        }

        // The length and the first three and last two letters, mixed by one multiplication: five independent loads instead
        // of a multiplication per letter, and stable across processes and frameworks, unlike string.GetHashCode. Stems
        // that share all of them only share a probe sequence.
        private static int Hash(ReadOnlySpan<byte> key)
        {
            int n = key.Length;
            ulong mixed = (uint)n | ((ulong)key[0] << 8) | ((ulong)key[1] << 16) | ((ulong)key[2] << 24)
                | ((ulong)key[n - 2] << 32) | ((ulong)key[n - 1] << 40);
            return (int)((mixed * 0x9E3779B97F4A7C15UL) >> 40);
        }
    }
}
