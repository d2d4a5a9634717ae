using System.Collections.Generic;
using System.Linq;
using ArabicNews.Text;
using Xunit;

namespace ArabicNews.Tests.Text
{
    public class IntKeyTableTests
    {
        [Fact]
        public void FindsEveryKeyItHoldsAndNoOther()
        {
            // Keys that collide in their low bits, as the 18-bit letter triples do, and zero.
            var entries = Enumerable.Range(0, 300).ToDictionary(k => k << 12, k => "v" + k);
            var table = new IntKeyTable<string>(entries);
            foreach (var entry in entries)
            {
                Assert.True(table.TryGetValue(entry.Key, out string? value));
                Assert.Equal(entry.Value, value);
            }

            foreach (int absent in new[] { 1, 4095, 4097, 300 << 12, int.MaxValue })
            {
                Assert.False(table.TryGetValue(absent, out _));
            }
        }

        [Fact]
        public void AnEmptyTableHoldsNothing()
        {
            Assert.False(new IntKeyTable<uint>(new Dictionary<int, uint>()).TryGetValue(0, out _));
        }
    }
}
