using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ArabicNews.Cli.CommandLine;
using ArabicNews.Cli.Input;
using ArabicNews.Dates;

namespace ArabicNews.Cli.Commands
{
    /// <summary>
    /// <c>arnews dates [--ref YYYY-MM-DD] [--jsonl] [FILE|-]...</c>: the date mentions of each input, one line each, or,
    /// with <c>--jsonl</c>, one JSON line of mentions per JSON line of input.
    /// </summary>
    internal static class DatesCommand
    {
        /// <summary>The one line <c>arnews --help</c> shows for this command.</summary>
        public const string Summary = "list the date and time mentions of Arabic text, with their values";

        private const string Help =
            "usage: arnews dates [--ref YYYY-MM-DD] [--jsonl] [FILE|-]...\n" +
            "\n" +
            "Finds the date and time mentions of each FILE (or stdin when none is given, or for '-').\n" +
            "Plain mode: each input is one article; one line per mention, tab-separated:\n" +
            "  OFFSET  TEXT  VALUE  FLAGS   (FILE first when several inputs are given)\n" +
            "OFFSET is in UTF-16 code units from the start of the input; FLAGS is a comma-separated list.\n" +
            "--jsonl: each input line is {\"id\": ..., \"text\": \"...\", \"ref\": \"YYYY-MM-DD\" or null} and each output\n" +
            "line is {\"id\": ..., \"mentions\": [{\"start\", \"length\", \"text\", \"kind\", \"value\", \"calendar\",\n" +
            "\"gregorian\", \"hijri\", \"flags\"}]}, in the input's order; blank lines are skipped. A malformed line is\n" +
            "reported on stderr with its line number, the others are still processed, and the exit code is 1.\n" +
            "Input is read as UTF-8 (a byte order mark is skipped; a UTF-16 one switches to UTF-16); invalid bytes\n" +
            "become U+FFFD and are reported once per input on stderr, with the line of the first.\n" +
            "\n" +
            "  --ref YYYY-MM-DD   the reference date for relative mentions (default: each article's dateline;\n" +
            "                     in --jsonl a line's own \"ref\" wins)\n" +
            "  --jsonl            JSON lines in and out\n" +
            "  -h, --help         show this help\n" +
            "\n" +
            "exit codes: 0 ok, 1 bad input (a missing or unreadable file, a malformed line), 2 bad usage\n";

        private static readonly Option Ref = new Option("--ref", takesValue: true);
        private static readonly Option JsonLines = new Option("--jsonl");
        private static readonly Option[] Options = { Ref, JsonLines };

        private static readonly JsonWriterOptions WriterOptions = new JsonWriterOptions
        {
            // Arabic stays readable in the output; the lines are data files, not HTML.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };

        // The flag names of the golden file, in a fixed order (a recurring day shows in its value, XXXX-MM-DD).
        private static readonly (DateFlags Flag, string Name)[] FlagTable =
        {
            (DateFlags.Relative, "relative"),
            (DateFlags.Approximate, "approximate"),
            (DateFlags.Dateline, "dateline"),
            (DateFlags.WeekdayMismatch, "weekday_mismatch"),
            (DateFlags.MonthConflict, "month_conflict"),
            (DateFlags.CalendarMismatch, "calendar_mismatch"),
            (DateFlags.Duration, "duration"),
        };

        public static int Run(string[] args, Stream stdin, TextWriter stdout, TextWriter stderr)
        {
            if (!ArgumentReader.TryRead(args, Options, out var arguments, out string usageError))
            {
                return Usage(stderr, usageError);
            }

            if (arguments.WantsHelp)
            {
                stdout.Write(Help);
                return ExitCodes.Ok;
            }

            DateTime? reference = null;
            string? refText = arguments.ValueOf(Ref);
            if (refText is not null)
            {
                if (!GregorianDateText.TryParse(refText, out var day))
                {
                    return Usage(stderr, $"{Quote.Of(refText)} is not a date (YYYY-MM-DD, such as 2024-03-25)");
                }

                reference = day;
            }

            var operands = arguments.Operands.Count == 0 ? new[] { "-" } : arguments.Operands;
            var mode = arguments.Has(JsonLines) ? Mode.JsonLines : Mode.Plain;
            int exit = ExitCodes.Ok;
            foreach (string operand in operands)
            {
                // A missing or unreadable input is reported and the others still run: the exit code tells at the end.
                string? label = operands.Count > 1 ? LabelOf(operand) : null;
                if (Extract(operand, label, mode, reference, stdin, stdout, stderr) != ExitCodes.Ok)
                {
                    exit = ExitCodes.BadInput;
                }
            }

            stdout.Flush();
            return exit;
        }

        internal static string KindName(DateMentionKind kind) => kind switch
        {
            DateMentionKind.Date => "date",
            DateMentionKind.DateTime => "date-time",
            DateMentionKind.Month => "month",
            DateMentionKind.Year => "year",
            DateMentionKind.Season => "season",
            DateMentionKind.Quarter => "quarter",
            DateMentionKind.Week => "week",
            DateMentionKind.Time => "time",
            DateMentionKind.Duration => "duration",
            _ => "range",
        };

        internal static IEnumerable<string> FlagNames(DateFlags flags)
        {
            foreach (var (flag, name) in FlagTable)
            {
                if ((flags & flag) != 0)
                {
                    yield return name;
                }
            }
        }

        private static int Extract(string operand, string? label, Mode mode, DateTime? reference, Stream stdin, TextWriter stdout, TextWriter stderr)
        {
            bool isStdin = operand == "-";
            string name = isStdin ? "<stdin>" : Quote.PathOf(operand);
            if (!isStdin && !File.Exists(operand))
            {
                stderr.Write($"arnews dates: {name}: {(Directory.Exists(operand) ? "is a folder, not a file" : "no such file")}\n");
                return ExitCodes.BadInput;
            }

            try
            {
                Stream source = isStdin ? stdin : Utf8InputReader.OpenFile(operand);
                using var reader = new Utf8InputReader(source, ownsStream: !isStdin);
                bool ok = mode == Mode.JsonLines
                    ? ExtractJsonLines(reader, name, reference, stdout, stderr)
                    : ExtractPlain(reader, label, reference, stdout);
                if (reader.InvalidSequences > 0)
                {
                    stdout.Flush();
                    stderr.Write($"arnews dates: {reader.DescribeInvalid(name)}\n");
                }

                return ok ? ExitCodes.Ok : ExitCodes.BadInput;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stdout.Flush();
                stderr.Write($"arnews dates: {name}: {e.Message}\n");
                return ExitCodes.BadInput;
            }
        }

        // The whole input is one article: a dateline at its top is the reference of every relative mention after it.
        private static bool ExtractPlain(TextReader reader, string? label, DateTime? reference, TextWriter stdout)
        {
            string text = reader.ReadToEnd();
            var line = new StringBuilder();
            foreach (var mention in ArabicDateExtractor.Default.Extract(text, reference))
            {
                line.Clear();
                if (label is not null)
                {
                    line.Append(label).Append('\t');
                }

                line.Append(mention.Start.ToString(CultureInfo.InvariantCulture)).Append('\t')
                    .Append(OneLine(mention.Text)).Append('\t')
                    .Append(mention.Value.ToString()).Append('\t')
                    .AppendJoin(',', FlagNames(mention.Flags))
                    .Append('\n');
                stdout.Write(line);
            }

            return true;
        }

        private static bool ExtractJsonLines(TextReader reader, string name, DateTime? reference, TextWriter stdout, TextWriter stderr)
        {
            bool ok = true;
            var bytes = new ArrayBufferWriter<byte>();
            using var writer = new Utf8JsonWriter(bytes, WriterOptions);
            char[] chars = Array.Empty<char>();
            long lineNumber = 0;
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                if (!DateJsonLines.TryRead(line, out var request, out string problem))
                {
                    // Flushed first, so that on a terminal the message comes after the answers to the lines before it.
                    stdout.Flush();
                    stderr.Write($"arnews dates: {name}:{lineNumber}: {problem}\n");
                    ok = false;
                    continue;
                }

                bytes.Clear();
                writer.Reset();
                DateJsonLines.Write(writer, request.Id, ArabicDateExtractor.Default.Extract(request.Text, request.Reference ?? reference));
                writer.Flush();

                int needed = Encoding.UTF8.GetMaxCharCount(bytes.WrittenCount);
                if (chars.Length < needed)
                {
                    chars = new char[Math.Max(needed, chars.Length * 2)];
                }

                int count = Encoding.UTF8.GetChars(bytes.WrittenSpan, chars);
                stdout.Write(chars, 0, count);
                stdout.Write('\n');
            }

            return ok;
        }

        // A path holding a tab or a line feed would break the tab-separated line it starts.
        private static string LabelOf(string operand) => operand == "-" ? "<stdin>" : OneLine(operand);

        private static string OneLine(string text) => text.Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' ');

        private static int Usage(TextWriter stderr, string message) => UsageError.Report(stderr, "dates", message);

        private enum Mode
        {
            Plain,
            JsonLines,
        }
    }
}
