#if NET8_0_OR_GREATER
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ArabicNews.Text
{
    /// <summary>
    /// The characters that the 128-bit paths of CPUs without AVX2 (<see cref="PortableCharLane"/>, the portable scan of
    /// <see cref="CleanTextScanner"/>) take eight at a time, tested with compares only: the letters of the Arabic block
    /// (U+0621–U+064A, with the harakat to U+0652 where few of them are stops), a range of Basic Latin up to '~', and one
    /// more character, less the few "stops" among them that the caller's rules send to its scalar path.
    /// </summary>
    internal sealed class PortableCharRanges
    {
        private const char ArabicFirst = ArabicLetters.Hamza;
        private const char LastLetter = ArabicLetters.Yeh;
        private const char LastHarakah = ArabicLetters.Sukun;
        private const char LatinLast = '~';

        private readonly Vector128<ushort> _arabicFirst = Vector128.Create((ushort)ArabicFirst);
        private readonly Vector128<ushort> _arabicCount;
        private readonly Vector128<ushort> _latinFirst;
        private readonly Vector128<ushort> _latinCount;
        private readonly Vector128<ushort> _extra;
        private readonly Vector128<ushort>[] _stops;
        private readonly int _stopTier;

        private PortableCharRanges(char arabicLast, char latinFirst, char extra, List<char> stops)
        {
            _arabicCount = Vector128.Create((ushort)(arabicLast - ArabicFirst + 1));
            _latinFirst = Vector128.Create((ushort)latinFirst);
            _latinCount = Vector128.Create((ushort)(LatinLast - latinFirst + 1));
            _extra = Vector128.Create((ushort)extra);
            _stops = VectorTiers.Pad(stops.ConvertAll(c => (ushort)c));
            _stopTier = VectorTiers.TierOf(stops.Count);
            var characters = new List<char>();
            foreach (var (first, last) in Ranges(arabicLast, latinFirst, extra))
            {
                for (char c = first; c <= last; c++)
                {
                    if (!stops.Contains(c))
                    {
                        characters.Add(c);
                    }
                }
            }

            Characters = characters;
        }

        /// <summary>The characters <see cref="Taken"/> takes.</summary>
        public IReadOnlyList<char> Characters { get; }

        /// <summary>
        /// The ranges for Basic Latin from <paramref name="latinFirst"/> and <paramref name="extra"/>, with at most
        /// <paramref name="maxStops"/> characters that <paramref name="isStop"/> sends to the scalar path (more, and a
        /// block costs as much as that path); null when there would be more even without the harakat, or when the CPU
        /// has no 128-bit vectors.
        /// </summary>
        public static PortableCharRanges? Create(char latinFirst, char extra, Func<char, bool> isStop, int maxStops)
        {
            if (!Vector128.IsHardwareAccelerated)
            {
                return null;
            }

            foreach (char arabicLast in new[] { LastHarakah, LastLetter })
            {
                var stops = new List<char>();
                foreach (var (first, last) in Ranges(arabicLast, latinFirst, extra))
                {
                    for (char c = first; c <= last; c++)
                    {
                        if (isStop(c))
                        {
                            stops.Add(c);
                        }
                    }
                }

                if (stops.Count <= maxStops)
                {
                    return new PortableCharRanges(arabicLast, latinFirst, extra, stops);
                }
            }

            return null;
        }

        /// <summary>All bits set in each lane whose character is in the ranges and is no stop.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector128<ushort> Taken(Vector128<ushort> block)
        {
            var taken = Vector128.LessThan(block - _arabicFirst, _arabicCount) | Vector128.LessThan(block - _latinFirst, _latinCount)
                | Vector128.Equals(block, _extra);
            int tier = _stopTier;
            return tier == 0 ? taken : Vector128.AndNot(taken, VectorTiers.AnyEquals(block, ref MemoryMarshal.GetArrayDataReference(_stops), tier));
        }

        private static (char First, char Last)[] Ranges(char arabicLast, char latinFirst, char extra) =>
            new[] { (ArabicFirst, arabicLast), (latinFirst, LatinLast), (extra, extra) };
    }
}
#endif
