#if NET8_0_OR_GREATER
using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace ArabicNews.Text
{
    /// <summary>
    /// The character pass's fast lane on AVX-512: 32 characters at a time, as long as every one of them is written one for
    /// one (copied, or mapped from <see cref="NormalizationTables.Actions"/>), or is a single space, or one or two line
    /// feeds where line breaks are kept, between such characters.
    /// Whether a character qualifies comes from a bitmap of U+0000–U+07FF (two word permutes and a variable shift); its
    /// mapping from a table of U+0600–U+067F, where the Arabic letters, digits and punctuation that fold live (two more
    /// permutes). Everything else (marks to remove, line breaks, space runs, contextual letters) stops the run and goes
    /// through <see cref="NormalizationEngine"/>'s scalar path, which is also the oracle this lane is tested against.
    /// </summary>
    internal sealed class VectorCharPass
    {
        public const int Width = 32;

        private const char MapStart = '\u0600';

        private readonly VectorWordTable _fast;
        private readonly VectorWordTable _map;
        private readonly bool _spaceIsFast;
        private readonly bool _lineBreaksAreKept;

        // IsFast of U+0000–U+07FF one by one, for the character just past a block (everything above is not fast).
        private readonly bool[] _isFast = new bool[VectorWordTable.BitmapLimit];

        private VectorCharPass(NormalizationTables tables)
        {
            ushort[] actions = tables.Actions;
            var map = new ushort[128];
            for (int k = 0; k < map.Length; k++)
            {
                map[k] = IsFast(actions, MapStart + k) ? actions[MapStart + k] : (ushort)(MapStart + k);
            }

            _fast = VectorWordTable.Bitmap(c => IsFast(actions, c));
            for (int c = 0; c < _isFast.Length; c++)
            {
                _isFast[c] = IsFast(actions, c);
            }

            _map = new VectorWordTable(map);
            _spaceIsFast = IsFast(actions, ' ');

            // A line feed on its own, or two, between characters the lane handles are written as they are (one line break,
            // one paragraph break) when the whitespace step keeps line breaks; a third would make the same paragraph break.
            _lineBreaksAreKept = tables.KindOf('\n') == CharKind.LineBreak && (tables.Options & ArabicNormalizerOptions.FoldLineBreaks) == 0;
        }

        /// <summary>The fast lane for these tables, or null where AVX-512 is not available.</summary>
        public static VectorCharPass? Create(NormalizationTables tables) =>
            Avx512BW.IsSupported ? new VectorCharPass(tables) : null;

        /// <summary>
        /// A character the lane handles: written as one character, and either inside the mapped window or copied as it is.
        /// </summary>
        internal static bool IsFast(ushort[] actions, int c) =>
            c < VectorWordTable.BitmapLimit && actions[c] < NormalizationTables.FirstSpecialAction && (c - MapStart is >= 0 and < 128 || actions[c] == c);

        /// <summary>
        /// Writes, from <paramref name="source"/> + <paramref name="i"/> to <paramref name="destination"/> +
        /// <paramref name="w"/>, the longest run the lane handles, and returns its length. The character before the run
        /// must have been written as a visible character; the source must hold at least 32 characters from
        /// <paramref name="i"/> and the destination room for all of them. Up to 31 characters after the run may be
        /// overwritten with scratch.
        /// </summary>
        public int Run(ref ushort source, int i, int length, ref ushort destination, int w)
        {
            var fastTable = _fast;
            var map = _map;
            var mapStart = Vector512.Create((ushort)MapStart);
            var mapSize = Vector512.Create((ushort)128);
            var space = Vector512.Create((ushort)' ');
            bool spaceIsFast = _spaceIsFast;
            bool lineBreaksAreKept = _lineBreaksAreKept;
            var lineFeed = Vector512.Create((ushort)'\n');
            bool[] isFast = _isFast;
            int start = i;
            while (i <= length - Width)
            {
                var block = Vector512.LoadUnsafe(ref source, (nuint)i);

                uint fast = (uint)fastTable.Flagged(block).ExtractMostSignificantBits();
                uint ok = fast;

                // Bit k: the character after lane k is one the lane handles; for the last lane, the first of the next block.
                uint fastNext = fast >> 1;
                if (i + Width < length)
                {
                    ushort next = Unsafe.Add(ref source, i + Width);
                    fastNext |= next < isFast.Length && isFast[next] ? 1u << (Width - 1) : 0;
                }

                if (!spaceIsFast)
                {
                    // A space is written as it is when a character the lane handles follows it.
                    uint spaces = (uint)Vector512.Equals(block, space).ExtractMostSignificantBits();
                    ok |= spaces & fastNext;
                }

                if (lineBreaksAreKept)
                {
                    // The run is the prefix of accepted lanes, so the character before an accepted line feed is one the lane
                    // handles (a space or line feed is accepted only before such a character) or the last one written.
                    uint feeds = (uint)Vector512.Equals(block, lineFeed).ExtractMostSignificantBits();
                    if (feeds != 0)
                    {
                        ok |= feeds & fastNext;
                        uint pairStart = feeds & (feeds >> 1) & (fast >> 2);
                        ok |= pairStart | (pairStart << 1);
                    }
                }

                // Inside U+0600–U+067F the map decides; everything else the lane handles is copied.
                var offset = Vector512.Subtract(block, mapStart);
                var written = Vector512.ConditionalSelect(Vector512.LessThan(offset, mapSize), map.Lookup(offset), block);
                written.StoreUnsafe(ref destination, (nuint)(w + (i - start)));
                if (ok != uint.MaxValue)
                {
                    return i - start + BitOperations.TrailingZeroCount(~ok);
                }

                i += Width;
            }

            return i - start;
        }

        /// <summary>
        /// Gives the second line feed of each paragraph break in a run the source index of the first, as the scalar pass
        /// does (where line breaks are kept, a run holds two line feeds in a row only as a paragraph break the lane took
        /// whole; elsewhere a line feed is copied like any other character).
        /// </summary>
        public void GiveParagraphBreaksOneIndex(ReadOnlySpan<char> run, Span<int> indexes)
        {
            if (!_lineBreaksAreKept)
            {
                return;
            }

            int at = 0;
            while (true)
            {
                int found = run.Slice(at).IndexOf("\n\n".AsSpan());
                if (found < 0)
                {
                    return;
                }

                at += found + 1;
                indexes[at] = indexes[at - 1];
                at++;
            }
        }

        /// <summary>
        /// Fills <paramref name="indexes"/> with <paramref name="first"/>, <paramref name="first"/> + 1, …: the source
        /// indexes of a run, 16 at a time, and never past the end of the span.
        /// </summary>
        public static void WriteConsecutive(System.Span<int> indexes, int first)
        {
            int length = indexes.Length;
            if (length < Vector512<int>.Count)
            {
                for (int k = 0; k < length; k++)
                {
                    indexes[k] = first + k;
                }

                return;
            }

            ref int to = ref MemoryMarshal.GetReference(indexes);
            var ramp = Vector512.Create(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
            var step = Vector512.Create(Vector512<int>.Count);
            var values = Vector512.Add(Vector512.Create(first), ramp);
            int at = 0;
            for (; at <= length - Vector512<int>.Count; at += Vector512<int>.Count)
            {
                values.StoreUnsafe(ref to, (nuint)at);
                values = Vector512.Add(values, step);
            }

            // The tail as one more store that ends at the end of the span, overlapping the last one.
            if (at < length)
            {
                int last = length - Vector512<int>.Count;
                Vector512.Add(Vector512.Create(first + last), ramp).StoreUnsafe(ref to, (nuint)last);
            }
        }
    }
}
#endif
