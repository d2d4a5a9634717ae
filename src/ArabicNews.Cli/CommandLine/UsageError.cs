using System.IO;

namespace ArabicNews.Cli.CommandLine
{
    /// <summary>The answer every command gives to a wrong command line: what is wrong, where the usage is, exit code 2.</summary>
    internal static class UsageError
    {
        public static int Report(TextWriter stderr, string command, string message)
        {
            stderr.Write($"arnews {command}: {message}\nRun 'arnews {command} --help' for usage.\n");
            return ExitCodes.BadUsage;
        }
    }
}
