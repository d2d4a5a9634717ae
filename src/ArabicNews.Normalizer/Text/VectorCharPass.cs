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
    /// feeds where line breaks are kept, between such characters; and, where the caller needs no source indexes,
    /// characters the options remove whatever stands around them (harakat, tatweel, invisible controls), which are left
    /// out of what is written.
    /// Whether a character qualifies comes from a bitmap of U+0000–U+00EF and the Arabic block in one register (one word
    /// permute and a variable shift, see <see cref="FastCharBitmap"/>); its mapping from a table of U+0600–U+067F, where
    /// the Arabic letters, digits, punctuation and marks that fold live (two more permutes). A block that holds anything
    /// else looks again at what stopped it, in two more tables: Latin-1
    /// (U+0080–U+00FF: « », the soft hyphen) and General Punctuation (U+2000–U+207F: quotes, dashes, bullets, invisible
    /// and bidi controls), so that the punctuation of news text does not leave the lane. Everything else (line breaks,
    /// space runs, contextual letters, composable hamza and madda, expansions such as …) stops the run and goes through
    /// <see cref="NormalizationEngine"/>'s scalar path, which is also the oracle this lane is tested against.
    /// </summary>
    internal sealed class VectorCharPass
    {
        public const int Width = 32;

        private const char MapStart = '\u0600';

        // What the map gives a character of its window that is removed in any context (the scalar loop drops such a
        // character without looking around it, so the lane may too). No character of the window maps to it otherwise.
        private const ushort Removed = 0xFFFF;

        // What the second-look tables give a character that stops the run (no one-for-one action is this high).
        private const ushort Stops = 0xFFFE;

        // The windows of the second look (see the class summary), 128 characters each.
        private const char LatinStart = '\u0080';
        private const char PunctuationStart = '\u2000';

        private readonly FastCharBitmap _fast;
        private readonly VectorWordTable _map;
        private readonly VectorWordTable _latin;
        private readonly VectorWordTable _punctuation;
        private readonly bool _spaceIsFast;
        private readonly bool _lineBreaksAreKept;

        // IsFast of U+0000–U+07FF one by one, for the character just past a block (everything above is not fast).
        private readonly bool[] _isFast = Array.Empty<bool>();

        // Where the CPU has AVX2 but not AVX-512, the lane that stands in for this one.
        private readonly Avx2CharLane? _avx2;

        private VectorCharPass(NormalizationTables tables, bool avx2Lane)
        {
            // A line feed on its own, or two, between characters the lane handles are written as they are (one line break,
            // one paragraph break) when the whitespace step keeps line breaks; a third would make the same paragraph break.
            _lineBreaksAreKept = LineBreaksAreKept(tables);
            if (!Avx512BW.IsSupported || avx2Lane)
            {
                _avx2 = new Avx2CharLane(tables, _lineBreaksAreKept);
                return;
            }

            ushort[] actions = tables.Actions;
            var map = new ushort[128];
            for (int k = 0; k < map.Length; k++)
            {
                int c = MapStart + k;
                map[k] = IsFast(actions, c) ? actions[c] : actions[c] == NormalizationTables.RemoveAction ? Removed : (ushort)c;
            }

            _fast = new FastCharBitmap(c => IsFast(actions, c));
            _isFast = new bool[VectorWordTable.BitmapLimit];
            for (int c = 0; c < _isFast.Length; c++)
            {
                _isFast[c] = IsFast(actions, c);
            }

            _map = new VectorWordTable(map);
            _latin = new VectorWordTable(SecondLook(actions, LatinStart));
            _punctuation = new VectorWordTable(SecondLook(actions, PunctuationStart));
            _spaceIsFast = IsFast(actions, ' ');
        }

        // The table of a second-look window: what each character is written as, Removed, or Stops.
        private static ushort[] SecondLook(ushort[] actions, int first)
        {
            var table = new ushort[128];
            for (int k = 0; k < table.Length; k++)
            {
                ushort action = actions[first + k];
                table[k] = action < NormalizationTables.FirstSpecialAction ? action : action == NormalizationTables.RemoveAction ? Removed : Stops;
            }

            return table;
        }

        /// <summary>
        /// The fast lane for these tables, or null where neither AVX-512 nor AVX2 is available. With
        /// <paramref name="avx2Lane"/> the AVX2 lane even where AVX-512 is there (so that tests cover both).
        /// </summary>
        public static VectorCharPass? Create(NormalizationTables tables, bool avx2Lane = false) =>
            Avx512BW.IsSupported || Avx2.IsSupported ? new VectorCharPass(tables, avx2Lane && Avx2.IsSupported) : null;

        /// <summary>
        /// A character the lane handles: written as one character, and either inside the mapped window or copied as it is.
        /// </summary>
        internal static bool IsFast(ushort[] actions, int c) =>
            FastCharBitmap.Covers(c) && actions[c] < NormalizationTables.FirstSpecialAction && (c - MapStart is >= 0 and < 128 || actions[c] == c);

        /// <summary>
        /// Writes, from <paramref name="source"/> + <paramref name="i"/> to <paramref name="destination"/> +
        /// <paramref name="w"/>, the longest run the lane handles, and returns its length in the source;
        /// <paramref name="written"/> is its length in the destination, which is shorter only when
        /// <paramref name="removeMarks"/> let the run take removed marks. The character before the run must have been
        /// written as a visible character; the source must hold at least 32 characters from <paramref name="i"/> and the
        /// destination room for all of them. Up to 31 characters after what is written may be overwritten with scratch.
        /// </summary>
        // Not inlined into the engine's loop: there it made the engine's own paths slower than the lane's gain.
        [MethodImpl(MethodImplOptions.NoInlining)]
        public int Run(ref ushort source, int i, int length, ref ushort destination, int w, bool removeMarks, out int written)
        {
            if (_avx2 is not null)
            {
                return _avx2.Run(ref source, i, length, ref destination, w, removeMarks, out written);
            }

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
            if (i > length - Width)
            {
                written = 0;
                return 0;
            }

            // The next block is loaded and classified a round ahead: its first bit is what the space and line-feed rules
            // need to know about the character after this block, without a lookup of its own.
            var block = Vector512.LoadUnsafe(ref source, (nuint)i);
            uint fast = fastTable.Flagged(block);
            while (true)
            {
                // Bit 31: the first character of the next block is one the lane handles.
                var nextBlock = block;
                uint nextFast = 0;
                uint nextIsFast = 0;
                bool nextIsWhole = i + (2 * Width) <= length;
                if (nextIsWhole)
                {
                    nextBlock = Vector512.LoadUnsafe(ref source, (nuint)(i + Width));
                    nextFast = fastTable.Flagged(nextBlock);
                    nextIsFast = nextFast << (Width - 1);
                }
                else if (i + Width < length)
                {
                    ushort next = Unsafe.Add(ref source, i + Width);
                    nextIsFast = next < isFast.Length && isFast[next] ? 1u << (Width - 1) : 0;
                }

                uint ok = Accepted(block, fast, nextIsFast, spaceIsFast, lineBreaksAreKept, space, lineFeed);

                // Inside U+0600–U+067F the map decides; everything else the lane handles is copied.
                var offset = Vector512.Subtract(block, mapStart);
                var output = Vector512.ConditionalSelect(Vector512.LessThan(offset, mapSize), map.Lookup(offset), block);
                output.StoreUnsafe(ref destination, (nuint)to);
                if (ok == uint.MaxValue)
                {
                    to += Width;
                }
                else
                {
                    // A removed mark is not a character the lane handles, so only a block that stops the run can hold one.
                    // The map gives Removed only inside its window; U+FFFF itself, outside it, is copied.
                    uint removed = removeMarks ? (uint)Vector512.AndNot(Vector512.Equals(output, removedWord), Vector512.Equals(block, removedWord)).ExtractMostSignificantBits() : 0;
                    uint accepted = ok | removed;
                    int take = accepted == uint.MaxValue ? Width : BitOperations.TrailingZeroCount(~accepted);

                    // When what stops the run (or follows the space that does) is Latin-1 or general punctuation, the second
                    // look may take it, and the run goes on.
                    if (take < Width && StopsAtSecondLook(ref source, i + take, length))
                    {
                        var second = SecondLookOutput(block);
                        var writable = Vector512.LessThan(second, Vector512.Create((ushort)NormalizationTables.FirstSpecialAction));
                        fast |= (uint)writable.ExtractMostSignificantBits();
                        ok = Accepted(block, fast, nextIsFast, spaceIsFast, lineBreaksAreKept, space, lineFeed);
                        output = Vector512.ConditionalSelect(writable, second, output);
                        output.StoreUnsafe(ref destination, (nuint)to);
                        if (removeMarks)
                        {
                            removed |= (uint)Vector512.Equals(second, removedWord).ExtractMostSignificantBits();
                        }

                        accepted = ok | removed;
                        take = accepted == uint.MaxValue ? Width : BitOperations.TrailingZeroCount(~accepted);
                    }

                    uint drop = take == Width ? removed : removed & ((1u << take) - 1);
                    if (drop != 0)
                    {
                        to = LeaveOut(output, take, drop, ref destination, to);
                        if (take < Width)
                        {
                            written = to - w;
                            return i - start + take;
                        }
                    }
                    else if (take < Width)
                    {
                        written = to - w + take;
                        return i - start + take;
                    }
                    else
                    {
                        to += Width;
                    }
                }

                i += Width;
                if (!nextIsWhole)
                {
                    break;
                }

                block = nextBlock;
                fast = nextFast;
            }

            written = to - w;
            return i - start;
        }

        /// <summary>
        /// Whether the character at <paramref name="at"/>, or the one after it when it is a space, is in the Latin-1 or
        /// punctuation window of the second look.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool StopsAtSecondLook(ref ushort source, int at, int length)
        {
            ushort c = Unsafe.Add(ref source, at);
            if (c == ' ' && at + 1 < length)
            {
                c = Unsafe.Add(ref source, at + 1);
            }

            return (uint)(c - LatinStart) < 128 || (uint)(c - PunctuationStart) < 128;
        }

        /// <summary>
        /// <see cref="AcceptedLanes"/> of a block, its spaces and line feeds found by compares: the spaces only where a
        /// space is not written one for one anyway, the line feeds only where line breaks are kept.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static uint Accepted(
            Vector512<ushort> block,
            uint fast,
            uint nextIsFast,
            bool spaceIsFast,
            bool lineBreaksAreKept,
            Vector512<ushort> space,
            Vector512<ushort> lineFeed)
        {
            uint spaces = spaceIsFast ? 0 : (uint)Vector512.Equals(block, space).ExtractMostSignificantBits();
            uint lineFeeds = lineBreaksAreKept ? (uint)Vector512.Equals(block, lineFeed).ExtractMostSignificantBits() : 0;
            return AcceptedLanes(fast, spaces, lineFeeds, nextIsFast);
        }

        /// <summary>
        /// The lanes of a block of 32 a run may take (the rule of both lanes, this one and <see cref="Avx2CharLane"/>): the
        /// <paramref name="fast"/> ones, and a single space, or one or two line feeds, before a fast character
        /// (<paramref name="nextIsFast"/>: bit 31 for the first character of the next block). The caller passes the line
        /// feeds only where line breaks are kept; a space that is fast anyway is accepted either way.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static uint AcceptedLanes(uint fast, uint spaces, uint lineFeeds, uint nextIsFast)
        {
            uint fastNext = (fast >> 1) | nextIsFast;
            uint ok = fast | (spaces & fastNext);
            if (lineFeeds != 0)
            {
                // The run is the prefix of accepted lanes, so the character before an accepted line feed is one the lane
                // handles (a space or line feed is accepted only before such a character), a removed character after one,
                // or the last one written.
                ok |= lineFeeds & fastNext;
                uint pairStart = lineFeeds & (lineFeeds >> 1) & (fast >> 2);
                ok |= pairStart | (pairStart << 1);
            }

            return ok;
        }

        /// <summary>What the Latin-1 and punctuation tables give each character: its output, Removed, or Stops.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private Vector512<ushort> SecondLookOutput(Vector512<ushort> block)
        {
            var size = Vector512.Create((ushort)128);
            var latinOffset = Vector512.Subtract(block, Vector512.Create((ushort)LatinStart));
            var punctuationOffset = Vector512.Subtract(block, Vector512.Create((ushort)PunctuationStart));
            return Vector512.ConditionalSelect(
                Vector512.LessThan(latinOffset, size),
                _latin.Lookup(latinOffset),
                Vector512.ConditionalSelect(Vector512.LessThan(punctuationOffset, size), _punctuation.Lookup(punctuationOffset), Vector512.Create(Stops)));
        }

        /// <summary>
        /// Writes the block's <paramref name="output"/> again at <paramref name="to"/> without the lanes in
        /// <paramref name="drop"/>, which are among its first <paramref name="take"/>: one word permute whose index moves
        /// each lane after a dropped one down by one. Returns where the block's output ends; the lanes after it are
        /// scratch.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static int LeaveOut(Vector512<ushort> output, int take, uint drop, ref ushort destination, int to)
        {
            // Output lane p takes input lane p + (the number of dropped lanes d, k-th from 0, with d - k <= p).
            var lanes = LaneNumbers;
            var index = lanes;
            int dropped = 0;
            while (drop != 0)
            {
                int lane = BitOperations.TrailingZeroCount(drop) - dropped;
                drop &= drop - 1;
                dropped++;
                index -= Vector512.GreaterThanOrEqual(lanes, Vector512.Create((ushort)lane)); // all ones: one more
            }

            Avx512BW.PermuteVar32x16(output, index).StoreUnsafe(ref destination, (nuint)to);
            return to + take - dropped;
        }

        /// <summary>
        /// Whether the whitespace step of <paramref name="tables"/> keeps line breaks, so that a line feed on its own, or
        /// two, between characters a lane handles are written as they are (the rule of every lane).
        /// </summary>
        internal static bool LineBreaksAreKept(NormalizationTables tables) =>
            tables.KindOf('\n') == CharKind.LineBreak && (tables.Options & ArabicNormalizerOptions.FoldLineBreaks) == 0;

        private static readonly Vector512<ushort> LaneNumbers = Vector512.Create(
            (ushort)0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31);

        /// <summary>
        /// Gives the second line feed of each paragraph break in a run the source index of the first, as the scalar pass
        /// does (where line breaks are kept, a run holds two line feeds in a row only as a paragraph break the lane took
        /// whole; elsewhere a line feed is copied like any other character).
        /// </summary>
        public void GiveParagraphBreaksOneIndex(ReadOnlySpan<char> run, Span<int> indexes)
        {
            if (_lineBreaksAreKept)
            {
                GiveEachParagraphBreakOneIndex(run, indexes);
            }
        }

        /// <summary>
        /// <see cref="GiveParagraphBreaksOneIndex"/> where line breaks are kept, for the lanes that take paragraph breaks
        /// (this one's, <see cref="Avx2CharLane"/>'s, <see cref="PortableCharLane"/>'s).
        /// </summary>
        public static void GiveEachParagraphBreakOneIndex(ReadOnlySpan<char> run, Span<int> indexes)
        {
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
            // 256-bit vectors where AVX2 or AVX-512 is (the writes wait on memory either way); one by one for the portable
            // lane of the CPUs without, where Vector256 is not accelerated.
            int length = indexes.Length;
            if (length < Vector256<int>.Count || !Vector256.IsHardwareAccelerated)
            {
                for (int k = 0; k < length; k++)
                {
                    indexes[k] = first + k;
                }

                return;
            }

            ref int to = ref MemoryMarshal.GetReference(indexes);
            var ramp = Vector256.Create(0, 1, 2, 3, 4, 5, 6, 7);
            var step = Vector256.Create(Vector256<int>.Count);
            var values = Vector256.Add(Vector256.Create(first), ramp);
            int at = 0;
            for (; at <= length - Vector256<int>.Count; at += Vector256<int>.Count)
            {
                values.StoreUnsafe(ref to, (nuint)at);
                values = Vector256.Add(values, step);
            }

            // The tail as one more store that ends at the end of the span, overlapping the last one.
            if (at < length)
            {
                int last = length - Vector256<int>.Count;
                Vector256.Add(Vector256.Create(first + last), ramp).StoreUnsafe(ref to, (nuint)last);
            }
        }
    }
}
#endif
