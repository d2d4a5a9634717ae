using System;
using System.Buffers;
using System.Collections;
using System.Collections.Generic;

namespace ArabicNews.Dates
{
    /// <summary>
    /// The mentions of one extraction while it runs, in arrays rented from the shared pool, then copied once into an
    /// array of the exact length, or for a long text into segments of such arrays. A list that grows by doubling
    /// allocates about twice the result, and from about 10,000 mentions on its arrays land on the large-object heap,
    /// whose collections are the costly ones.
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

        /// <summary>
        /// The largest result returned as one array: 8,192 references (64 KB), below the large-object heap's threshold.
        /// </summary>
        internal const int MaxArrayLength = 8192;

        /// <summary>
        /// The mentions so far, in order, and the buffer cleared: an array of their number, or from
        /// <see cref="MaxArrayLength"/> mentions on a list of such arrays. A long text's one array would be a
        /// large object, allocated from the large-object budget, whose exhaustion is a full collection every few texts.
        /// </summary>
        public IReadOnlyList<DateMention> ToListAndClear()
        {
            if (_items is null)
            {
                return Array.Empty<DateMention>();
            }

            IReadOnlyList<DateMention> result = _count == 0 ? Array.Empty<DateMention>()
                : _count <= MaxArrayLength ? _items.AsSpan(0, _count).ToArray()
                : new SegmentedMentions(_items, _count);
            Release();
            return result;
        }

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

    /// <summary>A read-only list of many mentions in arrays of <see cref="MentionBuffer.MaxArrayLength"/>, none of them a large object.</summary>
    internal sealed class SegmentedMentions : IReadOnlyList<DateMention>
    {
        private const int Shift = 13;
        private readonly DateMention[][] _segments;

        /// <summary>The first <paramref name="count"/> of <paramref name="items"/>, copied.</summary>
        public SegmentedMentions(DateMention[] items, int count)
        {
            _segments = new DateMention[(count + MentionBuffer.MaxArrayLength - 1) >> Shift][];
            for (int s = 0; s < _segments.Length; s++)
            {
                int from = s << Shift;
                _segments[s] = items.AsSpan(from, Math.Min(MentionBuffer.MaxArrayLength, count - from)).ToArray();
            }

            Count = count;
        }

        /// <inheritdoc/>
        public int Count { get; }

        /// <inheritdoc/>
        public DateMention this[int index]
        {
            get
            {
                if ((uint)index >= (uint)Count)
                {
                    throw new ArgumentOutOfRangeException(nameof(index));
                }

                return _segments[index >> Shift][index & (MentionBuffer.MaxArrayLength - 1)];
            }
        }

        /// <inheritdoc/>
        public IEnumerator<DateMention> GetEnumerator()
        {
            foreach (var segment in _segments)
            {
                foreach (var mention in segment)
                {
                    yield return mention;
                }
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
