using System;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Util;

namespace ArabicNews.Lucene.Tests
{
    /// <summary>The seeds indexed twice, once with <see cref="ArabicNewsAnalyzer"/> and once with Lucene's stock analyzer.</summary>
    public sealed class SeedIndexFixture : IDisposable
    {
        public SeedIndex News { get; } = new SeedIndex(new ArabicNewsAnalyzer());

        public SeedIndex Stock { get; } = new SeedIndex(new ArabicAnalyzer(LuceneVersion.LUCENE_48));

        public void Dispose()
        {
            News.Dispose();
            Stock.Dispose();
        }
    }
}
