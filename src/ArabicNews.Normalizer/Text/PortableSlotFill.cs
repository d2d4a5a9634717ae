#if NET8_0_OR_GREATER
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ArabicNews.Text
{
    /// <summary>
    /// <see cref="WordSlots.Fill"/>'s slots sixteen characters at a time where there is neither AVX-512 VBMI nor AVX2
    /// (ARM64, older x86), with the 128-bit compares and bitwise operations every such CPU has. A character of
    /// U+0621–U+065F nearly always has the slot of its offset from U+0620 (a letter) or <see cref="MatchingFold.Ignored"/>
    /// (a harakah, from U+064B); the few that are neither (tatweel, and the letters that fold to another: آ أ إ → ا,
    /// ؤ → و, ئ ى → ي, ة → ه) are replaced one compare each (<see cref="VectorTiers.Changes"/>), and any character outside
    /// the Arabic block is <see cref="MatchingFold.NotWord"/>. A block that holds another character of the Arabic block
    /// (U+0600–U+0620, U+0660–U+06FF: rare once the character pass has run) is looked up one by one.
    /// </summary>
    internal static class PortableSlotFill
    {
        private const int Width = 16;
        private const char First = '\u0621';
        private const char FirstHarakah = '\u064B';
        private const char Last = '\u065F';

        // The offsets from First of the characters whose slot is not the rule's, and the XOR that gives it.
        private static readonly (Vector128<byte>[] Offsets, Vector128<byte>[] Differences, int Tier)? Exceptions = FindExceptions();

        /// <summary>Whether the fill runs here: 128-bit vectors are accelerated and the exceptions fit a tier.</summary>
        public static bool IsAvailable => Vector128.IsHardwareAccelerated && Exceptions is not null;

        /// <summary>
        /// Fills the slots of whole blocks of 16 characters of <paramref name="text"/> and returns how many characters it
        /// did; <paramref name="slots"/> is at least as long as the text.
        /// </summary>
        public static int Fill(ReadOnlySpan<char> text, Span<byte> slots)
        {
            if (slots.Length < text.Length)
            {
                throw new ArgumentException("The slots are shorter than the text.", nameof(slots));
            }

            var (offsetVectors, differenceVectors, tier) = Exceptions!.Value;
            ref ushort source = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            ref byte target = ref MemoryMarshal.GetReference(slots);
            ref var offsets = ref MemoryMarshal.GetArrayDataReference(offsetVectors);
            ref var differences = ref MemoryMarshal.GetArrayDataReference(differenceVectors);
            var first = Vector128.Create((ushort)First);
            var count = Vector128.Create((ushort)(Last - First + 1));
            var arabicBlock = Vector128.Create((ushort)0x06);
            var lastLetterOffset = Vector128.Create((sbyte)(FirstHarakah - First - 1));
            var ignored = Vector128.Create(MatchingFold.Ignored);
            var notWord = Vector128.Create(MatchingFold.NotWord);
            var one = Vector128.Create((byte)1);
            int i = 0;
            for (; i <= text.Length - Width; i += Width)
            {
                var low = Vector128.LoadUnsafe(ref source, (nuint)i);
                var high = Vector128.LoadUnsafe(ref source, (nuint)(i + (Width / 2)));
                var lowOffset = low - first;
                var highOffset = high - first;
                var lowIn = Vector128.LessThan(lowOffset, count);
                var highIn = Vector128.LessThan(highOffset, count);
                var elsewhereInBlock = Vector128.AndNot(Vector128.Equals(Vector128.ShiftRightLogical(low, 8), arabicBlock), lowIn)
                    | Vector128.AndNot(Vector128.Equals(Vector128.ShiftRightLogical(high, 8), arabicBlock), highIn);
                if (elsewhereInBlock != Vector128<ushort>.Zero)
                {
                    WordSlots.FillScalarWithoutBreaks(text.Slice(i, Width), slots.Slice(i, Width));
                    continue;
                }

                // The offsets of the characters in the range fit a byte; the lanes of the others are NotWord in the end.
                var offset = Vector128.Narrow(lowOffset, highOffset);
                var slot = Vector128.ConditionalSelect(
                    Vector128.GreaterThan(offset.AsSByte(), lastLetterOffset).AsByte(), ignored, offset + one);
                slot ^= VectorTiers.Changes(offset, ref offsets, ref differences, tier);
                Vector128.ConditionalSelect(Vector128.Narrow(lowIn, highIn), slot, notWord).StoreUnsafe(ref target, (nuint)i);
            }

            return i;
        }

        // The characters of the range whose slot is not the rule's (a letter's offset from U+0620, Ignored for a harakah),
        // or null when there are more than a tier of replacements holds.
        private static (Vector128<byte>[], Vector128<byte>[], int)? FindExceptions()
        {
            var offsets = new List<byte>();
            var differences = new List<byte>();
            for (char c = First; c <= Last; c++)
            {
                byte rule = c < FirstHarakah ? (byte)(c - First + 1) : MatchingFold.Ignored;
                byte slot = MatchingFold.SlotOf(c);
                if (slot != rule)
                {
                    offsets.Add((byte)(c - First));
                    differences.Add((byte)(slot ^ rule));
                }
            }

            return offsets.Count <= VectorTiers.MaxReplaced
                ? (VectorTiers.Pad(offsets), VectorTiers.Pad(differences), VectorTiers.TierOf(offsets.Count))
                : null;
        }
    }
}
#endif
