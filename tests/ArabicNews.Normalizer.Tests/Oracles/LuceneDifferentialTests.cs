using System;
using System.IO;
using System.Linq;
using ArabicNews.Tests.Text;
using ArabicNews.Text;
using FsCheck;
using FsCheck.Xunit;
using Xunit;
using LuceneArabicNormalizer = Lucene.Net.Analysis.Ar.ArabicNormalizer;

namespace ArabicNews.Tests.Oracles
{
    /// <summary>The Lucene preset does exactly what Lucene.NET's ArabicNormalizer does.</summary>
    public class LuceneDifferentialTests
    {
        private static readonly LuceneArabicNormalizer Lucene = new LuceneArabicNormalizer();

        private static string LuceneNormalize(string text)
        {
            char[] buffer = text.ToCharArray();
            int length = Lucene.Normalize(buffer, buffer.Length);
            return new string(buffer, 0, length);
        }

        public static TheoryData<string> Seeds()
        {
            var data = new TheoryData<string>();
            foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").OrderBy(f => f))
            {
                data.Add(Path.GetFileName(file));
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(Seeds))]
        public void SameAsLuceneOnEverySeed(string seed)
        {
            string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", seed));
            Assert.Equal(LuceneNormalize(text), ArabicNormalizer.Lucene.Normalize(text));

            // Lucene applies it token by token.
            foreach (string token in text.Split(new[] { ' ', '\n', '\r', '\t' }, StringSplitOptions.RemoveEmptyEntries))
            {
                Assert.Equal(LuceneNormalize(token), ArabicNormalizer.Lucene.Normalize(token));
            }
        }

        [Fact]
        public void SameAsLuceneOnEveryCharacter()
        {
            for (int c = 0; c < 0x10000; c++)
            {
                string s = "\u0628" + (char)c + "\u0628";
                Assert.Equal(LuceneNormalize(s), ArabicNormalizer.Lucene.Normalize(s));
            }
        }

        [Property(Arbitrary = new[] { typeof(ArabicTextGenerators) }, MaxTest = 1000)]
        public void SameAsLuceneOnRandomArabicText(ArabicText text) =>
            Assert.Equal(ArabicText.Escape(LuceneNormalize(text.Value)), ArabicText.Escape(ArabicNormalizer.Lucene.Normalize(text.Value)));
    }
}
