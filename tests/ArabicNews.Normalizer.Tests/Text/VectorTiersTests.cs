using System;
using System.Linq;
using System.Runtime.Intrinsics;
using ArabicNews.Text;
using Xunit;

namespace ArabicNews.Tests.Text
{
    /// <summary>
    /// The written-out compares of the 128-bit lanes: for every count of characters, each tier finds and replaces exactly
    /// those characters, in every lane, and the padding matches nothing a lane takes.
    /// </summary>
    public class VectorTiersTests
    {
        // Sixteen characters the lanes see: letters of the Arabic block, ASCII, the Arabic comma.
        private static readonly ushort[] Characters = "أإآؤئةىـabc،١ًٌd".Select(c => (ushort)c).Distinct().ToArray();

        // Each character of Characters and its neighbours, in the eight lanes of some blocks.
        private static readonly Vector128<ushort>[] Blocks = Characters
            .SelectMany(c => new[] { (ushort)(c - 1), c, (ushort)(c + 1) })
            .Concat(new ushort[] { ' ', 'z', 0x0627, 0x064A })
            .Select((c, k) => (c, k))
            .GroupBy(p => p.k / 8, p => p.c)
            .Select(g => Vector128.Create(g.Concat(Enumerable.Repeat((ushort)'x', 8)).Take(8).ToArray()))
            .ToArray();

        [Theory]
        [InlineData(0, 0)]
        [InlineData(1, 1)]
        [InlineData(2, 2)]
        [InlineData(3, 4)]
        [InlineData(4, 4)]
        [InlineData(5, 8)]
        [InlineData(8, 8)]
        [InlineData(9, 16)]
        [InlineData(16, 16)]
        public void TheTierIsTheLeastPowerOfTwoThatHoldsTheCount(int count, int tier) =>
            Assert.Equal(tier, VectorTiers.TierOf(count));

        [Fact]
        public void MoreThanTheLargestTierIsRefused()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => VectorTiers.TierOf(VectorTiers.Max + 1));
            Assert.Throws<ArgumentException>(() => VectorTiers.Pad(new ushort[VectorTiers.Max + 1]));
        }

        [Fact]
        public void AnyEqualsFindsExactlyTheCharactersOfEveryCount()
        {
            Assert.Equal(VectorTiers.Max, Characters.Length);
            for (int count = 1; count <= VectorTiers.Max; count++)
            {
                var chosen = Characters.Take(count).ToArray();
                var vectors = VectorTiers.Pad(chosen);
                foreach (var block in Blocks)
                {
                    var equal = VectorTiers.AnyEquals(block, ref vectors[0], VectorTiers.TierOf(count));
                    for (int lane = 0; lane < 8; lane++)
                    {
                        ushort expected = chosen.Contains(block.GetElement(lane)) ? ushort.MaxValue : (ushort)0;
                        Assert.Equal(expected, equal.GetElement(lane));
                    }
                }
            }
        }

        [Fact]
        public void ReplaceMapsExactlyTheCharactersOfEveryCount()
        {
            for (int count = 1; count <= VectorTiers.MaxReplaced; count++)
            {
                var from = Characters.Take(count).ToArray();
                var to = from.Select(c => (ushort)(c + 0x100)).ToArray();
                var fromVectors = VectorTiers.Pad(from);
                var differences = VectorTiers.Pad(from.Zip(to, (f, t) => (ushort)(f ^ t)).ToArray());
                foreach (var block in Blocks)
                {
                    var mapped = VectorTiers.Replace(block, ref fromVectors[0], ref differences[0], VectorTiers.TierOf(count));
                    for (int lane = 0; lane < 8; lane++)
                    {
                        ushort c = block.GetElement(lane);
                        int at = Array.IndexOf(from, c);
                        Assert.Equal(at < 0 ? c : to[at], mapped.GetElement(lane));
                    }
                }
            }
        }
    }
}
