using System;
using System.Collections.Generic;
using System.IO;
using ArabicNews.Cli.CommandLine;
using ArabicNews.Cli.Input;
using ArabicNews.Cli.Output;
using ArabicNews.Text;

namespace ArabicNews.Cli.Commands
{
    /// <summary>
    /// <c>arnews normalize [--profile PROFILE] [--out DIR] [--quiet] [FILE|DIR|-]...</c>: streams each input through the
    /// normalizer, to stdout or to one file per input under <c>--out</c>.
    /// </summary>
    internal static class NormalizeCommand
    {
        public const string Summary = "normalize Arabic text (files, folders of .txt files, or stdin)";

        private const string Help =
            "usage: arnews normalize [--profile PROFILE] [--out DIR] [--quiet] [FILE|DIR|-]...\n" +
            "\n" +
            "Normalizes each FILE (or stdin when none is given, or for '-') and writes the result to stdout, UTF-8.\n" +
            "Each input's output ends with a line feed. Input is read as UTF-8 (a byte order mark is skipped; a UTF-16\n" +
            "one switches to UTF-16); invalid bytes become U+FFFD and are reported once per input on stderr, with the\n" +
            "line of the first. Memory stays bounded however large the input.\n" +
            "\n" +
            "  -p, --profile PROFILE   search (default), light, lucene, or a profile string such as\n" +
            "                          'light+fold-digits' or 'search-fold-teh-marbuta+keep-shadda'\n" +
            "  -o, --out DIR           write one file per input into DIR instead of stdout; a DIR input gives every\n" +
            "                          .txt file under it, at the same relative path. Each file is written to a\n" +
            "                          temporary file first and renamed, so no half-written file is ever left.\n" +
            "  -q, --quiet             no progress line (shown on stderr when it is a terminal and the input a file)\n" +
            "  -h, --help              show this help\n" +
            "\n" +
            "exit codes: 0 ok, 1 bad input (a missing or unreadable file), 2 bad usage\n";

        private static readonly Option Profile = new Option("--profile", "-p", takesValue: true);
        private static readonly Option Out = new Option("--out", "-o", takesValue: true);
        private static readonly Option Quiet = new Option("--quiet", "-q");
        private static readonly Option[] Options = { Profile, Out, Quiet };

        public static int Run(string[] args, Stream stdin, TextWriter stdout, TextWriter stderr) =>
            Run(args, stdin, stdout, stderr, errorIsTerminal: false);

        public static int Run(string[] args, Stream stdin, TextWriter stdout, TextWriter stderr, bool errorIsTerminal)
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

            var options = NormalizationProfile.Search;
            string? profile = arguments.ValueOf(Profile);
            if (profile is not null && !NormalizationProfile.TryParse(profile, out options))
            {
                return Usage(stderr, $"{Quote.Of(profile)} is not a profile (search, light, lucene, or e.g. light+fold-digits)");
            }

            string? outFolder = arguments.ValueOf(Out);
            var operands = arguments.Operands.Count == 0 ? new[] { "-" } : arguments.Operands;
            var inputs = new List<Input>();
            foreach (string operand in operands)
            {
                if (operand == "-")
                {
                    if (outFolder is not null)
                    {
                        return Usage(stderr, "stdin has no file name to write under --out; redirect stdout instead");
                    }

                    inputs.Add(new Input(null, null));
                }
                else if (Directory.Exists(operand))
                {
                    if (outFolder is null)
                    {
                        return Usage(stderr, $"{Quote.PathOf(operand)} is a folder: give --out DIR to write one file per .txt file in it");
                    }

                    if (!TryAddFolder(operand, outFolder, inputs, stderr))
                    {
                        return ExitCodes.BadInput;
                    }
                }
                else if (File.Exists(operand))
                {
                    inputs.Add(new Input(operand, outFolder is null ? null : Path.Combine(outFolder, Path.GetFileName(operand))));
                }
                else
                {
                    stderr.Write($"arnews normalize: {Quote.PathOf(operand)}: no such file or folder\n");
                    return ExitCodes.BadInput;
                }
            }

            var normalizer = options == NormalizationProfile.Search ? ArabicNormalizer.Search : new ArabicNormalizer(options);
            bool showProgress = errorIsTerminal && !arguments.Has(Quiet);
            foreach (var input in inputs)
            {
                int exit = input.Target is null
                    ? NormalizeTo(normalizer, input, stdin, stdout, stderr, showProgress)
                    : NormalizeToFile(normalizer, input, stderr, showProgress);
                if (exit != ExitCodes.Ok)
                {
                    return exit;
                }
            }

            stdout.Flush();
            return ExitCodes.Ok;
        }

        private static int NormalizeToFile(ArabicNormalizer normalizer, Input input, TextWriter stderr, bool showProgress)
        {
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(input.Target!))!);
                using var file = new AtomicFileWriter(input.Target!);
                int exit = NormalizeTo(normalizer, input, Stream.Null, file.Writer, stderr, showProgress);
                if (exit == ExitCodes.Ok)
                {
                    file.Commit();
                }

                return exit;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.Write($"arnews normalize: {Quote.PathOf(input.Target!)}: {e.Message}\n");
                return ExitCodes.BadInput;
            }
        }

        private static int NormalizeTo(ArabicNormalizer normalizer, Input input, Stream stdin, TextWriter output, TextWriter stderr, bool showProgress)
        {
            string name = input.Path is null ? "<stdin>" : Quote.PathOf(input.Path);
            try
            {
                Stream source = input.Path is null ? stdin : Utf8InputReader.OpenFile(input.Path);
                if (showProgress && input.Path is not null)
                {
                    source = new ProgressStream(source, stderr, input.Path);
                }

                using var reader = new Utf8InputReader(source, ownsStream: input.Path is not null);
                var counter = new CountingWriter(output);
                normalizer.Normalize(reader, counter);
                if (counter.Count > 0)
                {
                    output.Write('\n');
                }

                if (reader.InvalidSequences > 0)
                {
                    stderr.Write($"arnews normalize: {reader.DescribeInvalid(name)}\n");
                }

                return ExitCodes.Ok;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.Write($"arnews normalize: {name}: {e.Message}\n");
                return ExitCodes.BadInput;
            }
        }

        private static bool TryAddFolder(string folder, string outFolder, List<Input> inputs, TextWriter stderr)
        {
            try
            {
                var files = new List<string>(Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories));
                files.Sort(StringComparer.Ordinal);
                foreach (string file in files)
                {
                    inputs.Add(new Input(file, Path.Combine(outFolder, Path.GetRelativePath(folder, file))));
                }

                return true;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.Write($"arnews normalize: {Quote.PathOf(folder)}: {e.Message}\n");
                return false;
            }
        }

        private static int Usage(TextWriter stderr, string message) => UsageError.Report(stderr, "normalize", message);

        /// <summary>One input: a file path (null for stdin) and where its output goes (null for stdout).</summary>
        private readonly struct Input
        {
            public Input(string? path, string? target)
            {
                Path = path;
                Target = target;
            }

            public string? Path { get; }

            public string? Target { get; }
        }
    }
}
