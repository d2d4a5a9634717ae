using System;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using ArabicNews.Text;
using Xunit;

namespace ArabicNews.Tests.Text
{
    public class FastCharBitmapTests
    {
        [Fact]
        public void EveryCodeUnitIsFlaggedExactlyWhenCoveredAndAccepted()
        {
            if (!Avx512BW.IsSupported)
            {
                return; // the vector lane, and this bitmap, exist only with AVX-512
            }

            // A predicate with no pattern the index arithmetic could happen to match: every third, and every fifth
            // from U+0600 on.
            static bool Accepted(int c) => c % 3 == 0 || (c >= 0x600 && c % 5 == 0);
            var bitmap = new FastCharBitmap(Accepted);
            var lanes = new ushort[32];
            for (int c = 0; c < 0x10000; c += 32)
            {
                for (int k = 0; k < 32; k++)
                {
                    lanes[k] = (ushort)(c + ((k * 7) % 32)); // the 32 code units in another order than their lanes
                }

                uint flagged = bitmap.Flagged(Vector512.Create(lanes));
                for (int k = 0; k < 32; k++)
                {
                    bool expected = FastCharBitmap.Covers(lanes[k]) && Accepted(lanes[k]);
                    Assert.True(expected == (((flagged >> k) & 1) != 0), $"U+{lanes[k]:X4} in lane {k}");
                }
            }
        }

        [Fact]
        public void TheRangesAreBasicLatinMostOfLatin1AndTheArabicBlock()
        {
            Assert.True(FastCharBitmap.Covers(0x0000));
            Assert.True(FastCharBitmap.Covers(0x00EF));
            Assert.False(FastCharBitmap.Covers(0x00F0));
            Assert.False(FastCharBitmap.Covers(0x05FF));
            Assert.True(FastCharBitmap.Covers(0x0600));
            Assert.True(FastCharBitmap.Covers(0x06FF));
            Assert.False(FastCharBitmap.Covers(0x0700));
            Assert.False(FastCharBitmap.Covers(0xFFFF));
        }
    }
}
