using System;
using System.Collections.Generic;

namespace ArabicNews.Text
{
    /// <summary>An open-addressing hash table from folded stems to set indexes, looked up by span without allocating.</summary>
    internal sealed class StemTable
    {
        private readonly string[] _keys;
        private readonly int[] _values;
        private readonly int _mask;

        public StemTable(Dictionary<string, int> entries)
        {
            int size = 16;
            while (size < entries.Count * 2)
            {
                size <<= 1;
            }

            _keys = new string[size];
            _values = new int[size];
            _mask = size - 1;
            foreach (var entry in entries)
            {
                int slot = Hash(entry.Key.AsSpan()) & _mask;
                while (_keys[slot] is not null)
                {
                    slot = (slot + 1) & _mask;
                }

                _keys[slot] = entry.Key;
                _values[slot] = entry.Value;
            }
        }

        /// <summary>The value stored for <paramref name="key"/>, or -1.</summary>
        public int Find(ReadOnlySpan<char> key)
        {
            int slot = Hash(key) & _mask;
            while (true)
            {
                string? candidate = _keys[slot];
                if (candidate is null)
                {
                    return -1;
                }

                if (key.SequenceEqual(candidate.AsSpan()))
                {
                    return _values[slot];
                }

                slot = (slot + 1) & _mask;
            }
        }

        // FNV-1a over UTF-16 code units: stable across processes and frameworks, unlike string.GetHashCode.
        private static int Hash(ReadOnlySpan<char> key)
        {
            uint hash = 2166136261;
            foreach (char c in key)
            {
                hash = (hash ^ c) * 16777619;
            }

            return (int)(hash ^ (hash >> 15));
        }
    }
}
