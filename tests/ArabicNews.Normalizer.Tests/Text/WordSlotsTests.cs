using System;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using ArabicNews.Text;
using FsCheck;
using FsCheck.Xunit;
using Xunit;

namespace ArabicNews.Tests.Text
{
    /// <summary>The word pass's vectorized slot table and word masks against their one-by-one versions.</summary>
    [Properties(Arbitrary = new[] { typeof(ArabicTextGenerators) }, MaxTest = 300)]
    public class WordSlotsTests
    {
        [Fact]
        public void EveryCharacterInEveryLaneGetsItsSlot()
        {
            var text = new char[256];
            var slots = new byte[text.Length + WordSlots.Padding];
            for (int c = 0; c < 0x10000; c += text.Length / 4)
            {
                // Four runs of 64 consecutive code units, each shifted by one more lane, across both 64-character blocks.
                for (int k = 0; k < text.Length; k++)
                {
                    text[k] = (char)((c + (k % (text.Length / 4)) + (k / 64)) & 0xFFFF);
                }

                Assert.Equal(MatchingFold.MayHoldInvisibleBreak(text), WordSlots.Fill(text, slots));
                for (int k = 0; k < text.Length; k++)
                {
                    if (slots[k] != MatchingFold.SlotOf(text[k]))
                    {
                        Assert.Fail($"U+{(int)text[k]:X4} at {k}: {slots[k]}, expected {MatchingFold.SlotOf(text[k])}");
                    }
                }

                for (int k = text.Length; k < slots.Length; k++)
                {
                    Assert.Equal(MatchingFold.NotWord, slots[k]);
                }
            }
        }

        [Fact]
        public void EveryCharacterKeepsItsOwnOffsetAndBlock()
        {
            // The AVX2 path splits each character into its offset in the Arabic block and its high byte, packs both within
            // 128-bit lanes, looks the offset up in one of two halves of the block and puts the lanes back in order at the
            // end: a slot taken from another character's offset, block or half shows as one odd character among others.
            // The runs of consecutive code units above hardly show it: characters 16 apart there mostly share a block and a
            // half, and where they do not, both read NotWord either way (a block swapped between them went unnoticed).
            char[] kinds =
            {
                '\u0628', // a letter of the lower half
                '\u06A9', // a letter of the upper half
                '\u064E', // Ignored
                '\u060C', // the block's row 0, which the lookup of rows 2 to 5 alone would read wrong
                '\u0661', // row 6, likewise
                '\u0741', // outside the block, with the offset of a letter of the lower half (U+0641)
                '\u07CC', // outside the block, with the offset of a letter of the upper half (U+06CC)
            };
            Assert.NotEqual(MatchingFold.NotWord, MatchingFold.SlotOf('\u0641'));
            Assert.NotEqual(MatchingFold.NotWord, MatchingFold.SlotOf('\u06CC'));
            var text = new char[128 + 3];
            var slots = new byte[text.Length + WordSlots.Padding];
            foreach (char background in kinds)
            {
                foreach (char odd in kinds)
                {
                    for (int at = 0; at < text.Length && odd != background; at++)
                    {
                        text.AsSpan().Fill(background);
                        text[at] = odd;
                        WordSlots.Fill(text, slots);
                        AssertSlots(text, slots, text.Length, $"U+{(int)odd:X4} at {at} among U+{(int)background:X4}");
                        if (Avx2.IsSupported)
                        {
                            // Machines with AVX-512 take the other path in Fill.
                            slots.AsSpan().Clear();
                            Assert.Equal(128, WordSlots.FillAvx2(text, slots, out _));
                            AssertSlots(text, slots, 128, $"AVX2: U+{(int)odd:X4} at {at} among U+{(int)background:X4}");
                        }
                    }
                }
            }
        }

        [Fact]
        public void TheAvx2PathGivesEveryCharacterItsSlotAndFindsEveryBreak()
        {
            if (!Avx2.IsSupported)
            {
                return;
            }

            // Every code unit, 32 at a time out of order and in each of three blocks one further on, and the break test.
            var text = new char[96];
            var slots = new byte[text.Length];
            for (int c = 0; c < 0x10000; c += 32)
            {
                for (int k = 0; k < text.Length; k++)
                {
                    text[k] = (char)((c + (k * 13 % 32) + (k / 32)) & 0xFFFF);
                }

                Assert.Equal(96, WordSlots.FillAvx2(text, slots, out bool mayHoldBreak));
                AssertSlots(text, slots, text.Length, $"from U+{c:X4}");
                Assert.Equal(Array.Exists(text, MatchingFold.MayBeBreak), mayHoldBreak);
            }
        }

        [Fact]
        public void TheVectorBreakTestEqualsTheScalarOneOnEveryCodeUnit()
        {
            var lanes = new ushort[16];
            for (int c = 0; c < 0x10000; c += lanes.Length)
            {
                for (int k = 0; k < lanes.Length; k++)
                {
                    lanes[k] = (ushort)(c + k);
                }

                var breaks = MatchingFold.MayBeBreak(Vector256.Create(lanes));
                for (int k = 0; k < lanes.Length; k++)
                {
                    Assert.Equal(MatchingFold.MayBeBreak((char)lanes[k]) ? ushort.MaxValue : 0, breaks.GetElement(k));
                }
            }
        }

        [Theory]
        [InlineData(0)]
        [InlineData(31)]
        [InlineData(32)]
        [InlineData(63)]
        [InlineData(64)]
        [InlineData(100)]
        [InlineData(127)]
        [InlineData(129)]
        public void FillReportsAnInvisibleBreakInEveryLaneAndInTheTail(int at)
        {
            // 130 characters: two vector blocks of 64 and a scalar tail of two.
            foreach (char control in "\u200B\u200C\u200D\u200E\u202B\u2066\u061C\uFEFF\u00AD\0")
            {
                var text = new string('\u0645', 130).ToCharArray();
                var slots = new byte[text.Length + WordSlots.Padding];
                Assert.False(WordSlots.Fill(text, slots));
                if (at < text.Length)
                {
                    text[at] = control;
                    Assert.True(WordSlots.Fill(text, slots), $"U+{(int)control:X4} at {at}");
                }
            }
        }

        [Fact]
        public void ThePortablePathGivesEveryCharacterItsSlot()
        {
            // Every code unit, 16 at a time out of order and in each of three blocks one further on: the characters of the
            // Arabic block outside U+0621–U+065F send their block to the table, the rest are computed.
            Assert.True(PortableSlotFill.IsAvailable); // every x86-64 and ARM64 CPU, and the Search exceptions fit a tier
            var text = new char[48 + 5];
            var slots = new byte[text.Length];
            for (int c = 0; c < 0x10000; c += 16)
            {
                for (int k = 0; k < text.Length; k++)
                {
                    text[k] = (char)((c + (k * 7 % 16) + (k / 16)) & 0xFFFF);
                }

                slots.AsSpan().Clear();
                Assert.Equal(48, PortableSlotFill.Fill(text, slots));
                AssertSlots(text, slots, 48, $"from U+{c:X4}");
            }
        }

        [Fact]
        public void ThePortablePathTellsEachKindOfCharacterFromTheOthersInEveryLane()
        {
            // The letters of the range with a slot of their own, those that fold, tatweel, harakat, and characters around the
            // range or with the same low byte outside the block, one among another in every lane of two blocks.
            char[] kinds = { 'ب', 'ي', 'ء', 'أ', 'ة', 'ى', 'ئ', 'ـ', 'ً', 'ٟ', 'ؠ', '٠', '،', '݁', 'ԡ', 'a', ' ' };
            var text = new char[32];
            var slots = new byte[text.Length];
            foreach (char background in kinds)
            {
                foreach (char odd in kinds)
                {
                    for (int at = 0; at < text.Length; at++)
                    {
                        text.AsSpan().Fill(background);
                        text[at] = odd;
                        Assert.Equal(32, PortableSlotFill.Fill(text, slots));
                        AssertSlots(text, slots, text.Length, $"U+{(int)odd:X4} at {at} among U+{(int)background:X4}");
                    }
                }
            }
        }

        [Property]
        public void SlotsWithoutTheBreakTestMatchTheScalarPath(ArabicText text)
        {
            // The word pass's fill, which each machine takes its own way (the portable one where there is no AVX2), and the
            // portable one itself.
            string value = text.Value + text.Value;
            var slots = new byte[value.Length + WordSlots.Padding];
            var expected = new byte[value.Length + WordSlots.Padding];
            WordSlots.FillScalar(value.AsSpan(), expected);
            expected.AsSpan(value.Length).Fill(MatchingFold.NotWord);
            Assert.False(WordSlots.Fill(value.AsSpan(), slots, testBreaks: false));
            Assert.Equal(expected, slots);

            var portable = new byte[value.Length];
            int done = PortableSlotFill.Fill(value.AsSpan(), portable);
            Assert.Equal(value.Length - (value.Length % 16), done);
            Assert.Equal(expected.AsSpan(0, done).ToArray(), portable.AsSpan(0, done).ToArray());
        }

        [Property]
        public void SlotsAndWordMasksMatchTheScalarPath(ArabicText text)
        {
            string value = text.Value + text.Value; // long enough to reach the 64-character path
            var slots = new byte[value.Length + WordSlots.Padding];
            var expected = new byte[value.Length + WordSlots.Padding];
            Assert.Equal(MatchingFold.MayHoldInvisibleBreak(value.AsSpan()), WordSlots.Fill(value.AsSpan(), slots));
            WordSlots.FillScalar(value.AsSpan(), expected);
            expected.AsSpan(value.Length).Fill(MatchingFold.NotWord);
            Assert.Equal(expected, slots);
            for (int at = 0; at <= value.Length; at++)
            {
                ulong words = WordSlots.WordBits(slots, at, out ulong ignored);
                ulong expectedWords = WordSlots.WordBitsScalar(slots, at, out ulong expectedIgnored);
                Assert.Equal(expectedWords, words);
                Assert.Equal(expectedIgnored, ignored);
            }
        }

        [Fact]
        public void IgnoredSlotsAreFoundAtEveryLengthAndOffset()
        {
            // Slots of every kind (letters, slot 62 and 63, Ignored, NotWord) at every place of words of 0 to 64 letters;
            // what lies past the word must not count.
            byte[] kinds = { 0, 7, 39, 62, 63, MatchingFold.Ignored, MatchingFold.NotWord };
            var slots = new byte[200 + WordSlots.Padding];
            var random = new Random(17);
            for (int round = 0; round < 3000; round++)
            {
                for (int k = 0; k < slots.Length; k++)
                {
                    slots[k] = random.Next(4) == 0 ? kinds[random.Next(kinds.Length)] : (byte)random.Next(62);
                }

                int at = random.Next(100);
                int length = random.Next(65);
                bool hasIgnored = Array.IndexOf(slots, MatchingFold.Ignored, at, length) >= 0;
                Assert.Equal(hasIgnored, WordSlots.HasIgnored(slots, at, length));
            }
        }

        [Fact]
        public void WordEndFindsTheEndAtEveryLengthAndOffset()
        {
            var slots = new byte[200 + WordSlots.Padding];
            var random = new Random(23);
            for (int round = 0; round < 3000; round++)
            {
                slots.AsSpan().Fill(MatchingFold.NotWord);
                int at = random.Next(150);
                int length = 1 + random.Next(round % 2 == 0 ? 8 : 100);
                for (int k = at; k < Math.Min(at + length, 200); k++)
                {
                    slots[k] = random.Next(3) == 0 ? MatchingFold.Ignored : (byte)random.Next(64);
                }

                int position = at + random.Next(Math.Min(length, 200 - at));
                Assert.Equal(Math.Min(at + length, 200), WordSlots.WordEnd(slots, position));
            }
        }

        [Fact]
        public void TrailingZeroCountFindsTheLowestBit()
        {
            for (int bit = 0; bit < 64; bit++)
            {
                Assert.Equal(bit, WordSlots.TrailingZeroCount((1UL << bit) | (1UL << 63)));
            }
        }

        private static void AssertSlots(char[] text, byte[] slots, int count, string what)
        {
            for (int k = 0; k < count; k++)
            {
                if (slots[k] != MatchingFold.SlotOf(text[k]))
                {
                    Assert.Fail($"{what}: U+{(int)text[k]:X4} at {k}: {slots[k]}, expected {MatchingFold.SlotOf(text[k])}");
                }
            }
        }
    }
}
