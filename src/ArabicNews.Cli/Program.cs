using System;
using System.IO;
using System.Text;
using ArabicNews.Cli.Commands;

namespace ArabicNews.Cli
{
    /// <summary>The <c>arnews</c> command line: one class per command, UTF-8 in and out whatever the console says.</summary>
    internal static class Program
    {
        /// <summary>What every command is handed: its arguments (after the command name) and the three streams.</summary>
        internal delegate int CommandRunner(string[] args, Stream stdin, TextWriter stdout, TextWriter stderr);

        private static int Main(string[] args)
        {
            var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 64 * 1024) { AutoFlush = false };
            var stderr = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true };
            try
            {
                return Run(args, Console.OpenStandardInput(), stdout, stderr, errorIsTerminal: !Console.IsErrorRedirected);
            }
            catch (Exception e)
            {
                // A defect, never the user's input: say what happened in one line, without a stack trace.
                stderr.Write($"arnews: internal error: {e.GetType().Name}: {e.Message}\n");
                return ExitCodes.BadInput;
            }
            finally
            {
                try
                {
                    stdout.Flush();
                }
                catch (IOException)
                {
                    // stdout closed early (arnews ... | head): nothing left to tell anyone.
                }
            }
        }

        internal static int Run(string[] args, Stream stdin, TextWriter stdout, TextWriter stderr) =>
            Run(args, stdin, stdout, stderr, errorIsTerminal: false);

        internal static int Run(string[] args, Stream stdin, TextWriter stdout, TextWriter stderr, bool errorIsTerminal)
        {
            // One row per command: its name, the line 'arnews --help' shows, and the class that runs it. A new command
            // joins with one row and one class in Commands/ (a Summary and a Run of this shape); the dates command
            // goes here as ("dates", DatesCommand.Summary, DatesCommand.Run).
            var commands = new (string Name, string Summary, CommandRunner Run)[]
            {
                ("normalize", NormalizeCommand.Summary, (a, i, o, e) => NormalizeCommand.Run(a, i, o, e, errorIsTerminal)),
                ("months", MonthsCommand.Summary, MonthsCommand.Run),
                ("hijri", HijriCommand.Summary, HijriCommand.Run),
                ("dates", DatesCommand.Summary, DatesCommand.Run),
            };

            if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
            {
                (args.Length == 0 ? stderr : stdout).Write(UsageOf(commands));
                return args.Length == 0 ? ExitCodes.BadUsage : ExitCodes.Ok;
            }

            foreach (var command in commands)
            {
                if (args[0] == command.Name)
                {
                    return command.Run(args.AsSpan(1).ToArray(), stdin, stdout, stderr);
                }
            }

            stderr.Write($"arnews: unknown command {CommandLine.Quote.Of(args[0] ?? string.Empty)}\n\n{UsageOf(commands)}");
            return ExitCodes.BadUsage;
        }

        private static string UsageOf((string Name, string Summary, CommandRunner Run)[] commands)
        {
            var usage = new StringBuilder("usage: arnews <command> [options]\n\ncommands:\n");
            foreach (var command in commands)
            {
                usage.Append("  ").Append(command.Name.PadRight(11)).Append(command.Summary).Append('\n');
            }

            return usage.Append("\nRun 'arnews <command> --help' for a command's options.\n").ToString();
        }
    }
}
