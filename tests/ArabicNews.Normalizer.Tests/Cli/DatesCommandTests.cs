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

        private static (int Exit, string Out, string Err) Run(string[] args, string stdin = "")
        {
            var output = new StringWriter();
            var error = new StringWriter();
            int exit = Program.Run(args, new MemoryStream(Encoding.UTF8.GetBytes(stdin)), output, error);
            return (exit, output.ToString(), error.ToString());
        }

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
            Assert.StartsWith("arnews dates: line 2: not JSON", errors[0]);
            Assert.StartsWith("arnews dates: line 3: \"text\" must be a string", errors[1]);
            Assert.StartsWith("arnews dates: line 4: missing \"id\"", errors[2]);
            Assert.StartsWith("arnews dates: line 5: \"ref\"", errors[3]);
            Assert.StartsWith("arnews dates: line 6: expected an object", errors[4]);
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
    }
}
