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
    /// feeds where line breaks are kept, between such characters; and, where the caller needs no source indexes, marks the
    /// options remove whatever stands around them (harakat, tatweel), which are left out of what is written.
    /// Whether a character qualifies comes from a bitmap of U+0000–U+07FF (two word permutes and a variable shift); its
    /// mapping from a table of U+0600–U+067F, where the Arabic letters, digits, punctuation and marks that fold live (two
    /// more permutes). Everything else (line breaks, space runs, contextual letters, composable hamza and madda) stops the
    /// run and goes through <see cref="NormalizationEngine"/>'s scalar path, which is also the oracle this lane is tested
    /// against.
    /// </summary>
    internal sealed class VectorCharPass
    {
        public const int Width = 32;

        private const char MapStart = '\u0600';

        // What the map gives a character of its window that is removed in any context (the scalar loop drops such a
        // character without looking around it, so the lane may too). No character of the window maps to it otherwise.
        private const ushort Removed = 0xFFFF;

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
                int c = MapStart + k;
                map[k] = IsFast(actions, c) ? actions[c] : actions[c] == NormalizationTables.RemoveAction ? Removed : (ushort)c;
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
        /// <paramref name="w"/>, the longest run the lane handles, and returns its length in the source;
        /// <paramref name="written"/> is its length in the destination, which is shorter only when
        /// <paramref name="removeMarks"/> let the run take removed marks. The character before the run must have been
        /// written as a visible character; the source must hold at least 32 characters from <paramref name="i"/> and the
        /// destination room for all of them. Up to 31 characters after what is written may be overwritten with scratch.
        /// </summary>
        public int Run(ref ushort source, int i, int length, ref ushort destination, int w, bool removeMarks, out int written)
        {
            var fastTable = _fast;
            var map = _map;
            var mapStart = Vector512.Create((ushort)MapStart);
            var mapSize = Vector512.Create((ushort)128);
            var space = Vector512.Create((ushort)' ');
            var removedWord = Vector512.Create(Removed);
            bool spaceIsFast = _spaceIsFast;
            bool lineBreaksAreKept = _lineBreaksAreKept;
            var lineFeed = Vector512.Create((ushort)'\n');
            bool[] isFast = _isFast;
            int start = i;
            int to = w;
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
                    // handles (a space or line feed is accepted only before such a character), a removed mark after one, or
                    // the last one written.
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
                var output = Vector512.ConditionalSelect(Vector512.LessThan(offset, mapSize), map.Lookup(offset), block);
                output.StoreUnsafe(ref destination, (nuint)to);
                if (ok != uint.MaxValue)
                {
                    // A removed mark is not a character the lane handles, so only a block that stops the run can hold one.
                    // The map gives Removed only inside its window; U+FFFF itself, outside it, is copied.
                    uint removed = removeMarks ? (uint)Vector512.AndNot(Vector512.Equals(output, removedWord), Vector512.Equals(block, removedWord)).ExtractMostSignificantBits() : 0;
                    uint accepted = ok | removed;
                    int take = accepted == uint.MaxValue ? Width : BitOperations.TrailingZeroCount(~accepted);
                    uint drop = take == Width ? removed : removed & ((1u << take) - 1);
                    if (drop != 0)
                    {
                        if (i + (2 * Width) > length)
                        {
                            // No room to read the shifted copies LeaveOut needs: the run ends at the first mark.
                            take = BitOperations.TrailingZeroCount(drop);
                        }
                        else
                        {
                            to = LeaveOut(ref source, i, take, drop, ref destination, to);
                            if (take == Width)
                            {
                                i += Width;
                                continue;
                            }

                            written = to - w;
                            return i - start + take;
                        }
                    }

                    written = to - w + take;
                    return i - start + take;
                }

                i += Width;
                to += Width;
            }

            written = to - w;
            return i - start;
        }

        /// <summary>
        /// Given the block at <paramref name="i"/> written at <paramref name="to"/>, closes the gaps of the lanes in
        /// <paramref name="drop"/> among its first <paramref name="take"/>: each stretch after a dropped lane is mapped again
        /// from the source, shifted, and written where the stretch before it ends. Returns where the block's output ends.
        /// The source must hold 32 characters past the last dropped lane.
        /// </summary>
        private int LeaveOut(ref ushort source, int i, int take, uint drop, ref ushort destination, int to)
        {
            var map = _map;
            var mapStart = Vector512.Create((ushort)MapStart);
            var mapSize = Vector512.Create((ushort)128);
            int stretch = 0; // the first lane of the stretch being written
            while (drop != 0)
            {
                int gap = BitOperations.TrailingZeroCount(drop);
                drop &= drop - 1;
                to += gap - stretch;
                stretch = gap + 1;
                var block = Vector512.LoadUnsafe(ref source, (nuint)(i + stretch));
                var offset = Vector512.Subtract(block, mapStart);
                Vector512.ConditionalSelect(Vector512.LessThan(offset, mapSize), map.Lookup(offset), block).StoreUnsafe(ref destination, (nuint)to);
            }

            return to + take - stretch;
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
