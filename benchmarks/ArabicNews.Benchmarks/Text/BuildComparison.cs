using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;

namespace ArabicNews.Benchmarks.Text
{
    /// <summary>
    /// <c>compare-builds BASELINE.dll CANDIDATE.dll [PRESET] [ITERATIONS]</c>: two builds of ArabicNews.Normalizer, each
    /// loaded in its own <see cref="AssemblyLoadContext"/> of one process, normalize the 16 MB corpus in turn, call by
    /// call (the order swapped every iteration). On a shared VM whose slow phases slow a process down for seconds at a
    /// time, two BenchmarkDotNet processes a minute apart can differ by more than the change being measured; here a
    /// slow phase falls on both builds. Each build is JIT-compiled on its own, as in its own process. Prints the
    /// fastest and median times of each and the median of the per-iteration ratios; run it with the builds swapped too,
    /// and against itself to see the noise. A development aid beside the BenchmarkDotNet runs, not a replacement.
    /// </summary>
    public static class BuildComparison
    {
        private const string Usage = "usage: compare-builds BASELINE.dll CANDIDATE.dll [Search|Light|Lucene] [ITERATIONS]";

        private delegate bool TryNormalizeSpan(ReadOnlySpan<char> source, Span<char> destination, out int written);

        /// <summary>Runs the comparison; returns the process exit code (0, or 2 for bad arguments or different outputs).</summary>
        public static int Run(string[] args)
        {
            if (args.Length < 2 || !File.Exists(args[0]) || !File.Exists(args[1]))
            {
                Console.Error.WriteLine(Usage);
                return 2;
            }

            string preset = args.Length > 2 ? args[2] : "Search";
            int iterations = 60;
            if (preset is not ("Search" or "Light" or "Lucene") || args.Length > 4 || (args.Length == 4 && (!int.TryParse(args[3], NumberStyles.None, CultureInfo.InvariantCulture, out iterations) || iterations < 1)))
            {
                Console.Error.WriteLine(Usage);
                return 2;
            }

            var baseline = Load(args[0], preset);
            var candidate = Load(args[1], preset);
            string text = Corpus.ByName("16MB");
            var destination = new char[text.Length * 3];

            string? baselineOutput = Output(baseline, text, destination);
            string? candidateOutput = Output(candidate, text, destination);
            if (baselineOutput is null || candidateOutput is null || baselineOutput != candidateOutput)
            {
                Console.Error.WriteLine(baselineOutput is null || candidateOutput is null
                    ? "a build found the destination too small"
                    : "the two builds give different outputs");
                return 2;
            }

            void RunBaseline() => baseline(text.AsSpan(), destination, out _);
            void RunCandidate() => candidate(text.AsSpan(), destination, out _);
            InProcessTiming.WarmUp(RunBaseline, RunCandidate);
            var baselineTimes = new double[iterations];
            var candidateTimes = new double[iterations];
            for (int i = 0; i < iterations; i++)
            {
                if ((i & 1) == 0)
                {
                    baselineTimes[i] = InProcessTiming.Milliseconds(RunBaseline);
                    candidateTimes[i] = InProcessTiming.Milliseconds(RunCandidate);
                }
                else
                {
                    candidateTimes[i] = InProcessTiming.Milliseconds(RunCandidate);
                    baselineTimes[i] = InProcessTiming.Milliseconds(RunBaseline);
                }
            }

            double[] ratios = candidateTimes.Zip(baselineTimes, (c, b) => c / b).ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{preset}, 16 MB, {iterations} iterations each: baseline fastest {baselineTimes.Min():F3} ms, median {InProcessTiming.Median(baselineTimes):F3} ms; candidate fastest {candidateTimes.Min():F3} ms, median {InProcessTiming.Median(candidateTimes):F3} ms; candidate/baseline: fastest {candidateTimes.Min() / baselineTimes.Min():F3}, median of paired ratios {InProcessTiming.Median(ratios):F3}"));
            return 0;
        }

        private static TryNormalizeSpan Load(string path, string preset)
        {
            var context = new AssemblyLoadContext(path);
            var assembly = context.LoadFromAssemblyPath(Path.GetFullPath(path));
            var type = assembly.GetType("ArabicNews.Text.ArabicNormalizer", throwOnError: true)!;
            object normalizer = type.GetProperty(preset, BindingFlags.Public | BindingFlags.Static)?.GetValue(null)
                ?? throw new ArgumentException($"no preset {preset}", nameof(preset));
            var method = type.GetMethod("TryNormalize", new[] { typeof(ReadOnlySpan<char>), typeof(Span<char>), typeof(int).MakeByRefType() })!;
            return (TryNormalizeSpan)method.CreateDelegate(typeof(TryNormalizeSpan), normalizer);
        }

        // Null when the build reports the destination too small (then it writes nothing, and two such builds would look alike).
        private static string? Output(TryNormalizeSpan normalize, string text, char[] destination) =>
            normalize(text.AsSpan(), destination, out int written) ? new string(destination, 0, written) : null;
    }
}
