#if NET8_0_OR_GREATER
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace ArabicNews.Text
{
    /// <summary>
    /// The few characters that the 128-bit paths compare with every block (<see cref="PortableCharRanges"/>'s stops, the
    /// letters <see cref="PortableCharLane"/> maps, the offsets whose slot <see cref="PortableSlotFill"/> replaces), as
    /// vectors of one character each that are compared written out rather than in a loop: an array of
    /// <see cref="Max"/>, padded with zeros, and read up to a tier (1, 2, 4, 8 or 16), so that a block costs one compare
    /// for each, with no loop counter, bounds check or reload of the array. The padding is harmless either way: U+0000
    /// is in no range a lane takes, so a stop never matches a character it writes, and a replacement's padded
    /// difference is zero, so it changes nothing where it matches.
    /// </summary>
    internal static class VectorTiers
    {
        /// <summary>The most characters a tier holds.</summary>
        public const int Max = 16;

        /// <summary>The most characters <see cref="Replace"/> replaces.</summary>
        public const int MaxReplaced = 8;

        /// <summary>Each of <paramref name="characters"/> in all lanes of a vector, padded to <see cref="Max"/> vectors.</summary>
        /// <exception cref="ArgumentException">There are more than <see cref="Max"/>.</exception>
        public static Vector128<T>[] Pad<T>(IReadOnlyList<T> characters)
            where T : struct
        {
            if (characters.Count > Max)
            {
                throw new ArgumentException($"At most {Max} characters.", nameof(characters));
            }

            var vectors = new Vector128<T>[Max];
            for (int k = 0; k < characters.Count; k++)
            {
                vectors[k] = Vector128.Create(characters[k]);
            }

            return vectors;
        }

        /// <summary>The tier that holds <paramref name="count"/> characters: 0 for none, else the least power of two at least as large.</summary>
        public static int TierOf(int count) => count switch
        {
            0 => 0,
            1 => 1,
            2 => 2,
            <= 4 => 4,
            <= 8 => 8,
            <= Max => Max,
            _ => throw new ArgumentOutOfRangeException(nameof(count), count, $"At most {Max} characters."),
        };

        /// <summary>All bits set in each lane of <paramref name="block"/> that holds one of the first <paramref name="tier"/> (not 0) of <paramref name="characters"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<ushort> AnyEquals(Vector128<ushort> block, ref Vector128<ushort> characters, int tier)
        {
            var equal = Vector128.Equals(block, characters);
            if (tier > 1)
            {
                equal |= Vector128.Equals(block, Unsafe.Add(ref characters, 1));
            }

            if (tier > 2)
            {
                equal |= Vector128.Equals(block, Unsafe.Add(ref characters, 2)) | Vector128.Equals(block, Unsafe.Add(ref characters, 3));
            }

            if (tier > 4)
            {
                equal |= Vector128.Equals(block, Unsafe.Add(ref characters, 4)) | Vector128.Equals(block, Unsafe.Add(ref characters, 5))
                    | Vector128.Equals(block, Unsafe.Add(ref characters, 6)) | Vector128.Equals(block, Unsafe.Add(ref characters, 7));
            }

            if (tier > 8)
            {
                equal |= Vector128.Equals(block, Unsafe.Add(ref characters, 8)) | Vector128.Equals(block, Unsafe.Add(ref characters, 9))
                    | Vector128.Equals(block, Unsafe.Add(ref characters, 10)) | Vector128.Equals(block, Unsafe.Add(ref characters, 11))
                    | Vector128.Equals(block, Unsafe.Add(ref characters, 12)) | Vector128.Equals(block, Unsafe.Add(ref characters, 13))
                    | Vector128.Equals(block, Unsafe.Add(ref characters, 14)) | Vector128.Equals(block, Unsafe.Add(ref characters, 15));
            }

            return equal;
        }

        /// <summary>
        /// <paramref name="block"/> with each character that is one of the first <paramref name="tier"/> (1 to
        /// <see cref="MaxReplaced"/>) of <paramref name="from"/> replaced: XORed with the same one of
        /// <paramref name="difference"/> (the character it becomes XOR the one it was).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<T> Replace<T>(Vector128<T> block, ref Vector128<T> from, ref Vector128<T> difference, int tier)
            where T : struct =>
            block ^ Changes(block, ref from, ref difference, tier);

        /// <summary>
        /// The XOR that <see cref="Replace"/> applies: in each lane of <paramref name="block"/> that holds one of the first
        /// <paramref name="tier"/> of <paramref name="from"/>, the same one of <paramref name="difference"/>, else zero (so
        /// that it can be applied to another vector whose lanes stand for the same characters). A compare, an AND and an
        /// OR for each; where the compares do not overlap (each character once in <paramref name="from"/>), no select is
        /// needed, and nothing waits on the one before. The padding's differences are zero, so it changes nothing.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<T> Changes<T>(Vector128<T> block, ref Vector128<T> from, ref Vector128<T> difference, int tier)
            where T : struct
        {
            var change = Vector128.Equals(block, from) & difference;
            if (tier > 1)
            {
                change |= Change(block, ref from, ref difference, 1);
            }

            if (tier > 2)
            {
                change |= Change(block, ref from, ref difference, 2) | Change(block, ref from, ref difference, 3);
            }

            if (tier > 4)
            {
                change |= Change(block, ref from, ref difference, 4) | Change(block, ref from, ref difference, 5)
                    | Change(block, ref from, ref difference, 6) | Change(block, ref from, ref difference, 7);
            }

            return change;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector128<T> Change<T>(Vector128<T> block, ref Vector128<T> from, ref Vector128<T> difference, int k)
            where T : struct =>
            Vector128.Equals(block, Unsafe.Add(ref from, k)) & Unsafe.Add(ref difference, k);
    }
}
#endif
