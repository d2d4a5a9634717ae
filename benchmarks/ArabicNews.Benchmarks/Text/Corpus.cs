using System;
using System.IO;
using System.Linq;
using System.Text;
using ArabicNews.Text;

namespace ArabicNews.Benchmarks.Text
{
    /// <summary>The benchmark inputs: the seed articles as they are, and repeated to a size.</summary>
    public static class Corpus
    {
        /// <summary>The five seed articles, concatenated (about 12,000 UTF-16 characters).</summary>
        public static string Seeds { get; } = string.Concat(
            Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").OrderBy(f => f).Select(File.ReadAllText));

        /// <summary>The seeds repeated until the text holds at least <paramref name="bytes"/> bytes of UTF-16.</summary>
        public static string Repeat(string text, int bytes)
        {
            var builder = new StringBuilder(bytes / 2 + text.Length);
            while (builder.Length * 2 < bytes)
            {
                builder.Append(text).Append('\n');
            }

            return builder.ToString();
        }

        /// <summary>A news paragraph already in Light form: Light has nothing to do on it.</summary>
        public static string CleanParagraph { get; } = ArabicNormalizer.Light.Normalize(
            Seeds.Split('\n').OrderByDescending(line => line.Length).First());

        /// <summary>Picks an input by name: "seeds" (as is), "16MB" (seeds repeated), "clean 16MB" (clean paragraph repeated).</summary>
        public static string ByName(string name) => name switch
        {
            "seeds" => Seeds,
            "1MB" => Repeat(Seeds, 1 << 20),
            "4MB" => Repeat(Seeds, 4 << 20),
            "16MB" => Repeat(Seeds, 16 << 20),
            "clean 16MB" => Repeat(CleanParagraph, 16 << 20).TrimEnd('\n').Replace("\n", " "),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown corpus"),
        };
    }
}
