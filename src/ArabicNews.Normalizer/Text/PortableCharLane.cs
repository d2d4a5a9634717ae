#if NET8_0_OR_GREATER
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace ArabicNews.Text
{
    /// <summary>
    /// The character pass's fast lane where <see cref="VectorCharPass"/> has none (ARM64, x86 without AVX2): eight
    /// characters at a time with the 128-bit operations every such CPU has (compares, selects; no shuffles, whose cost
    /// for variable indexes differs from one runtime to the next). A block goes through whole when each of its
    /// characters is an Arabic letter (U+0621–U+064A; with the harakat to U+0652 where they are written), printable
    /// ASCII, the Arabic comma, or a single space followed by one of
    /// those, and its action is to be written as it is or as one other character. The few letters that map to another
    /// (أ → ا under Search) are selected one compare each; the few in the range with any other action (tatweel, harakat
    /// when removed) stop the block. Anything else is left to the scalar loop, which is the oracle this lane is tested
    /// against.
    /// </summary>
    internal sealed class PortableCharLane
    {
        /// <summary>Characters in a block.</summary>
        public const int Width = 8;

        // The ranges the lane takes: the letters of the Arabic block, with the harakat after them where the options write
        // them (Light), and printable ASCII.
        private const char ArabicFirst = '\u0621';
        private const char LastLetter = '\u064A';
        private const char LastHarakah = '\u0652';
        private const char AsciiFirst = '!';
        private const char AsciiLast = '~';
        private const char ArabicComma = '\u060C'; // one in forty characters of news text

        // More exceptions than this and a block costs as much as the scalar loop: no lane.
        private const int MaxRemaps = 8;
        private const int MaxStops = 8;

        private readonly Vector128<ushort>[] _remapFrom;
        private readonly Vector128<ushort>[] _remapTo;
        private readonly Vector128<ushort>[] _stops;

        private readonly char _arabicLast;
        private readonly ushort[] _actions;

        private PortableCharLane(ushort[] actions, char arabicLast, List<char> from, List<char> to, List<char> stops)
        {
            _actions = actions;
            _arabicLast = arabicLast;
            _remapFrom = from.ConvertAll(c => Vector128.Create((ushort)c)).ToArray();
            _remapTo = to.ConvertAll(c => Vector128.Create((ushort)c)).ToArray();
            _stops = stops.ConvertAll(c => Vector128.Create((ushort)c)).ToArray();
        }

        /// <summary>
        /// The lane for the tables' actions, or null where it would not pay: when the CPU has no 128-bit vectors, or the
        /// ranges hold more characters that map to another or need the scalar loop than a block can test cheaply.
        /// </summary>
        public static PortableCharLane? Create(NormalizationTables tables)
        {
            if (!Vector128.IsHardwareAccelerated)
            {
                return null;
            }

            return Create(tables, LastHarakah) ?? Create(tables, LastLetter);
        }

        private static PortableCharLane? Create(NormalizationTables tables, char arabicLast)
        {
            var from = new List<char>();
            var to = new List<char>();
            var stops = new List<char>();
            foreach (var (first, last) in new[] { (ArabicFirst, arabicLast), (AsciiFirst, AsciiLast), (ArabicComma, ArabicComma) })
            {
                for (char c = first; c <= last; c++)
                {
                    int action = tables.Actions[c];
                    if (action >= NormalizationTables.FirstSpecialAction)
                    {
                        stops.Add(c);
                    }
                    else if (action != c)
                    {
                        from.Add(c);
                        to.Add((char)action);
                    }
                }
            }

            return from.Count <= MaxRemaps && stops.Count <= MaxStops ? new PortableCharLane(tables.Actions, arabicLast, from, to, stops) : null;
        }

        /// <summary>
        /// Writes the blocks of <see cref="Width"/> characters from source[<paramref name="i"/>] that the lane takes, to
        /// destination[<paramref name="w"/>], one for one, and returns how many characters it wrote. Reads one character
        /// past each block; <paramref name="length"/> is the source's. The character before source[i] was written by the
        /// scalar loop's run (not a space), so a space at i is a single one.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Run(ref ushort source, int i, int length, ref ushort destination, int w)
        {
            int start = i;
            var arabicFirst = Vector128.Create((ushort)ArabicFirst);
            var arabicCount = Vector128.Create((ushort)(_arabicLast - ArabicFirst + 1));
            var asciiFirst = Vector128.Create((ushort)AsciiFirst);
            var asciiCount = Vector128.Create((ushort)(AsciiLast - AsciiFirst + 1));
            var comma = Vector128.Create((ushort)ArabicComma);
            var space = Vector128.Create((ushort)' ');
            for (; i <= length - Width - 1; i += Width)
            {
                var block = Vector128.LoadUnsafe(ref source, (nuint)i);
                var next = Vector128.LoadUnsafe(ref source, (nuint)(i + 1));

                // A space counts when the character after it is taken too: inside the block, that is whether it is no
                // space; for the block's last, it is looked up (as the scalar loop does for a single space).
                var spaces = Vector128.Equals(block, space);
                var taken = Vector128.LessThan(block - arabicFirst, arabicCount) | Vector128.LessThan(block - asciiFirst, asciiCount)
                    | Vector128.Equals(block, comma) | Vector128.AndNot(spaces, Vector128.Equals(next, space));
                foreach (var stop in _stops)
                {
                    taken = Vector128.AndNot(taken, Vector128.Equals(block, stop));
                }

                if (!Vector128.EqualsAll(taken, Vector128<ushort>.AllBitsSet)
                    || (Unsafe.Add(ref source, i + Width - 1) == ' ' && _actions[Unsafe.Add(ref source, i + Width)] >= NormalizationTables.FirstSpecialAction))
                {
                    break;
                }

                var mapped = block;
                for (int k = 0; k < _remapFrom.Length; k++)
                {
                    mapped = Vector128.ConditionalSelect(Vector128.Equals(block, _remapFrom[k]), _remapTo[k], mapped);
                }

                mapped.StoreUnsafe(ref destination, (nuint)w);
                w += Width;
            }

            return i - start;
        }
    }
}
#endif
