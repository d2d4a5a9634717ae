namespace ArabicNews.Cli.CommandLine
{
    /// <summary>One option a command accepts: its long name, an optional one-letter alias, and whether it takes a value.</summary>
    internal sealed class Option
    {
        public Option(string name, string? alias = null, bool takesValue = false)
        {
            Name = name;
            Alias = alias;
            TakesValue = takesValue;
        }

        /// <summary>The long form, such as <c>--out</c>.</summary>
        public string Name { get; }

        /// <summary>The short form, such as <c>-o</c>, or null.</summary>
        public string? Alias { get; }

        /// <summary>True for <c>--out DIR</c> or <c>--out=DIR</c>; false for a switch such as <c>--quiet</c>.</summary>
        public bool TakesValue { get; }

        /// <summary>Every command understands <c>-h</c> and <c>--help</c>.</summary>
        public static Option Help { get; } = new Option("--help", "-h");
    }
}
