using System;
using System.IO;
using System.Linq;
using System.Text;
using ArabicNews.Text;
using Xunit;

namespace ArabicNews.Tests.Text
{
    /// <summary>
    /// Each seed article normalized with each preset, compared with a checked-in golden file under
    /// <c>tests/ArabicNews.Normalizer.Tests/Golden/&lt;preset&gt;/</c>. Set ARABICNEWS_UPDATE_GOLDEN=1 to rewrite them.
    /// </summary>
    public class SeedGoldenFileTests
    {
        public static TheoryData<string, string> Cases()
        {
            var data = new TheoryData<string, string>();
            foreach (var preset in new[] { "search", "light", "lucene" })
            {
                foreach (var seed in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").OrderBy(f => f))
                {
                    data.Add(preset, Path.GetFileName(seed));
                }
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void SeedMatchesGoldenFile(string preset, string seed)
        {
            var normalizer = new ArabicNormalizer(NormalizationProfile.Parse(preset));
            string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", seed));
            string actual = normalizer.Normalize(text) + "\n";
            string relative = Path.Combine("Golden", preset, seed);

            if (Environment.GetEnvironmentVariable("ARABICNEWS_UPDATE_GOLDEN") == "1")
            {
                string target = Path.Combine(SourceDirectory(), relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllText(target, actual, new UTF8Encoding(false));
                return;
            }

            string expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, relative));
            if (expected != actual)
            {
                Assert.Fail($"{relative}: {FirstDifference(expected, actual)}");
            }
        }

        private static string FirstDifference(string expected, string actual)
        {
            string[] e = expected.Split('\n');
            string[] a = actual.Split('\n');
            for (int line = 0; line < Math.Max(e.Length, a.Length); line++)
            {
                string el = line < e.Length ? e[line] : "<missing>";
                string al = line < a.Length ? a[line] : "<missing>";
                if (el != al)
                {
                    return $"line {line + 1} differs\n  expected: {ArabicText.Escape(el)}\n  actual:   {ArabicText.Escape(al)}";
                }
            }

            return "the files differ";
        }

        private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
            Path.GetDirectoryName(Path.GetDirectoryName(path)!)!;
    }
}
