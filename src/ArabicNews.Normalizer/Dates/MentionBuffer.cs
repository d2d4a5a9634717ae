using System;
using System.Buffers;

namespace ArabicNews.Dates
{
    /// <summary>
    /// The mentions of one extraction while it runs, in arrays rented from the shared pool, then copied once into an
    /// array of the exact length. A list that grows by doubling allocates about twice the result, and from about 10,000
    /// mentions on its arrays land on the large-object heap, whose collections are the costly ones.
    /// </summary>
    internal struct MentionBuffer
    {
        private const int FirstCapacity = 16;

        private DateMention[]? _items;
        private int _count;

        /// <summary>Adds a mention at the end.</summary>
        public void Add(DateMention mention)
        {
            if (_items is null || _count == _items.Length)
            {
                Grow();
            }

            _items![_count++] = mention;
        }

        /// <summary>The mentions, in an array of their number (the empty array when there are none); the buffer is then empty.</summary>
        public DateMention[] ToArrayAndClear()
        {
            if (_items is null)
            {
                return Array.Empty<DateMention>();
            }

            var result = _count == 0 ? Array.Empty<DateMention>() : _items.AsSpan(0, _count).ToArray();
            Release();
            return result;
        }

        /// <summary>Gives the rented array back to the pool, without references that would keep mentions alive.</summary>
        public void Release()
        {
            if (_items is not null)
            {
                ArrayPool<DateMention>.Shared.Return(_items, clearArray: true);
                _items = null;
                _count = 0;
            }
        }

        private void Grow()
        {
            var larger = ArrayPool<DateMention>.Shared.Rent(_items is null ? FirstCapacity : _items.Length * 2);
            if (_items is not null)
            {
                _items.AsSpan(0, _count).CopyTo(larger);
                ArrayPool<DateMention>.Shared.Return(_items, clearArray: true);
            }

            _items = larger;
        }
    }
}
