using System;
using System.IO;
using System.Text;
using ArabicNews.Dates;
using ArabicNews.Text;
using Xunit;

namespace ArabicNews.Tests.BadInput
{
    /// <summary>
    /// Every command with empty, whitespace, 10 MB and lone-surrogate arguments and stdin, invalid UTF-8, missing
    /// files and unreadable folders. Each gets its documented exit code (0 ok, 1 bad input, 2 bad usage) and a message;
    /// no stack trace ever reaches stderr.
    /// </summary>
    public class CliBadInputTests
    {
        /// <summary>The commands to sweep; a new command joins by adding its name here.</summary>
        public static TheoryData<string> Commands() => new TheoryData<string> { "normalize", "months", "hijri", "dates" };

        public static TheoryData<string, string> CommandsAndInputs()
        {
            var data = new TheoryData<string, string>();
            foreach (string command in new[] { "normalize", "months", "hijri", "dates" })
            {
                foreach (string input in new[] { "empty", "whitespace", "ten-megabytes", "lone-surrogates" })
                {
                    data.Add(command, input);
                }
            }

            return data;
        }

        private static (int Exit, string Out, string Err) Run(string[] args, byte[] stdin)
        {
            var result = Cli.Cli.Run(args, stdin);
            Assert.DoesNotContain("   at ", result.Err, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", result.Err, StringComparison.Ordinal);
            Assert.True(result.Err.Length < 1000, "messages stay short: " + result.Err.Length);
            return result;
        }

        [Theory]
        [MemberData(nameof(CommandsAndInputs))]
        public void BadArgumentIsBadInput(string command, string input)
        {
            // As an operand: not a file (normalize, dates), not a month name (months), not a date (hijri).
            var (exit, output, error) = Run(new[] { command, BadInputs.Text(input) }, Array.Empty<byte>());
            Assert.Equal(1, exit);
            Assert.Equal(string.Empty, output);
            Assert.StartsWith($"arnews {command}: ", error, StringComparison.Ordinal);
        }

        [Theory]
        [MemberData(nameof(CommandsAndInputs))]
        public void BadStdinGetsItsDocumentedAnswer(string command, string input)
        {
            string text = BadInputs.Text(input);
            var (exit, output, error) = Run(new[] { command }, Encoding.UTF8.GetBytes(text));
            switch (command)
            {
                case "normalize": // any text normalizes; lone surrogates arrive as U+FFFD, since UTF-8 cannot carry them
                    Assert.Equal(0, exit);
                    string decoded = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text));
                    string normalized = ArabicNormalizer.Search.Normalize(decoded);
                    Assert.Equal(normalized.Length == 0 ? string.Empty : normalized + "\n", output);
                    Assert.Equal(string.Empty, error);
                    break;
                case "months": // lists the months and never reads stdin
                    Assert.Equal(0, exit);
                    Assert.StartsWith("month\t", output, StringComparison.Ordinal);
                    break;
                case "hijri": // one date per line: blank input converts nothing, anything else is not a date
                    bool blank = text.Trim().Length == 0;
                    Assert.Equal(blank ? 0 : 1, exit);
                    Assert.Equal(string.Empty, output);
                    if (!blank)
                    {
                        Assert.StartsWith("arnews hijri: <stdin>:1: ", error, StringComparison.Ordinal);
                    }

                    break;
                case "dates": // the input is one article: its mentions, as the library finds them in the decoded text
                    Assert.Equal(0, exit);
                    Assert.Equal(string.Empty, error);
                    var expected = new StringBuilder();
                    foreach (var mention in ArabicDateExtractor.Default.Extract(Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text))))
                    {
                        expected.Append(mention.Start).Append('\t').Append(mention.Text.Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' '))
                            .Append('\t').Append(mention.Value.ToString()).Append('\t')
                            .AppendJoin(',', ArabicNews.Cli.Commands.DatesCommand.FlagNames(mention.Flags)).Append('\n');
                    }

                    Assert.Equal(expected.ToString(), output);
                    break;
                default:
                    throw new InvalidOperationException("No documented answer for " + command);
            }
        }

        [Theory]
        [MemberData(nameof(Commands))]
        public void HelpAndUnknownOptionsNeverFail(string command)
        {
            var help = Run(new[] { command, "--help" }, Array.Empty<byte>());
            Assert.Equal(0, help.Exit);
            Assert.StartsWith("usage: arnews " + command, help.Out, StringComparison.Ordinal);
            var bad = Run(new[] { command, "--\uD800" }, Array.Empty<byte>());
            Assert.Equal(2, bad.Exit);
        }

        [Fact]
        public void InvalidUtf8OnStdinIsReplacedAndReportedOnce()
        {
            byte[] input = { 0xD9, 0x86, 0xD8, 0xB5, 0xFF, 0x0A, 0xC0, 0xAF, 0xE2, 0x82 };
            var (exit, output, error) = Run(new[] { "normalize" }, input);
            Assert.Equal(0, exit);
            Assert.Equal("نص\uFFFD\n\uFFFD\uFFFD\uFFFD\n", output);
            Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains("<stdin>:1: invalid UTF-8", error, StringComparison.Ordinal);
        }

        [Fact]
        public void MissingFileIsBadInputNamingIt()
        {
            string missing = Path.Combine(Path.GetTempPath(), "arnews-no-such-" + Guid.NewGuid().ToString("N"), "a.txt");
            var (exit, _, error) = Run(new[] { "normalize", missing }, Array.Empty<byte>());
            Assert.Equal(1, exit);
            Assert.Equal($"arnews normalize: {missing}: no such file or folder\n", error);
        }

        [Fact]
        public void PathThroughAFileIsBadInput()
        {
            // A path that no user, root included, can open: it goes through a regular file.
            using var temp = new Cli.Cli.TempFolder();
            string file = temp.File("plain.txt", "نص");
            var (exit, _, error) = Run(new[] { "normalize", Path.Combine(file, "inner.txt") }, Array.Empty<byte>());
            Assert.Equal(1, exit);
            Assert.Contains(file, error, StringComparison.Ordinal);
        }

        [Fact]
        public void FolderWithoutPermissionIsBadInputUnlessRunAsRoot()
        {
            using var temp = new Cli.Cli.TempFolder();
            string locked = Path.Combine(temp.Path, "locked");
            temp.File(Path.Combine("locked", "a.txt"), "نص");
            if (OperatingSystem.IsWindows())
            {
                return; // Unix permissions only; the path-through-a-file test covers unopenable input everywhere
            }

            File.SetUnixFileMode(locked, UnixFileMode.None);
            try
            {
                // Root reads any folder whatever its mode: there the documented answer is success, so the test checks
                // that instead of pretending the permission could bite.
                bool canStillRead = CanList(locked);
                var (exit, _, error) = Run(new[] { "normalize", locked, "--out", Path.Combine(temp.Path, "out") }, Array.Empty<byte>());
                if (canStillRead)
                {
                    Assert.Equal((0, string.Empty), (exit, error));
                    Assert.Equal("نص\n", File.ReadAllText(Path.Combine(temp.Path, "out", "a.txt")));
                }
                else
                {
                    Assert.Equal(1, exit);
                    Assert.StartsWith($"arnews normalize: {locked}: ", error, StringComparison.Ordinal);
                }
            }
            finally
            {
                File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        [Fact]
        public void TruncatedJsonLineIsBadInputWithItsLine()
        {
            // The last line of a JSON lines file cut off in the middle of its text: the lines before it are answered.
            byte[] input = Encoding.UTF8.GetBytes("{\"id\": 1, \"text\": \"في 15 رمضان 1445\", \"ref\": null}\n{\"id\": 2, \"text\": \"في 3 حزير");
            var (exit, output, error) = Run(new[] { "dates", "--jsonl" }, input);
            Assert.Equal(1, exit);
            Assert.Equal("arnews dates: <stdin>:2: not JSON (the line ends before the JSON value does)\n", error);
            Assert.StartsWith("{\"id\":1,\"mentions\":[{\"start\":3,", output, StringComparison.Ordinal);
            Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }

        private static bool CanList(string folder)
        {
            try
            {
                Directory.GetFiles(folder);
                return true;
            }
            catch (UnauthorizedAccessException)
            {
                return false;
            }
        }
    }
}
