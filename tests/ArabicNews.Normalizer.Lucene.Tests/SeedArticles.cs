using System;
using System.IO;
using System.Linq;

namespace ArabicNews.Lucene.Tests
{
    /// <summary>The repository's five seed articles (seeds/*.txt, copied next to the test assembly), in file-name order.</summary>
    public static class SeedArticles
    {
        /// <summary>The file names; a seed's id in the tests is its index here (000_… is 0).</summary>
        public static string[] Names { get; } = Directory
            .GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt")
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(Path.GetFileName)
            .ToArray()!;

        /// <summary>The texts, as the files hold them.</summary>
        public static string[] Texts { get; } = Names
            .Select(name => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", name)))
            .ToArray();
    }
}
