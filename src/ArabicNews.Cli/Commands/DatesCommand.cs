using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ArabicNews.Dates;

namespace ArabicNews.Cli.Commands
{
    /// <summary>
    /// <c>arnews dates [--ref YYYY-MM-DD] [--jsonl] [FILE...]</c>: the date mentions of each input, one line each, or, with
    /// <c>--jsonl</c>, one JSON line of mentions per JSON line of input.
    /// </summary>
    internal static class DatesCommand
    {
        /// <summary>The one line <c>arnews --help</c> shows for this command.</summary>
        public const string Summary = "list the date and time mentions of Arabic text, with their values";

        private const string Help =
            "usage: arnews dates [--ref YYYY-MM-DD] [--jsonl] [FILE...]\n" +
            "\n" +
            "Finds the date and time mentions of each FILE (or stdin when none is given).\n" +
            "Plain mode: each input is one article; one line per mention:\n" +
            "  OFFSET<TAB>TEXT<TAB>VALUE<TAB>FLAGS   (FILE<TAB> first when several files are given)\n" +
            "--jsonl: each input line is {\"id\": ..., \"text\": \"...\", \"ref\": \"YYYY-MM-DD\" or null} and each output\n" +
            "line is {\"id\": ..., \"mentions\": [{\"start\", \"length\", \"text\", \"kind\", \"value\", \"calendar\",\n" +
            "\"gregorian\", \"hijri\", \"flags\"}]}, in the input's order. A malformed line is reported on stderr\n" +
            "with its line number, the others are still processed, and the exit code is 1.\n" +
            "\n" +
            "  --ref YYYY-MM-DD   the reference date for relative mentions (default: each article's dateline;\n" +
            "                     in --jsonl a line's own \"ref\" wins)\n" +
            "  --jsonl            JSON lines in and out\n" +
            "  -h, --help         show this help\n";

        private static readonly JsonWriterOptions WriterOptions = new JsonWriterOptions
        {
            // Arabic stays readable in the output; the lines are data files, not HTML.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };

        public static int Run(string[] args, Stream stdin, TextWriter stdout, TextWriter stderr)
        {
            DateTime? reference = null;
            bool jsonl = false;
            var files = new List<string>();
            for (int i = 0; i < args.Length; i++)
            {
                string arg = args[i];
                if (arg is "-h" or "--help")
                {
                    stdout.Write(Help);
                    return ExitCodes.Ok;
                }

                if (arg == "--jsonl")
                {
                    jsonl = true;
                    continue;
                }

                if (arg == "--ref" || arg.StartsWith("--ref=", StringComparison.Ordinal))
                {
                    string? value = arg == "--ref" ? (i + 1 < args.Length ? args[++i] : null) : arg.Substring("--ref=".Length);
                    if (value is null || !TryParseDay(value, out var day))
                    {
                        stderr.Write($"arnews dates: '{value}' is not a date (YYYY-MM-DD)\n");
                        return ExitCodes.BadUsage;
                    }

                    reference = day;
                    continue;
                }

                if (arg.StartsWith("-", StringComparison.Ordinal) && arg != "-")
                {
                    stderr.Write($"arnews dates: unknown option '{arg}'\n\n{Help}");
                    return ExitCodes.BadUsage;
                }

                files.Add(arg);
            }

            if (files.Count == 0)
            {
                files.Add("-");
            }

            var extractor = ArabicDateExtractor.Default;
            int exit = ExitCodes.Ok;
            foreach (string file in files)
            {
                if (file != "-" && !File.Exists(file))
                {
                    stderr.Write($"arnews dates: {file}: no such file\n");
                    exit = ExitCodes.BadInput;
                    continue;
                }

                try
                {
                    using var reader = file == "-"
                        ? new StreamReader(stdin, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true)
                        : new StreamReader(file, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
                    bool ok = jsonl
                        ? RunJsonLines(extractor, reader, reference, file, stdout, stderr)
                        : RunPlain(extractor, reader, reference, files.Count > 1 ? file : null, stdout);
                    if (!ok)
                    {
                        exit = ExitCodes.BadInput;
                    }
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    stderr.Write($"arnews dates: {file}: {e.Message}\n");
                    exit = ExitCodes.BadInput;
                }
            }

            stdout.Flush();
            return exit;
        }

        private static bool RunPlain(ArabicDateExtractor extractor, TextReader reader, DateTime? reference, string? fileLabel, TextWriter stdout)
        {
            string text = reader.ReadToEnd();
            foreach (var mention in extractor.Extract(text, reference))
            {
                if (fileLabel is not null)
                {
                    stdout.Write(fileLabel);
                    stdout.Write('\t');
                }

                stdout.Write(mention.Start.ToString(CultureInfo.InvariantCulture));
                stdout.Write('\t');
                stdout.Write(OneLine(mention.Text));
                stdout.Write('\t');
                stdout.Write(mention.Value.ToString());
                stdout.Write('\t');
                stdout.Write(string.Join(",", FlagNames(mention.Flags)));
                stdout.Write('\n');
            }

            return true;
        }

        private static bool RunJsonLines(ArabicDateExtractor extractor, TextReader reader, DateTime? reference, string file, TextWriter stdout, TextWriter stderr)
        {
            bool ok = true;
            var buffer = new ArrayBufferWriter<byte>();
            int lineNumber = 0;
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                lineNumber++;
                if (line.Trim().Length == 0)
                {
                    continue;
                }

                string where = file == "-" ? $"line {lineNumber}" : $"{file}: line {lineNumber}";
                try
                {
                    using var document = JsonDocument.Parse(line);
                    var root = document.RootElement;
                    if (!TryReadRequest(root, out var id, out string? text, out DateTime? lineReference, out string? problem))
                    {
                        stderr.Write($"arnews dates: {where}: {problem}\n");
                        ok = false;
                        continue;
                    }

                    buffer.Clear();
                    using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
                    {
                        WriteResult(writer, id, extractor.Extract(text!, lineReference ?? reference));
                    }

                    stdout.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
                    stdout.Write('\n');
                }
                catch (JsonException e)
                {
                    stderr.Write($"arnews dates: {where}: not JSON ({OneLine(e.Message)})\n");
                    ok = false;
                }
            }

            return ok;
        }

        private static bool TryReadRequest(JsonElement root, out JsonElement id, out string? text, out DateTime? reference, out string? problem)
        {
            id = default;
            text = null;
            reference = null;
            problem = null;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problem = "expected an object {\"id\": ..., \"text\": ..., \"ref\": ...}";
                return false;
            }

            if (!root.TryGetProperty("id", out id))
            {
                problem = "missing \"id\"";
                return false;
            }

            if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
            {
                problem = "\"text\" must be a string";
                return false;
            }

            text = textElement.GetString();
            if (root.TryGetProperty("ref", out var refElement) && refElement.ValueKind != JsonValueKind.Null)
            {
                if (refElement.ValueKind != JsonValueKind.String || !TryParseDay(refElement.GetString()!, out var day))
                {
                    problem = "\"ref\" must be null or a date YYYY-MM-DD";
                    return false;
                }

                reference = day;
            }

            return true;
        }

        private static void WriteResult(Utf8JsonWriter writer, JsonElement id, IReadOnlyList<DateMention> mentions)
        {
            writer.WriteStartObject();
            writer.WritePropertyName("id");
            id.WriteTo(writer);
            writer.WriteStartArray("mentions");
            foreach (var mention in mentions)
            {
                writer.WriteStartObject();
                writer.WriteNumber("start", mention.Start);
                writer.WriteNumber("length", mention.Length);
                writer.WriteString("text", mention.Text);
                writer.WriteString("kind", KindName(mention.Kind));
                writer.WriteString("value", mention.Value.ToString());
                writer.WriteString("calendar", mention.Calendar == DateCalendar.Hijri ? "hijri" : "gregorian");
                WriteNullable(writer, "gregorian", mention.Gregorian?.ToString());
                WriteNullable(writer, "hijri", mention.Hijri?.ToString());
                writer.WriteStartArray("flags");
                foreach (string flag in FlagNames(mention.Flags))
                {
                    writer.WriteStringValue(flag);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        private static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
        {
            if (value is null)
            {
                writer.WriteNull(name);
            }
            else
            {
                writer.WriteString(name, value);
            }
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

        private static bool TryParseDay(string text, out DateTime day) =>
            DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

        private static string OneLine(string text) => text.Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' ');
    }
}
