using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using ArabicNews.Text;

namespace ArabicNews.Cli.Commands
{
    /// <summary><c>arnews normalize [--profile PROFILE] [FILE...]</c>: streams each input through the normalizer to stdout.</summary>
    internal static class NormalizeCommand
    {
        private const string Help =
            "usage: arnews normalize [--profile PROFILE] [FILE...]\n" +
            "\n" +
            "Normalizes each FILE (or stdin when none is given) and writes the result to stdout, UTF-8.\n" +
            "Each input's output ends with a line feed.\n" +
            "\n" +
            "  --profile PROFILE   search (default), light, lucene, or a profile string such as\n" +
            "                      'light+fold-digits' or 'search-fold-teh-marbuta+keep-shadda'\n" +
            "  -h, --help          show this help\n";

        public static int Run(string[] args, Stream stdin, TextWriter stdout, TextWriter stderr)
        {
            var options = NormalizationProfile.Search;
            var files = new List<string>();
            for (int i = 0; i < args.Length; i++)
            {
                string arg = args[i];
                if (arg is "-h" or "--help")
                {
                    stdout.Write(Help);
                    return ExitCodes.Ok;
                }

                if (arg == "--profile" || arg.StartsWith("--profile=", StringComparison.Ordinal))
                {
                    string? value = arg == "--profile" ? (i + 1 < args.Length ? args[++i] : null) : arg.Substring("--profile=".Length);
                    if (value is null || !NormalizationProfile.TryParse(value, out options))
                    {
                        stderr.Write($"arnews normalize: '{value}' is not a profile (search, light, lucene, or e.g. light+fold-digits)\n");
                        return ExitCodes.BadUsage;
                    }

                    continue;
                }

                if (arg.StartsWith("-", StringComparison.Ordinal) && arg != "-")
                {
                    stderr.Write($"arnews normalize: unknown option '{arg}'\n\n{Help}");
                    return ExitCodes.BadUsage;
                }

                files.Add(arg);
            }

            var normalizer = options == NormalizationProfile.Search ? ArabicNormalizer.Search : new ArabicNormalizer(options);
            if (files.Count == 0)
            {
                files.Add("-");
            }

            foreach (string file in files)
            {
                if (file != "-" && !File.Exists(file))
                {
                    stderr.Write($"arnews normalize: {file}: no such file\n");
                    return ExitCodes.BadInput;
                }

                try
                {
                    using var reader = file == "-"
                        ? new StreamReader(stdin, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true)
                        : new StreamReader(file, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
                    var counter = new CountingWriter(stdout);
                    normalizer.Normalize(reader, counter);
                    if (counter.Count > 0)
                    {
                        stdout.Write('\n');
                    }
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    stderr.Write($"arnews normalize: {file}: {e.Message}\n");
                    return ExitCodes.BadInput;
                }
            }

            stdout.Flush();
            return ExitCodes.Ok;
        }

        /// <summary>Passes writes through and counts them, to know whether an input produced any text.</summary>
        private sealed class CountingWriter : TextWriter
        {
            private readonly TextWriter _inner;

            public CountingWriter(TextWriter inner) => _inner = inner;

            public long Count { get; private set; }

            public override Encoding Encoding => _inner.Encoding;

            public override void Write(char value)
            {
                _inner.Write(value);
                Count++;
            }

            public override void Write(char[] buffer, int index, int count)
            {
                _inner.Write(buffer, index, count);
                Count += count;
            }

            public override void Flush() => _inner.Flush();
        }
    }
}
