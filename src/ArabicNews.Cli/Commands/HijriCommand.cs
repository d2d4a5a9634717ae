using System;
using System.IO;
using ArabicNews.Calendars;
using ArabicNews.Cli.CommandLine;
using ArabicNews.Cli.Input;

namespace ArabicNews.Cli.Commands
{
    /// <summary>
    /// <c>arnews hijri [--calendar KIND] DATE...</c> converts Hijri dates to Gregorian ones; with <c>--from-gregorian</c>,
    /// the other way. Without DATE it converts one date per line of stdin.
    /// </summary>
    internal static class HijriCommand
    {
        public const string Summary = "convert Hijri dates to Gregorian (1445-09-15) or back (--from-gregorian 2024-03-25)";

        private const string Help =
            "usage: arnews hijri [--calendar umm-al-qura|tabular] [DATE...]\n" +
            "       arnews hijri --from-gregorian [--calendar umm-al-qura|tabular] [DATE...]\n" +
            "\n" +
            "Converts each Hijri DATE (YYYY-MM-DD, such as 1445-09-15) to its Gregorian date, or with --from-gregorian\n" +
            "each Gregorian DATE (such as 2024-03-25) to its Hijri date; one result per line, YYYY-MM-DD.\n" +
            "Without DATE, reads one date per line from stdin (blank lines are skipped).\n" +
            "\n" +
            "  --calendar KIND    umm-al-qura (default: 1318-1500 AH, 1900-04-30 to 2077-11-16) or tabular\n" +
            "                     (arithmetic, every date from 0001-01-01 to 9999-12-31)\n" +
            "  --from-gregorian   the dates are Gregorian; print Hijri dates\n" +
            "  -h, --help         show this help\n" +
            "\n" +
            "exit codes: 0 ok, 1 bad input (not a date, or outside the calendar), with the line for stdin, 2 bad usage\n";

        private static readonly Option Calendar = new Option("--calendar", takesValue: true);
        private static readonly Option FromGregorian = new Option("--from-gregorian");
        private static readonly Option[] Options = { Calendar, FromGregorian };

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

            var kind = HijriCalendarKind.UmmAlQura;
            string? calendar = arguments.ValueOf(Calendar);
            if (calendar is not null && !TryParseKind(calendar, out kind))
            {
                return Usage(stderr, $"{Quote.Of(calendar)} is not a calendar (umm-al-qura or tabular)");
            }

            bool fromGregorian = arguments.Has(FromGregorian);
            if (arguments.Operands.Count > 0)
            {
                foreach (string operand in arguments.Operands)
                {
                    if (!TryConvert(operand, fromGregorian, kind, out string result))
                    {
                        stderr.Write($"arnews hijri: {result}\n");
                        return ExitCodes.BadInput;
                    }

                    stdout.Write(result + "\n");
                }

                stdout.Flush();
                return ExitCodes.Ok;
            }

            using var reader = new Utf8InputReader(stdin, ownsStream: false);
            long lineNumber = 0;
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                lineNumber++;
                if (line.Trim().Length == 0)
                {
                    continue;
                }

                if (!TryConvert(line, fromGregorian, kind, out string result))
                {
                    stdout.Flush();
                    stderr.Write($"arnews hijri: <stdin>:{lineNumber}: {result}\n");
                    return ExitCodes.BadInput;
                }

                stdout.Write(result + "\n");
            }

            stdout.Flush();
            return ExitCodes.Ok;
        }

        /// <summary>Converts one date; on failure <paramref name="result"/> is the message saying why.</summary>
        private static bool TryConvert(string text, bool fromGregorian, HijriCalendarKind kind, out string result)
        {
            string trimmed = text.Trim();
            if (fromGregorian)
            {
                if (!GregorianDateText.TryParse(trimmed, out var gregorian))
                {
                    result = $"{Quote.Of(trimmed)} is not a Gregorian date (YYYY-MM-DD, such as 2024-03-25)";
                    return false;
                }

                if (!HijriCalendar.TryFromGregorian(gregorian, out var hijri, kind))
                {
                    result = Outside(trimmed, kind);
                    return false;
                }

                result = hijri.ToString();
                return true;
            }

            if (!HijriDate.TryParse(trimmed, out var date))
            {
                result = $"{Quote.Of(trimmed)} is not a Hijri date (YYYY-MM-DD, such as 1445-09-15)";
                return false;
            }

            if (!HijriCalendar.TryToGregorian(date, out var converted, kind))
            {
                result = date < HijriCalendar.GetMinDate(kind) || date > HijriCalendar.GetMaxDate(kind)
                    ? Outside(trimmed, kind)
                    : $"{trimmed}: month {date.Year}-{date.Month:D2} has {HijriCalendar.GetDaysInMonth(date.Year, date.Month, kind)} days under {NameOf(kind)}";
                return false;
            }

            result = GregorianDateText.Format(converted);
            return true;
        }

        private static string Outside(string date, HijriCalendarKind kind) => $"{date} is outside the {NameOf(kind)} calendar ({RangeOf(kind)})";

        private static string RangeOf(HijriCalendarKind kind)
        {
            var min = HijriCalendar.GetMinDate(kind);
            var max = HijriCalendar.GetMaxDate(kind);
            return $"{min} to {max} AH, {GregorianDateText.Format(HijriCalendar.ToGregorian(min, kind))} to {GregorianDateText.Format(HijriCalendar.ToGregorian(max, kind))}";
        }

        private static string NameOf(HijriCalendarKind kind) => kind == HijriCalendarKind.UmmAlQura ? "umm-al-qura" : "tabular";

        private static bool TryParseKind(string text, out HijriCalendarKind kind)
        {
            kind = HijriCalendarKind.UmmAlQura;
            if (string.Equals(text, "umm-al-qura", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            kind = HijriCalendarKind.Tabular;
            return string.Equals(text, "tabular", StringComparison.OrdinalIgnoreCase);
        }

        private static int Usage(TextWriter stderr, string message) => UsageError.Report(stderr, "hijri", message);
    }
}
