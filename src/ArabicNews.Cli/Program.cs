using System;
using System.IO;
using System.Text;
using ArabicNews.Cli.Commands;

namespace ArabicNews.Cli
{
    /// <summary>The <c>arnews</c> command line: one class per command, UTF-8 in and out whatever the console says.</summary>
    internal static class Program
    {
        private const string Usage =
            "usage: arnews <command> [options]\n" +
            "\n" +
            "commands:\n" +
            "  normalize [--profile PROFILE] [FILE...]   normalize Arabic text (stdin when no file) to stdout\n" +
            "  dates [--ref YYYY-MM-DD] [--jsonl] [FILE...]   list the date and time mentions\n" +
            "\n" +
            "Run 'arnews <command> --help' for a command's options.\n";

        private static int Main(string[] args)
        {
            var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false };
            var stderr = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true };
            try
            {
                return Run(args, Console.OpenStandardInput(), stdout, stderr);
            }
            finally
            {
                stdout.Flush();
            }
        }

        internal static int Run(string[] args, Stream stdin, TextWriter stdout, TextWriter stderr)
        {
            if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
            {
                (args.Length == 0 ? stderr : stdout).Write(Usage);
                return args.Length == 0 ? ExitCodes.BadUsage : ExitCodes.Ok;
            }

            string[] rest = args.AsSpan(1).ToArray();
            switch (args[0])
            {
                case "normalize":
                    return NormalizeCommand.Run(rest, stdin, stdout, stderr);
                case "dates":
                    return DatesCommand.Run(rest, stdin, stdout, stderr);
                default:
                    stderr.Write($"arnews: unknown command '{args[0]}'\n\n{Usage}");
                    return ExitCodes.BadUsage;
            }
        }
    }
}
