using System;
using System.Collections.Generic;

namespace ArabicNews.Text
{
    /// <summary>
    /// A read-only map from non-negative int keys to values, for the few hundred keys that a hot path probes once per
    /// candidate: open addressing at most a quarter full, a Fibonacci hash (one multiply) and linear probing.
    /// </summary>
    internal sealed class IntKeyTable<TValue>
    {
        private const int Empty = -1;

        private readonly int[] _keys;
        private readonly TValue[] _values;
        private readonly int _shift;

        /// <summary>A table of <paramref name="entries"/>, whose keys are all non-negative.</summary>
        public IntKeyTable(IReadOnlyDictionary<int, TValue> entries)
        {
            int bits = 4;
            while ((1 << bits) < entries.Count * 4)
            {
                bits++;
            }

            _keys = new int[1 << bits];
            _values = new TValue[1 << bits];
            _shift = 32 - bits;
            _keys.AsSpan().Fill(Empty);
            foreach (var entry in entries)
            {
                int slot = SlotOf(entry.Key);
                while (_keys[slot] != Empty)
                {
                    slot = (slot + 1) & (_keys.Length - 1);
                }

                _keys[slot] = entry.Key;
                _values[slot] = entry.Value;
            }
        }

        /// <summary>The value of <paramref name="key"/>, when the table holds it.</summary>
        public bool TryGetValue(int key, out TValue value)
        {
            for (int slot = SlotOf(key); ; slot = (slot + 1) & (_keys.Length - 1))
            {
                int found = _keys[slot];
                if (found == key)
                {
                    value = _values[slot];
                    return true;
                }

                if (found == Empty)
                {
                    value = default!;
                    return false;
                }
            }
        }

        private int SlotOf(int key) => (int)(((uint)key * 0x9E3779B1u) >> _shift);
    }
}
