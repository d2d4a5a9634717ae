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
    /// The character pass's fast lane where the CPU has AVX2 but not AVX-512 (<see cref="VectorCharPass"/> uses it there):
    /// 32 characters a step, in two 256-bit halves, taking the same runs as the AVX-512 lane: characters written one for
    /// one, single spaces and kept line feeds between them, and removed marks where no source indexes are needed.
    /// AVX2 has no word permute, and a gather costs about as much per character as the naive table loop, so the lane
    /// does not map every character. It finds the characters written as they are (<see cref="Avx2BlockBitmap"/>: U+0000–
    /// U+00FF and the Arabic block), maps the letters of U+0620–U+064F with three byte shuffles of their low bytes (ة ى
    /// أ إ آ ؤ ئ: about one character in fourteen of news text under Search, where a branch per character cost more than
    /// the rest of the lane), writes the block, and then reads <see cref="NormalizationTables.Actions"/> one by one for
    /// the few others (Arabic punctuation and digits, quotes, marks), patching what it wrote.
    /// </summary>
    internal sealed class Avx2CharLane
    {
        /// <summary>The characters of one step.</summary>
        public const int Width = 32;

        private readonly ushort[] _actions;

        // The characters written as they are.
        private readonly Avx2BlockBitmap _copied;

        // The low byte of what each character of U+0620–U+064F (hamza to yeh and the first harakat: ة ى أ إ آ ؤ ئ, most
        // of the others in news text) is written as, where that is one character of the Arabic block, else NotMapped;
        // one row of 16 each, in both 128-bit lanes for the byte shuffle.
        private readonly Vector256<byte> _row2;
        private readonly Vector256<byte> _row3;
        private readonly Vector256<byte> _row4;

        private const byte NotMapped = 0xFF;
        private readonly bool _lineBreaksAreKept;

        /// <summary>The lane for <paramref name="tables"/>; <paramref name="lineBreaksAreKept"/> as <see cref="VectorCharPass"/> decides it.</summary>
        public Avx2CharLane(NormalizationTables tables, bool lineBreaksAreKept)
        {
            ushort[] actions = tables.Actions;
            _actions = actions;
            _copied = new Avx2BlockBitmap(c => actions[c] == c);
            _row2 = Row(actions, 0x0620);
            _row3 = Row(actions, 0x0630);
            _row4 = Row(actions, 0x0640);
            _lineBreaksAreKept = lineBreaksAreKept;
        }

        private static Vector256<byte> Row(ushort[] actions, int first)
        {
            var row = new byte[16];
            for (int k = 0; k < 16; k++)
            {
                ushort action = actions[first + k];
                row[k] = IsFast(action) && action >> 8 == 0x06 && (byte)action != NotMapped ? (byte)action : NotMapped;
            }

            return ShuffleTables.InBothLanes(row);
        }

        // Written one for one, whatever stands around it: what the scalar loop's hot path writes without leaving it.
        private static bool IsFast(ushort action) => action < NormalizationTables.FirstSpecialAction;

        /// <summary>
        /// What <see cref="VectorCharPass.Run"/> does, on AVX2: writes the longest run the lane handles from
        /// <paramref name="source"/> + <paramref name="i"/> to <paramref name="destination"/> + <paramref name="w"/> and
        /// returns its length in the source; <paramref name="written"/> is its length in the destination. Up to 31
        /// characters after what is written may be overwritten with scratch.
        /// </summary>
        // Not inlined into the AVX-512 lane's method that calls it: there the inliner ran out of budget for the bitmap test.
        [MethodImpl(MethodImplOptions.NoInlining)]
        public int Run(ref ushort source, int i, int length, ref ushort destination, int w, bool removeMarks, out int written)
        {
            ref ushort actions = ref MemoryMarshal.GetArrayDataReference(_actions);
            int start = i;
            int to = w;
            while (i <= length - Width)
            {
                var first = Vector256.LoadUnsafe(ref source, (nuint)i);
                var second = Vector256.LoadUnsafe(ref source, (nuint)(i + 16));
                Avx2BlockBitmap.Split(first, second, out var low, out var high);
                uint fast = _copied.InSet(low, high, out _, out uint spaces, out uint feeds) | MapRows(ref low, high);

                // The characters again from their bytes, the mapped low bytes in: the unpacks work within 128-bit lanes, so
                // they give characters 0–7 and 16–23, then 8–15 and 24–31.
                var lower = Avx2.UnpackLow(low, high).AsUInt16();
                var upper = Avx2.UnpackHigh(low, high).AsUInt16();
                Avx2.Permute2x128(lower, upper, 0x20).StoreUnsafe(ref destination, (nuint)to);
                Avx2.Permute2x128(lower, upper, 0x31).StoreUnsafe(ref destination, (nuint)(to + 16));

                // The others one by one, up to the first that stops the run (what comes after it is not taken).
                uint removed = 0;
                uint others = ~(fast | spaces | feeds);
                while (others != 0)
                {
                    int k = BitOperations.TrailingZeroCount(others);
                    others &= others - 1;
                    ushort action = Unsafe.Add(ref actions, Unsafe.Add(ref source, i + k));
                    if (IsFast(action))
                    {
                        Unsafe.Add(ref destination, to + k) = action;
                        fast |= 1u << k;
                    }
                    else if (action == NormalizationTables.RemoveAction && removeMarks)
                    {
                        removed |= 1u << k;
                    }
                    else
                    {
                        break;
                    }
                }

                // Bit 31: the character after the block is written one for one (the space and line-feed rules ask).
                uint nextIsFast = i + Width < length && IsFast(Unsafe.Add(ref actions, Unsafe.Add(ref source, i + Width))) ? 1u << 31 : 0;
                uint accepted = VectorCharPass.AcceptedLanes(fast, spaces, _lineBreaksAreKept ? feeds : 0, nextIsFast) | removed;
                if (accepted != uint.MaxValue || removed != 0)
                {
                    int take = accepted == uint.MaxValue ? Width : BitOperations.TrailingZeroCount(~accepted);
                    uint drop = take == Width ? removed : removed & ((1u << take) - 1);
                    to = drop == 0 ? to + take : LeaveOut(ref destination, to, take, drop);
                    if (take < Width)
                    {
                        written = to - w;
                        return i - start + take;
                    }
                }
                else
                {
                    to += Width;
                }

                i += Width;
            }

            written = to - w;
            return i - start;
        }

        /// <summary>
        /// Bit k: character k is in U+0620–U+064F and written as one character of the Arabic block, whose low byte then
        /// replaces its own in <paramref name="low"/>.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private uint MapRows(ref Vector256<byte> low, Vector256<byte> high)
        {
            // A blend reads each byte's top bit: shifted up to it, bit 4 of the low byte picks row 3 over row 2, bit 6 row 4
            // (a word shift will do: the bit that reaches a byte's top is its own).
            var bit4 = Vector256.ShiftLeft(low.AsUInt16(), 3).AsByte();
            var bit6 = Vector256.ShiftLeft(low.AsUInt16(), 1).AsByte();
            var mapped = Avx2.BlendVariable(
                Avx2.BlendVariable(Avx2.Shuffle(_row2, low), Avx2.Shuffle(_row3, low), bit4),
                Avx2.Shuffle(_row4, low),
                bit6);
            var offset = low - Vector256.Create((byte)0x20);
            var inRows = Vector256.Equals(Vector256.Min(offset, Vector256.Create((byte)0x2F)), offset)
                & Vector256.Equals(high, Vector256.Create((byte)0x06))
                & ~Vector256.Equals(mapped, Vector256.Create(NotMapped));
            low = Avx2.BlendVariable(low, mapped, inRows);
            return inRows.ExtractMostSignificantBits();
        }

        /// <summary>
        /// Moves the kept characters among the block's first <paramref name="take"/> down over the <paramref name="drop"/>
        /// ones, eight at a time with one byte shuffle each (<see cref="KeepShuffles"/>), and returns where they end. Each
        /// store writes eight characters, past the kept ones into what the next eight have already been read from or
        /// into the block's scratch.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static int LeaveOut(ref ushort destination, int to, int take, uint drop)
        {
            uint keep = ~drop & (take == Width ? uint.MaxValue : (1u << take) - 1);
            ref byte shuffles = ref MemoryMarshal.GetArrayDataReference(KeepShuffles);
            int at = to;
            for (int eighth = 0; eighth < Width; eighth += 8)
            {
                uint kept = (keep >> eighth) & 0xFF;
                var characters = Vector128.LoadUnsafe(ref Unsafe.Add(ref destination, to + eighth)).AsByte();
                var shuffle = Vector128.LoadUnsafe(ref Unsafe.Add(ref shuffles, (int)kept * 16));
                Ssse3.Shuffle(characters, shuffle).AsUInt16().StoreUnsafe(ref Unsafe.Add(ref destination, at));
                at += BitOperations.PopCount(kept);
            }

            return at;
        }

        // Entry m (16 bytes): the byte shuffle that moves the characters of eight whose bits are set in m to the front, in
        // order.
        private static readonly byte[] KeepShuffles = BuildKeepShuffles();

        private static byte[] BuildKeepShuffles()
        {
            var table = new byte[256 * 16];
            for (int mask = 0; mask < 256; mask++)
            {
                int j = 0;
                for (int k = 0; k < 8; k++)
                {
                    if ((mask & (1 << k)) != 0)
                    {
                        table[(mask * 16) + (2 * j)] = (byte)(2 * k);
                        table[(mask * 16) + (2 * j) + 1] = (byte)((2 * k) + 1);
                        j++;
                    }
                }

                for (int b = 2 * j; b < 16; b++)
                {
                    table[(mask * 16) + b] = 0x80;
                }
            }

            return table;
        }
    }
}
#endif
