using System;
using System.IO;
using System.Linq;
using System.Text;
using ArabicNews.Cli;
using ArabicNews.Text;
using Xunit;

namespace ArabicNews.Tests.Cli
{
    public class NormalizeCommandTests
    {
        private static readonly string SeedDirectory = Path.Combine(AppContext.BaseDirectory, "seeds");

        private static (int Exit, string Out, string Err) Run(string[] args, string stdin = "") => Cli.Run(args, stdin);

        [Fact]
        public void NormalizesEverySeedLikeTheLibrary()
        {
            var seeds = Directory.GetFiles(SeedDirectory, "*.txt").OrderBy(f => f).ToArray();
            var (exit, output, error) = Run(new[] { "normalize" }.Concat(seeds).ToArray());
            Assert.Equal(0, exit);
            Assert.Equal(string.Empty, error);
            string expected = string.Concat(seeds.Select(f => ArabicNormalizer.Search.Normalize(File.ReadAllText(f)) + "\n"));
            Assert.Equal(expected, output);
        }

        [Theory]
        [InlineData("light")]
        [InlineData("lucene")]
        [InlineData("light+fold-digits")]
        public void HonoursTheProfile(string profile)
        {
            var (exit, output, _) = Run(new[] { "normalize", "--profile", profile }, "الأميركيّة  ٢٠٢٤");
            Assert.Equal(0, exit);
            Assert.Equal(new ArabicNormalizer(NormalizationProfile.Parse(profile)).Normalize("الأميركيّة  ٢٠٢٤") + "\n", output);
        }

        [Fact]
        public void ReadsStandardInputWhenNoFileIsGiven()
        {
            var (exit, output, _) = Run(new[] { "normalize" }, "البنتاغون\r\n");
            Assert.Equal(0, exit);
            Assert.Equal("البنتاجون\n", output);
        }

        [Fact]
        public void EmptyInputGivesEmptyOutput() => Assert.Equal((0, string.Empty, string.Empty), Run(new[] { "normalize" }, "  \n "));

        [Fact]
        public void MissingFileIsBadInput()
        {
            var (exit, _, error) = Run(new[] { "normalize", "/no/such/file.txt" });
            Assert.Equal(1, exit);
            Assert.Contains("/no/such/file.txt", error, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("normalize", "--profile", "heavy")]
        [InlineData("normalize", "--profile")]
        [InlineData("normalize", "--frobnicate")]
        [InlineData("frobnicate")]
        public void BadUsageExitsWithTwo(params string[] args)
        {
            var (exit, _, error) = Run(args);
            Assert.Equal(2, exit);
            Assert.NotEqual(string.Empty, error);
        }

        [Fact]
        public void NoCommandIsBadUsage() => Assert.Equal(2, Run(Array.Empty<string>()).Exit);

        [Fact]
        public void HelpExitsWithZero()
        {
            Assert.Equal(0, Run(new[] { "--help" }).Exit);
            var (exit, output, _) = Run(new[] { "normalize", "--help" });
            Assert.Equal(0, exit);
            Assert.Contains("--profile", output, StringComparison.Ordinal);
        }
    }
}
