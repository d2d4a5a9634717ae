using System;
using System.IO;
using System.Linq;

namespace ArabicNews.Benchmarks.Lucene
{
    /// <summary>The documents indexed: the five seed articles, one document each, repeated to about 16 MB of UTF-16.</summary>
    public static class IndexingCorpus
    {
        private const int TargetBytes = 16 << 20;

        private static readonly string[] SeedArticles = Directory
            .GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt")
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToArray();

        /// <summary>The documents, in indexing order.</summary>
        public static string[] Documents { get; } = Build();

        /// <summary>The size of all documents in bytes of UTF-16, as the corpus helpers count it.</summary>
        public static long Bytes { get; } = Documents.Sum(d => 2L * d.Length);

        private static string[] Build()
        {
            long perRound = SeedArticles.Sum(d => 2L * d.Length);
            int rounds = (int)((TargetBytes + perRound - 1) / perRound);
            return Enumerable.Range(0, rounds).SelectMany(_ => SeedArticles).ToArray();
        }
    }
}
