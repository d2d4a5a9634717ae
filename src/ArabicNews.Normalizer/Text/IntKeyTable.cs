using System;
using System.Collections.Generic;

namespace ArabicNews.Text
{
    /// <summary>
    /// A read-only map from non-negative int keys to values, for the few hundred keys that a hot path probes once per
    /// candidate: open addressing at most a quarter full, a Fibonacci hash (one multiply) and linear probing. A key and
    /// its value sit side by side, so that a hit costs one read of the table.
    /// </summary>
    internal sealed class IntKeyTable<TValue>
    {
        private const int Empty = -1;

        private readonly Entry[] _entries;
        private readonly int _shift;

        /// <summary>A table of <paramref name="entries"/>, whose keys are all non-negative.</summary>
        public IntKeyTable(IReadOnlyDictionary<int, TValue> entries)
        {
            int bits = 4;
            while ((1 << bits) < entries.Count * 4)
            {
                bits++;
            }

            _entries = new Entry[1 << bits];
            _shift = 32 - bits;
            for (int k = 0; k < _entries.Length; k++)
            {
                _entries[k] = new Entry(Empty, default!);
            }

            foreach (var entry in entries)
            {
                int slot = SlotOf(entry.Key);
                while (_entries[slot].Key != Empty)
                {
                    slot = (slot + 1) & (_entries.Length - 1);
                }

                _entries[slot] = new Entry(entry.Key, entry.Value);
            }
        }

        /// <summary>The value of <paramref name="key"/>, when the table holds it.</summary>
        public bool TryGetValue(int key, out TValue value)
        {
            var entries = _entries;
            for (int slot = SlotOf(key); ; slot = (slot + 1) & (entries.Length - 1))
            {
                ref readonly var found = ref entries[slot];
                if (found.Key == key)
                {
                    value = found.Value;
                    return true;
                }

                if (found.Key == Empty)
                {
                    value = default!;
                    return false;
                }
            }
        }

        private int SlotOf(int key) => (int)(((uint)key * 0x9E3779B1u) >> _shift);

        private readonly struct Entry
        {
            public Entry(int key, TValue value)
            {
                Key = key;
                Value = value;
            }

            public int Key { get; }

            public TValue Value { get; }
        }
    }
}
