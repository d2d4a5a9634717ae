using System;
using System.Collections.Generic;

namespace ArabicNews.Cli.CommandLine
{
    /// <summary>
    /// Reads a command's arguments against the options it declares: <c>--name value</c>, <c>--name=value</c>, a
    /// one-letter alias, switches, positional operands, <c>-</c> for stdin and <c>--</c> to end the options. The last
    /// occurrence of a repeated option wins. Unknown options and missing values are usage errors, never exceptions.
    /// </summary>
    internal sealed class ArgumentReader
    {
        private readonly Dictionary<string, string> _values = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly HashSet<string> _switches = new HashSet<string>(StringComparer.Ordinal);
        private readonly List<string> _operands = new List<string>();

        private ArgumentReader()
        {
        }

        /// <summary>The arguments that are not options, in order.</summary>
        public IReadOnlyList<string> Operands => _operands;

        /// <summary>True when <c>-h</c> or <c>--help</c> was given.</summary>
        public bool WantsHelp => _switches.Contains(Option.Help.Name);

        /// <summary>Reads <paramref name="args"/>; on a usage error returns false with a one-line message.</summary>
        public static bool TryRead(IReadOnlyList<string> args, IReadOnlyList<Option> options, out ArgumentReader reader, out string error)
        {
            reader = new ArgumentReader();
            error = string.Empty;
            bool optionsEnded = false;
            for (int i = 0; i < args.Count; i++)
            {
                string arg = args[i] ?? string.Empty;
                if (optionsEnded || arg == "-" || !arg.StartsWith("-", StringComparison.Ordinal))
                {
                    reader._operands.Add(arg);
                    continue;
                }

                if (arg == "--")
                {
                    optionsEnded = true;
                    continue;
                }

                int equals = arg.StartsWith("--", StringComparison.Ordinal) ? arg.IndexOf('=') : -1;
                string name = equals < 0 ? arg : arg.Substring(0, equals);
                var option = Find(options, name);
                if (option is null)
                {
                    error = $"unknown option {Quote.Of(name)}";
                    return false;
                }

                if (!option.TakesValue)
                {
                    if (equals >= 0)
                    {
                        error = $"option '{option.Name}' takes no value";
                        return false;
                    }

                    reader._switches.Add(option.Name);
                    continue;
                }

                string? value = equals >= 0 ? arg.Substring(equals + 1) : i + 1 < args.Count ? args[++i] : null;
                if (string.IsNullOrEmpty(value))
                {
                    error = $"option '{option.Name}' needs a value";
                    return false;
                }

                reader._values[option.Name] = value!;
            }

            return true;
        }

        /// <summary>The value of an option that takes one, or null when it was not given.</summary>
        public string? ValueOf(Option option) => _values.TryGetValue(option.Name, out var value) ? value : null;

        /// <summary>True when the switch was given.</summary>
        public bool Has(Option option) => _switches.Contains(option.Name);

        private static Option? Find(IReadOnlyList<Option> options, string name)
        {
            if (name == Option.Help.Name || name == Option.Help.Alias)
            {
                return Option.Help;
            }

            foreach (var option in options)
            {
                if (name == option.Name || (option.Alias is not null && name == option.Alias))
                {
                    return option;
                }
            }

            return null;
        }
    }
}
