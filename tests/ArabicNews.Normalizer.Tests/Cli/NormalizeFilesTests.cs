using System;
using System.IO;
using System.Linq;
using System.Text;
using ArabicNews.Text;
using Xunit;

namespace ArabicNews.Tests.Cli
{
    /// <summary><c>arnews normalize</c> with folders, <c>--out</c>, encodings and the progress line.</summary>
    public class NormalizeFilesTests
    {
        private static readonly string SeedFolder = Path.Combine(AppContext.BaseDirectory, "seeds");

        [Fact]
        public void FolderInputWritesEveryTxtFileUnderOut()
        {
            using var temp = new Cli.TempFolder();
            string input = Path.Combine(temp.Path, "in");
            foreach (string seed in Directory.GetFiles(SeedFolder, "*.txt"))
            {
                temp.File(Path.Combine("in", "nested", Path.GetFileName(seed)), File.ReadAllText(seed));
            }

            temp.File(Path.Combine("in", "top.txt"), "البنتاغون");
            temp.File(Path.Combine("in", "notes.md"), "not text to normalize");
            string output = Path.Combine(temp.Path, "out");

            var (exit, stdout, stderr) = Cli.Run("normalize", input, "--out", output);
            Assert.Equal((0, string.Empty, string.Empty), (exit, stdout, stderr));
            foreach (string seed in Directory.GetFiles(SeedFolder, "*.txt"))
            {
                string written = File.ReadAllText(Path.Combine(output, "nested", Path.GetFileName(seed)));
                Assert.Equal(ArabicNormalizer.Search.Normalize(File.ReadAllText(seed)) + "\n", written);
            }

            Assert.Equal("البنتاجون\n", File.ReadAllText(Path.Combine(output, "top.txt")));
            Assert.False(File.Exists(Path.Combine(output, "notes.md")));
            Assert.Empty(Directory.GetFiles(output, "*.tmp", SearchOption.AllDirectories));
        }

        [Fact]
        public void FileInputsWithOutKeepTheirNamesAndReplaceOldOutput()
        {
            using var temp = new Cli.TempFolder();
            string a = temp.File("a.txt", "الأميركيّة");
            string output = Path.Combine(temp.Path, "out");
            temp.File(Path.Combine("out", "a.txt"), "stale");
            Assert.Equal(0, Cli.Run("normalize", "--profile", "light", a, "-o", output).Exit);
            Assert.Equal("الأميركيّة\n", File.ReadAllText(Path.Combine(output, "a.txt")));
        }

        [Fact]
        public void AFailedWriteLeavesNoFileBehind()
        {
            using var temp = new Cli.TempFolder();
            string a = temp.File("a.txt", "نص");
            string blocker = temp.File("blocker", "a file where a folder should be");
            var (exit, _, error) = Cli.Run("normalize", a, "--out", Path.Combine(blocker, "out"));
            Assert.Equal(1, exit);
            Assert.Contains(blocker, error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
            Assert.Equal(new[] { a, blocker }.OrderBy(p => p, StringComparer.Ordinal), Directory.GetFiles(temp.Path).OrderBy(p => p, StringComparer.Ordinal));
        }

        [Fact]
        public void FolderWithoutOutAndStdinWithOutAreBadUsage()
        {
            Assert.Equal(2, Cli.Run("normalize", SeedFolder).Exit);
            Assert.Equal(2, Cli.Run("normalize", "-", "--out", Path.GetTempPath()).Exit);
        }

        [Fact]
        public void InvalidUtf8IsReplacedAndReportedOnceWithItsLine()
        {
            byte[] input = Encoding.UTF8.GetBytes("سطر أول\nسطر ").Concat(new byte[] { 0xFF, 0xFE }).Concat(Encoding.UTF8.GetBytes("ثان\n\n")).Concat(new byte[] { 0xC3 }).ToArray();
            var (exit, output, error) = Cli.Run(new[] { "normalize", "--profile", "light" }, input);
            Assert.Equal(0, exit);
            Assert.Equal("سطر أول\nسطر \uFFFD\uFFFDثان\n\n\uFFFD\n", output);
            Assert.Equal("arnews normalize: <stdin>:2: invalid UTF-8; 3 sequence(s) replaced with U+FFFD\n", error);
        }

        [Fact]
        public void InvalidUtf8IsReportedPerFileWithItsName()
        {
            using var temp = new Cli.TempFolder();
            string bad = Path.Combine(temp.Path, "bad.txt");
            File.WriteAllBytes(bad, new byte[] { 0x61, 0x0A, 0x0A, 0x0A, 0xED, 0xA0, 0x80, 0x62 }); // an encoded lone surrogate
            var (exit, output, error) = Cli.Run("normalize", bad);
            Assert.Equal(0, exit);
            Assert.Equal("a\n\n\uFFFD\uFFFD\uFFFDb\n", output);
            Assert.Equal($"arnews normalize: {bad}:4: invalid UTF-8; 3 sequence(s) replaced with U+FFFD\n", error);
        }

        [Fact]
        public void AByteOrderMarkIsSkipped()
        {
            byte[] input = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("نص")).ToArray();
            Assert.Equal((0, "نص\n", string.Empty), Cli.Run(new[] { "normalize" }, input));
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void AUtf16ByteOrderMarkSwitchesToUtf16(bool bigEndian)
        {
            var utf16 = new UnicodeEncoding(bigEndian, byteOrderMark: true);
            byte[] input = utf16.GetPreamble().Concat(utf16.GetBytes("البنتاغون\nسطر")).ToArray();
            Assert.Equal((0, "البنتاجون\nسطر\n", string.Empty), Cli.Run(new[] { "normalize" }, input));
        }

        [Fact]
        public void InvalidUtf16IsReportedWithItsLine()
        {
            var utf16 = new UnicodeEncoding(false, byteOrderMark: true);
            byte[] input = utf16.GetPreamble().Concat(utf16.GetBytes("a\nb\n")).Concat(new byte[] { 0x00, 0xD8, 0x63, 0x00 }).ToArray();
            var (exit, output, error) = Cli.Run(new[] { "normalize", "--profile", "light" }, input);
            Assert.Equal((0, "a\nb\n\uFFFDc\n"), (exit, output));
            Assert.Equal("arnews normalize: <stdin>:3: invalid UTF-16; 1 sequence(s) replaced with U+FFFD\n", error);
        }

        [Fact]
        public void ProgressGoesToATerminalStderrUnlessQuiet()
        {
            string seed = Directory.GetFiles(SeedFolder, "*.txt").First();
            var (exit, output, error) = Cli.Run(new[] { "normalize", seed }, Array.Empty<byte>(), errorIsTerminal: true);
            Assert.Equal(0, exit);
            Assert.Contains(seed + ": ", error, StringComparison.Ordinal);
            Assert.Contains(" MB/s", error, StringComparison.Ordinal);
            Assert.EndsWith("\r\u001b[K", error, StringComparison.Ordinal);
            Assert.Equal(ArabicNormalizer.Search.Normalize(File.ReadAllText(seed)) + "\n", output);

            Assert.Equal((0, output, string.Empty), Cli.Run(new[] { "normalize", "--quiet", seed }, Array.Empty<byte>(), errorIsTerminal: true));
            Assert.Equal((0, output, string.Empty), Cli.Run(new[] { "normalize", seed }, Array.Empty<byte>(), errorIsTerminal: false));
            Assert.Equal(string.Empty, Cli.Run(new[] { "normalize" }, Encoding.UTF8.GetBytes("نص"), errorIsTerminal: true).Err);
        }
    }
}
