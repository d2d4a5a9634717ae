using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
#if NET8_0_OR_GREATER
using System.Runtime.Intrinsics.X86;
#endif

namespace ArabicNews.Text
{
    /// <summary>
    /// The block that follows the one a word pass works on: its source text, and about where its characters will be
    /// written. The word pass works in cache and leaves main memory idle, while the next character pass would wait on it
    /// twice, to read its source and to take ownership of its destination lines. So the word pass asks for both a few
    /// lines at a time as it goes (<see cref="Prefetch"/>), into the second-level cache and not the first: the word pass
    /// works on the current block in the first-level cache, which the next block's 128 KB would evict. Only a hint: a
    /// prefetch never faults and changes nothing but timing, so an estimate of the destination that is a few lines off
    /// costs nothing; without SSE, and on netstandard2.0, it does nothing.
    /// </summary>
    internal readonly ref struct UpcomingBlock
    {
        private readonly ReadOnlySpan<char> _source;
        private readonly ReadOnlySpan<char> _destination;

        public UpcomingBlock(ReadOnlySpan<char> source, ReadOnlySpan<char> destination)
        {
            _source = source;
            _destination = destination;
        }

        /// <summary>
        /// Asks for the lines of the next block that stand for the 64 characters at <paramref name="at"/> of this one (two
        /// lines of source, two of destination): one chunk of the next block per chunk of this block's word pass spreads
        /// the requests over the pass, so that they never fill the line-fill buffers at once.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Prefetch(int at)
        {
#if NET8_0_OR_GREATER
            if (Sse.IsSupported)
            {
                TwoLines(_source, at);
                TwoLines(_destination, at);
            }
#endif
        }

#if NET8_0_OR_GREATER
        // The lines of characters at..at + 63, when the span reaches the second (one test for the two: a block's last
        // chunk may go without). A pointer to a character of a span that is not pinned: the garbage collector may move the
        // array before the hint reaches the cache, which makes it a hint for the wrong line and nothing worse.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static unsafe void TwoLines(ReadOnlySpan<char> span, int at)
        {
            if ((uint)(at + 32) < (uint)span.Length)
            {
                char* first = (char*)Unsafe.AsPointer(ref Unsafe.Add(ref MemoryMarshal.GetReference(span), at));
                Sse.Prefetch1(first);
                Sse.Prefetch1(first + 32);
            }
        }
#endif
    }
}
