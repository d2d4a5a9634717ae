namespace ArabicNews.Cli
{
    /// <summary>The exit codes every command uses.</summary>
    internal static class ExitCodes
    {
        /// <summary>Everything went well.</summary>
        public const int Ok = 0;

        /// <summary>The input could not be read or processed (a missing file, a malformed line).</summary>
        public const int BadInput = 1;

        /// <summary>The command line itself is wrong.</summary>
        public const int BadUsage = 2;
    }
}
