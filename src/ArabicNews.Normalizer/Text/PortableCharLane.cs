#if NET8_0_OR_GREATER
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ArabicNews.Text
{
    /// <summary>
    /// The character pass's fast lane where <see cref="VectorCharPass"/> has none (ARM64, x86 without AVX2): eight
    /// characters at a time with the 128-bit operations every such CPU has (compares and bitwise operations; no
    /// shuffles, whose cost for variable indexes differs from one runtime to the next). A block goes through whole when
    /// each of its characters is an Arabic letter (U+0621–U+064A; with the harakat to U+0652 where they are written),
    /// printable ASCII, the Arabic comma, a single space followed by one of those, or, where line breaks are kept, one
    /// line feed or two followed by one of those, and its action is to be written as it is or as one other character.
    /// The few letters that map to another (أ → ا under Search) are replaced one compare each (<see
    /// cref="VectorTiers.Replace"/>); the few in the range with any other action (tatweel, harakat when removed) stop
    /// the block. Anything else is left to the scalar loop, which is the oracle this lane is tested against.
    /// </summary>
    internal sealed class PortableCharLane
    {
        /// <summary>Characters in a block.</summary>
        public const int Width = 8;

        // More exceptions than this and a block costs as much as the scalar loop: no lane.
        private const int MaxRemaps = VectorTiers.MaxReplaced;
        private const int MaxStops = 8;

        private readonly PortableCharRanges _ranges;
        private readonly Vector128<ushort>[] _remapFrom;
        private readonly Vector128<ushort>[] _remapDifference;
        private readonly int _remapTier;
        private readonly ushort[] _actions;
        private readonly bool _lineBreaksAreKept;

        private PortableCharLane(PortableCharRanges ranges, ushort[] actions, List<char> from, bool lineBreaksAreKept)
        {
            _ranges = ranges;
            _actions = actions;
            _lineBreaksAreKept = lineBreaksAreKept;
            _remapFrom = VectorTiers.Pad(from.ConvertAll(c => (ushort)c));
            _remapDifference = VectorTiers.Pad(from.ConvertAll(c => (ushort)(c ^ actions[c])));
            _remapTier = VectorTiers.TierOf(from.Count);
        }

        /// <summary>
        /// The lane for the tables' actions, or null where it would not pay: when the CPU has no 128-bit vectors, or the
        /// ranges hold more characters that map to another or need the scalar loop than a block can test cheaply.
        /// </summary>
        public static PortableCharLane? Create(NormalizationTables tables)
        {
            var actions = tables.Actions;
            var ranges = PortableCharRanges.Create('!', ArabicLetters.ArabicComma, // one in forty characters of news text
                c => actions[c] >= NormalizationTables.FirstSpecialAction, MaxStops);
            if (ranges is null)
            {
                return null;
            }

            var from = new List<char>();
            foreach (char c in ranges.Characters)
            {
                if (actions[c] != c)
                {
                    from.Add(c);
                }
            }

            return from.Count <= MaxRemaps ? new PortableCharLane(ranges, actions, from, VectorCharPass.LineBreaksAreKept(tables)) : null;
        }

        /// <summary>Whether a run may hold paragraph breaks, whose source indexes need <see cref="VectorCharPass.GiveEachParagraphBreakOneIndex"/>.</summary>
        public bool TakesLineFeeds => _lineBreaksAreKept;

        /// <summary>
        /// Writes the blocks of <see cref="Width"/> characters from source[<paramref name="i"/>] that the lane takes, to
        /// destination[<paramref name="w"/>], one for one, and returns how many characters it wrote. Reads one character
        /// past each block, two where it holds a line feed; <paramref name="length"/> is the source's. The character
        /// before source[i] was written by the scalar loop's run (not a space or line feed), so a space or line feed at i
        /// follows a character the lane takes, as the rule of every lane asks (<see cref="VectorCharPass.AcceptedLanes"/>).
        /// Where line breaks are kept, the run's paragraph breaks are two line feeds in a row (see
        /// <see cref="VectorCharPass.GiveEachParagraphBreakOneIndex"/>).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Run(ref ushort source, int i, int length, ref ushort destination, int w)
        {
            int start = i;
            var space = Vector128.Create((ushort)' ');
            int remapTier = _remapTier;
            ref var from = ref MemoryMarshal.GetArrayDataReference(_remapFrom);
            ref var difference = ref MemoryMarshal.GetArrayDataReference(_remapDifference);
            for (; i <= length - Width - 1; i += Width)
            {
                var block = Vector128.LoadUnsafe(ref source, (nuint)i);
                var next = Vector128.LoadUnsafe(ref source, (nuint)(i + 1));

                // A space counts when the character after it is taken too: inside the block, that is whether it is no
                // space (a line feed after it fails the block here, and the second look turns it away); for the block's
                // last, it is looked up (as the scalar loop does for a single space).
                var inRanges = _ranges.Taken(block);
                var taken = inRanges | Vector128.AndNot(Vector128.Equals(block, space), Vector128.Equals(next, space));
                if ((!Vector128.EqualsAll(taken, Vector128<ushort>.AllBitsSet)
                    || (Unsafe.Add(ref source, i + Width - 1) == ' ' && _actions[Unsafe.Add(ref source, i + Width)] >= NormalizationTables.FirstSpecialAction))
                    && (!_lineBreaksAreKept || !TakesWithLineFeeds(ref source, i, length, block, next, inRanges)))
                {
                    break;
                }

                var mapped = block;
                if (remapTier != 0)
                {
                    mapped = VectorTiers.Replace(block, ref from, ref difference, remapTier);
                }

                mapped.StoreUnsafe(ref destination, (nuint)w);
                w += Width;
            }

            return i - start;
        }

        /// <summary>
        /// The second look at a block the first turned away, where line breaks are kept: whether it is taken with its
        /// line feeds, each on its own or one of two before a character the lane takes (the lanes' rule,
        /// <see cref="VectorCharPass.AcceptedLanes"/>), and its spaces only before such a character.
        /// <paramref name="inRanges"/> is the first look's <see cref="PortableCharRanges.Taken"/> of the block.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private bool TakesWithLineFeeds(ref ushort source, int i, int length, Vector128<ushort> block, Vector128<ushort> next, Vector128<ushort> inRanges)
        {
            if (i > length - Width - 2)
            {
                return false;
            }

            var space = Vector128.Create((ushort)' ');
            var lineFeed = Vector128.Create((ushort)'\n');
            var next2 = Vector128.LoadUnsafe(ref source, (nuint)(i + 2));
            var nextIsBlank = Vector128.Equals(next, space) | Vector128.Equals(next, lineFeed);
            var next2IsBlank = Vector128.Equals(next2, space) | Vector128.Equals(next2, lineFeed);

            // Inside a block that is taken whole, a character that is neither space nor line feed is one the lane takes.
            var feeds = Vector128.Equals(block, lineFeed);
            var feedsTaken = feeds & ~(nextIsBlank & ~(Vector128.Equals(next, lineFeed) & ~next2IsBlank));
            var taken = inRanges | Vector128.AndNot(Vector128.Equals(block, space), nextIsBlank) | feedsTaken;
            if (!Vector128.EqualsAll(taken, Vector128<ushort>.AllBitsSet))
            {
                return false;
            }

            // The block's last character, if it is a space or line feed, is taken only before one the lane would take
            // (a line feed after it included: the third of a run would not be).
            ushort last = Unsafe.Add(ref source, i + Width - 1);
            return (last != ' ' && last != '\n') || _actions[Unsafe.Add(ref source, i + Width)] < NormalizationTables.FirstSpecialAction;
        }
    }
}
#endif
