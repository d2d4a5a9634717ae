using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using ArabicNews.Calendars;
using ArabicNews.Cli.CommandLine;

namespace ArabicNews.Cli.Commands
{
    /// <summary>
    /// <c>arnews months [--system SYSTEM]</c> lists month names; <c>arnews months NAME... [--to SYSTEM]</c> looks names up or
    /// translates them between systems (<c>arnews months حزيران --to maghreb</c> prints جوان).
    /// </summary>
    internal static class MonthsCommand
    {
        public const string Summary = "list month names, or translate them between systems (حزيران --to maghreb)";

        private const string Help =
            "usage: arnews months [--system SYSTEM]\n" +
            "       arnews months NAME... [--to SYSTEM]\n" +
            "\n" +
            "Without NAME: one line per month, tab-separated: the number, then the canonical name in every system\n" +
            "(" + MonthSystemNames.List + "), or only in SYSTEM with --system.\n" +
            "With NAME and --to: the name of the same month in SYSTEM, one line per NAME. Gregorian names translate\n" +
            "to any Gregorian system, Hijri names only to hijri.\n" +
            "With NAME alone: NAME, its month number, the systems that use it, and 'ambiguous' when the name is also an\n" +
            "ordinary word (مارس, آب, صفر ...), tab-separated.\n" +
            "Any spelling is accepted: hamza, alef maqsura, teh marbuta, diacritics, tatweel and extra spaces do not\n" +
            "matter. A two-word name may be given quoted or as two words.\n" +
            "\n" +
            "  --system SYSTEM   list only this system\n" +
            "  --to SYSTEM       translate into this system\n" +
            "  -h, --help        show this help\n" +
            "\n" +
            "exit codes: 0 ok, 1 bad input (not a month name, or no such month in SYSTEM), 2 bad usage\n";

        private static readonly Option SystemOption = new Option("--system", takesValue: true);
        private static readonly Option To = new Option("--to", takesValue: true);
        private static readonly Option[] Options = { SystemOption, To };

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

            if (!TryReadSystem(arguments.ValueOf(SystemOption), out var listed, out string? error)
                || !TryReadSystem(arguments.ValueOf(To), out var target, out error))
            {
                return Usage(stderr, error!);
            }

            if (arguments.Operands.Count == 0)
            {
                if (target is not null)
                {
                    return Usage(stderr, "--to needs a month NAME to translate");
                }

                List(stdout, listed);
                return ExitCodes.Ok;
            }

            if (listed is not null)
            {
                return Usage(stderr, "--system lists names and takes no NAME; use --to to translate");
            }

            foreach (string name in NamesOf(arguments.Operands))
            {
                if (!MonthNames.TryLookup(name.AsSpan(), out var found))
                {
                    stderr.Write($"arnews months: {Quote.Of(name)} is not a month name\n");
                    return ExitCodes.BadInput;
                }

                if (target is null)
                {
                    stdout.Write($"{name}\t{found!.Month}\t{MonthSystemNames.NamesOf(found.Systems)}{(found.IsAmbiguous ? "\tambiguous" : string.Empty)}\n");
                }
                else if (MonthNames.TryTranslate(name.AsSpan(), target.Value, out string? translated))
                {
                    stdout.Write(translated + "\n");
                }
                else
                {
                    string calendar = found!.Systems == MonthSystems.Hijri ? "a Hijri month" : "a Gregorian month";
                    stderr.Write($"arnews months: {Quote.Of(name)} is {calendar}; {MonthSystemNames.NameOf(target.Value)} has no name for it\n");
                    return ExitCodes.BadInput;
                }
            }

            stdout.Flush();
            return ExitCodes.Ok;
        }

        // An unquoted two-word name arrives as two operands (كانون الثاني): when all the operands together are one name,
        // they are that name; otherwise each operand is a name of its own.
        private static IReadOnlyList<string> NamesOf(IReadOnlyList<string> operands)
        {
            if (operands.Count > 1)
            {
                string joined = string.Join(" ", operands);
                if (MonthNames.TryLookup(joined.AsSpan(), out _))
                {
                    return new[] { joined };
                }
            }

            return operands;
        }

        private static void List(TextWriter stdout, MonthSystem? only)
        {
            var systems = only is null ? MonthSystemNames.All : new[] { only.Value };
            var line = new StringBuilder();
            line.Append("month");
            foreach (var system in systems)
            {
                line.Append('\t').Append(MonthSystemNames.NameOf(system));
            }

            stdout.Write(line.Append('\n').ToString());
            for (int month = 1; month <= 12; month++)
            {
                line.Clear().Append(month);
                foreach (var system in systems)
                {
                    line.Append('\t').Append(MonthNames.GetName(month, system));
                }

                stdout.Write(line.Append('\n').ToString());
            }

            stdout.Flush();
        }

        private static bool TryReadSystem(string? text, out MonthSystem? system, out string? error)
        {
            system = null;
            error = null;
            if (text is null)
            {
                return true;
            }

            if (MonthSystemNames.TryParse(text, out var parsed))
            {
                system = parsed;
                return true;
            }

            error = $"{Quote.Of(text)} is not a month system ({MonthSystemNames.List})";
            return false;
        }

        private static int Usage(TextWriter stderr, string message) => UsageError.Report(stderr, "months", message);
    }
}
