using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using ArabicNews.Cli;
using ArabicNews.Dates;
using Xunit;

namespace ArabicNews.Tests.Cli
{
    public class DatesCommandTests
    {
        private static readonly string SeedDirectory = Path.Combine(AppContext.BaseDirectory, "seeds");

        private static (int Exit, string Out, string Err) Run(string[] args, string stdin = "") => Cli.Run(args, stdin);

        [Fact]
        public void PlainModeWritesOneLinePerMention()
        {
            var (exit, output, error) = Run(new[] { "dates", "--ref", "2024-02-01" }, "وقع الاتفاق أمس، في 26 يوليو 2021.");
            Assert.Equal(0, exit);
            Assert.Equal(string.Empty, error);
            Assert.Equal("12\tأمس\t2024-01-31\trelative\n20\t26 يوليو 2021\t2021-07-26\t\n", output);
        }

        [Fact]
        public void PlainModeMatchesTheLibraryOnEverySeed()
        {
            foreach (string seed in Directory.GetFiles(SeedDirectory, "*.txt").OrderBy(f => f))
            {
                var (exit, output, _) = Run(new[] { "dates", seed });
                Assert.Equal(0, exit);
                var expected = ArabicDateExtractor.Default.Extract(File.ReadAllText(seed))
                    .Select(m => $"{m.Start}\t{m.Text.Replace('\n', ' ')}\t{m.Value}\t{string.Join(",", ArabicNews.Cli.Commands.DatesCommand.FlagNames(m.Flags))}\n");
                Assert.Equal(string.Concat(expected), output);
            }
        }

        [Fact]
        public void SeveralFilesArePrefixedWithTheirName()
        {
            var seeds = Directory.GetFiles(SeedDirectory, "*.txt").OrderBy(f => f).Take(2).ToArray();
            var (exit, output, _) = Run(new[] { "dates" }.Concat(seeds).ToArray());
            Assert.Equal(0, exit);
            Assert.All(output.TrimEnd('\n').Split('\n'), line => Assert.Contains(line.Split('\t')[0], seeds));
            Assert.Contains(seeds[0] + "\t81\tالإثنين 22/نوفمبر/2021 - 12:28 م\t2021-11-22T12:28\tdateline\n", output);
        }

        [Fact]
        public void JsonLinesModeAnswersEachLineInOrder()
        {
            string input =
                "{\"id\": 1, \"text\": \"13 رمضان 1445هـ الموافق 23 مارس 2024م\", \"ref\": null}\n" +
                "{\"id\": \"b\", \"text\": \"الشهر المقبل\", \"ref\": \"2024-02-01\"}\n" +
                "{\"id\": [3], \"text\": \"لا تاريخ هنا\"}\n";
            var (exit, output, error) = Run(new[] { "dates", "--jsonl" }, input);
            Assert.Equal(0, exit);
            Assert.Equal(string.Empty, error);
            var lines = output.TrimEnd('\n').Split('\n');
            Assert.Equal(3, lines.Length);

            using var first = JsonDocument.Parse(lines[0]);
            Assert.Equal(1, first.RootElement.GetProperty("id").GetInt32());
            var mention = first.RootElement.GetProperty("mentions")[0];
            Assert.Equal(0, mention.GetProperty("start").GetInt32());
            Assert.Equal("13 رمضان 1445هـ الموافق 23 مارس 2024م".Length, mention.GetProperty("length").GetInt32());
            Assert.Equal("date", mention.GetProperty("kind").GetString());
            Assert.Equal("1445-09-13", mention.GetProperty("value").GetString());
            Assert.Equal("hijri", mention.GetProperty("calendar").GetString());
            Assert.Equal("2024-03-23", mention.GetProperty("gregorian").GetString());
            Assert.Equal("1445-09-13", mention.GetProperty("hijri").GetString());
            Assert.Equal(0, mention.GetProperty("flags").GetArrayLength());

            using var second = JsonDocument.Parse(lines[1]);
            Assert.Equal("b", second.RootElement.GetProperty("id").GetString());
            var month = second.RootElement.GetProperty("mentions")[0];
            Assert.Equal("2024-03", month.GetProperty("value").GetString());
            Assert.Equal("month", month.GetProperty("kind").GetString());
            Assert.Equal(JsonValueKind.Null, month.GetProperty("hijri").ValueKind);
            Assert.Equal("relative", month.GetProperty("flags")[0].GetString());

            Assert.Equal("{\"id\":[3],\"mentions\":[]}", lines[2]);
        }

        [Fact]
        public void HijriMonthsGiveTheirGregorianDays()
        {
            var (_, output, _) = Run(new[] { "dates", "--jsonl" }, "{\"id\": 1, \"text\": \"رمضان 1445\"}\n");
            using var json = JsonDocument.Parse(output);
            var mention = json.RootElement.GetProperty("mentions")[0];
            Assert.Equal("2024-03-11/2024-04-09", mention.GetProperty("gregorian").GetString());
            Assert.Equal("1445-09", mention.GetProperty("hijri").GetString());
        }

        [Fact]
        public void TheLineReferenceWinsOverTheCommandLineOne()
        {
            string input = "{\"id\": 1, \"text\": \"أمس\", \"ref\": \"2024-02-01\"}\n{\"id\": 2, \"text\": \"أمس\"}\n";
            var (_, output, _) = Run(new[] { "dates", "--jsonl", "--ref", "2020-01-01" }, input);
            Assert.Contains("\"value\":\"2024-01-31\"", output.Split('\n')[0]);
            Assert.Contains("\"value\":\"2019-12-31\"", output.Split('\n')[1]);
        }

        [Fact]
        public void MalformedLinesAreReportedAndTheRestProcessed()
        {
            string input =
                "{\"id\": 1, \"text\": \"عام 2014\"}\n" +
                "not json\n" +
                "{\"id\": 3, \"text\": 5}\n" +
                "{\"text\": \"عام 2015\"}\n" +
                "{\"id\": 5, \"text\": \"عام 2016\", \"ref\": \"2024-13-01\"}\n" +
                "[1]\n" +
                "\n" +
                "{\"id\": 8, \"text\": \"عام 2017\"}\n";
            var (exit, output, error) = Run(new[] { "dates", "--jsonl" }, input);
            Assert.Equal(1, exit);
            var errors = error.TrimEnd('\n').Split('\n');
            Assert.Equal(5, errors.Length);
            Assert.StartsWith("arnews dates: <stdin>:2: not JSON", errors[0]);
            Assert.StartsWith("arnews dates: <stdin>:3: \"text\" must be a string", errors[1]);
            Assert.StartsWith("arnews dates: <stdin>:4: missing \"id\"", errors[2]);
            Assert.StartsWith("arnews dates: <stdin>:5: \"ref\"", errors[3]);
            Assert.StartsWith("arnews dates: <stdin>:6: expected an object", errors[4]);
            var lines = output.TrimEnd('\n').Split('\n');
            Assert.Equal(2, lines.Length);
            Assert.StartsWith("{\"id\":1,", lines[0]);
            Assert.StartsWith("{\"id\":8,", lines[1]);
        }

        [Theory]
        [InlineData("--ref")]
        [InlineData("--ref", "2024/02/01")]
        [InlineData("--ref=tomorrow")]
        [InlineData("--json")]
        public void BadUsageExitsWithTwo(params string[] args)
        {
            var (exit, output, error) = Run(new[] { "dates" }.Concat(args).ToArray());
            Assert.Equal(2, exit);
            Assert.Equal(string.Empty, output);
            Assert.StartsWith("arnews dates: ", error);
        }

        [Fact]
        public void AMissingFileIsBadInputButTheOthersRun()
        {
            string seed = Directory.GetFiles(SeedDirectory, "*.txt").OrderBy(f => f).First();
            var (exit, output, error) = Run(new[] { "dates", "no-such-file.txt", seed });
            Assert.Equal(1, exit);
            Assert.Contains("no-such-file.txt: no such file", error);
            Assert.Contains("2021-11-22T12:28", output);
        }

        [Fact]
        public void HelpAndTopLevelUsageMentionTheCommand()
        {
            var (exit, output, _) = Run(new[] { "dates", "--help" });
            Assert.Equal(0, exit);
            Assert.StartsWith("usage: arnews dates", output);
            Assert.Contains("  dates      list the date and time mentions", Run(new[] { "--help" }).Out);
        }
            [Theory]
        [InlineData("--ref=2024-02-01")]
        [InlineData("--ref", "2024-02-01")]
        [InlineData("--ref", "2020-01-01", "--ref", "2024-02-01")]
        public void TheReferenceTakesEveryOptionSyntax(params string[] args)
        {
            var (exit, output, error) = Cli.Run(new[] { "dates" }.Concat(args).ToArray(), "أمس");
            Assert.Equal((0, string.Empty), (exit, error));
            Assert.Equal("0\tأمس\t2024-01-31\trelative\n", output);
        }

        [Theory]
        [InlineData("arnews dates: option '--ref' needs a value", "--ref")]
        [InlineData("arnews dates: option '--ref' needs a value", "--ref=")]
        [InlineData("arnews dates: '2024/02/01' is not a date (YYYY-MM-DD, such as 2024-03-25)", "--ref", "2024/02/01")]
        [InlineData("arnews dates: '2024-02-30' is not a date (YYYY-MM-DD, such as 2024-03-25)", "--ref=2024-02-30")]
        [InlineData("arnews dates: unknown option '--json'", "--json")]
        [InlineData("arnews dates: unknown option '-j'", "-j")]
        [InlineData("arnews dates: option '--jsonl' takes no value", "--jsonl=yes")]
        public void UsageErrorsAreOneLineAndAPointerToHelp(string message, params string[] args)
        {
            var (exit, output, error) = Cli.Run(new[] { "dates" }.Concat(args).ToArray(), "عام 2014");
            Assert.Equal(2, exit);
            Assert.Equal(string.Empty, output);
            Assert.Equal(message + "\nRun 'arnews dates --help' for usage.\n", error);
        }

        [Fact]
        public void HelpHasTheLayoutOfTheOtherCommands()
        {
            foreach (string help in new[] { "--help", "-h" })
            {
                var (exit, output, error) = Cli.Run("dates", help);
                Assert.Equal((0, string.Empty), (exit, error));
                Assert.StartsWith("usage: arnews dates [--ref YYYY-MM-DD] [--jsonl] [FILE|-]...\n\n", output);
                Assert.Contains("\n  --ref YYYY-MM-DD   ", output);
                Assert.Contains("\n  --jsonl            ", output);
                Assert.Contains("\n  -h, --help         show this help\n", output);
                Assert.EndsWith("\n\nexit codes: 0 ok, 1 bad input (a missing or unreadable file, a malformed line), 2 bad usage\n", output);
            }
        }

        [Fact]
        public void DoubleDashEndsTheOptions()
        {
            var (exit, output, error) = Cli.Run("dates", "--ref", "2024-02-01", "--", "--jsonl");
            Assert.Equal(1, exit);
            Assert.Equal(string.Empty, output);
            Assert.Equal("arnews dates: --jsonl: no such file\n", error);
        }

        [Fact]
        public void AMissingFileIsNamedAndTheOthersStillRun()
        {
            using var temp = new Cli.TempFolder();
            string missing = Path.Combine(temp.Path, "missing.txt");
            string file = temp.File("a.txt", "عام 2014");
            var (exit, output, error) = Cli.Run("dates", missing, temp.Path, file);
            Assert.Equal(1, exit);
            Assert.Equal($"arnews dates: {missing}: no such file\narnews dates: {temp.Path}: is a folder, not a file\n", error);
            Assert.Equal($"{file}\t0\tعام 2014\t2014\t\n", output);
        }

        [Fact]
        public void AMissingFileInJsonLinesModeIsNamedToo()
        {
            using var temp = new Cli.TempFolder();
            string missing = Path.Combine(temp.Path, "missing.jsonl");
            string file = temp.File("a.jsonl", "{\"id\": 1, \"text\": \"عام 2014\"}\n");
            var (exit, output, error) = Cli.Run("dates", "--jsonl", missing, file);
            Assert.Equal(1, exit);
            Assert.Equal($"arnews dates: {missing}: no such file\n", error);
            Assert.StartsWith("{\"id\":1,\"mentions\":[{\"start\":0,\"length\":8,", output);
        }

        [Fact]
        public void StdinIsADashAndLabelledAsStdinAmongFiles()
        {
            using var temp = new Cli.TempFolder();
            string file = temp.File("a.txt", "عام 2014");
            var (exit, output, error) = Cli.Run(new[] { "dates", file, "-" }, "سنة 2003");
            Assert.Equal((0, string.Empty), (exit, error));
            Assert.Equal($"{file}\t0\tعام 2014\t2014\t\n<stdin>\t0\tسنة 2003\t2003\t\n", output);
        }

        [Fact]
        public void InvalidUtf8OnStdinIsReplacedAndReportedOnceWithItsLine()
        {
            // Line 2 holds the first bad byte, line 3 another: one message, naming line 2 and both sequences.
            byte[] input = ReplaceMarker(Encoding.UTF8.GetBytes("عام 2014\nنص \uFFFF\n\uFFFF سنة 2003\n"));
            var (exit, output, error) = Cli.Run(new[] { "dates" }, input);
            Assert.Equal(0, exit);
            Assert.Equal("arnews dates: <stdin>:2: invalid UTF-8; 2 sequence(s) replaced with U+FFFD\n", error);
            Assert.Equal("0\tعام 2014\t2014\t\n16\tسنة 2003\t2003\t\n", output);
        }

        [Fact]
        public void InvalidUtf8InJsonLinesIsReportedOnceAndTheLinesStillAnswered()
        {
            using var temp = new Cli.TempFolder();
            string path = Path.Combine(temp.Path, "bad.jsonl");
            File.WriteAllBytes(path, ReplaceMarker(Encoding.UTF8.GetBytes(
                "{\"id\": 1, \"text\": \"عام 2014\"}\n{\"id\": 2, \"text\": \"\uFFFF عام 2015\"}\n{\"id\": 3, \"text\": \"\uFFFF\"}\n")));
            var (exit, output, error) = Cli.Run("dates", "--jsonl", path);
            Assert.Equal(0, exit);
            Assert.Equal($"arnews dates: {path}:2: invalid UTF-8; 2 sequence(s) replaced with U+FFFD\n", error);
            var lines = output.TrimEnd('\n').Split('\n');
            Assert.Equal(3, lines.Length);
            Assert.Contains("\"text\":\"عام 2015\"", lines[1]);
            Assert.Equal("{\"id\":3,\"mentions\":[]}", lines[2]);
        }

        [Fact]
        public void MalformedLinesOfAFileAreNamedByFileAndLine()
        {
            using var temp = new Cli.TempFolder();
            string path = temp.File("in.jsonl", "\n{\"id\": 1, \"text\": \"عام 2014\"}\n{\"id\": 2,, \"text\": \"\"}\n");
            var (exit, output, error) = Cli.Run("dates", "--jsonl", path);
            Assert.Equal(1, exit);
            Assert.Equal($"arnews dates: {path}:3: not JSON (at byte 10 of the line)\n", error);
            Assert.StartsWith("{\"id\":1,", output);
        }

        [Theory]
        [InlineData("{\"id\": 1, \"text\": \"\\ud800 عام 2014\"}", "\"text\" holds an unpaired surrogate escape")]
        [InlineData("{\"id\": \"\\udc00\", \"text\": \"عام 2014\"}", "\"id\" holds an unpaired surrogate escape")]
        [InlineData("{\"id\": [1, {\"\\ud800\": 2}], \"text\": \"عام 2014\"}", "\"id\" holds an unpaired surrogate escape")]
        [InlineData("{\"id\": 1, \"text\": \"عام 2014\", \"ref\": 20240201}", "\"ref\" must be null or a date YYYY-MM-DD, not '20240201'")]
        [InlineData("{\"id\": 1, \"text\": null}", "\"text\" must be a string")]
        [InlineData("\"just text\"", "expected an object {\"id\": ..., \"text\": \"...\", \"ref\": \"YYYY-MM-DD\" or null}")]
        public void UnusableLinesGetOneLineEach(string line, string problem)
        {
            var (exit, output, error) = Cli.Run(new[] { "dates", "--jsonl" }, line + "\n{\"id\": 2, \"text\": \"سنة 2003\"}\n");
            Assert.Equal(1, exit);
            Assert.Equal($"arnews dates: <stdin>:1: {problem}\n", error);
            Assert.StartsWith("{\"id\":2,", output);
        }

        [Fact]
        public void AnEscapedSurrogatePairIsText()
        {
            var (exit, output, error) = Cli.Run(new[] { "dates", "--jsonl" }, "{\"id\": \"\\ud83d\\ude00\", \"text\": \"\\ud83d\\ude00 عام 2014\"}\n");
            Assert.Equal((0, string.Empty), (exit, error));
            Assert.Contains("\"start\":3,\"length\":8,\"text\":\"عام 2014\"", output);
        }

        // The test sources hold no invalid UTF-8; U+FFFF marks where a stray 0xFF byte goes.
        private static byte[] ReplaceMarker(byte[] utf8)
        {
            byte[] marker = Encoding.UTF8.GetBytes("\uFFFF");
            var result = new System.Collections.Generic.List<byte>();
            for (int i = 0; i < utf8.Length; i++)
            {
                if (utf8.AsSpan(i).StartsWith(marker))
                {
                    result.Add(0xFF);
                    i += marker.Length - 1;
                }
                else
                {
                    result.Add(utf8[i]);
                }
            }

            return result.ToArray();
        }
    }
}
