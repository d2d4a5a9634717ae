using System;
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
        public void TrailingZeroCountFindsTheLowestBit()
        {
            for (int bit = 0; bit < 64; bit++)
            {
                Assert.Equal(bit, WordSlots.TrailingZeroCount((1UL << bit) | (1UL << 63)));
            }
        }
    }
}
