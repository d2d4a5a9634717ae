using System;
using System.Globalization;
using System.Linq;
using ArabicNews.Text;

namespace ArabicNews.Benchmarks.Text
{
    /// <summary>
    /// <c>paired-targets [ITERATIONS]</c>: the rows the normalizer's speed targets compare (Search and Light against the
    /// naive table loop, Search against Lucene.NET per token), timed in one process, one call of each row after another
    /// (the order rotated every iteration; each timed call right after an untimed one of the same row), so that a slow
    /// phase of a shared VM falls on every row of an iteration instead of on one row of one BenchmarkDotNet process.
    /// Prints each row's fastest and median time and, for each target, the ratio of the fastest times and the median of
    /// the ratios within an iteration. A second view beside the BenchmarkDotNet runs (which remain the measurement): it
    /// shows how much of a gap between two rows is the machine.
    /// </summary>
    public static class PairedTargets
    {
        private const string Usage = "usage: paired-targets [ITERATIONS]";

        // The rows, in the order of the table below.
        private const int NaiveLoop = 0;
        private const int Search = 1;
        private const int LucenePerToken = 2;
        private const int NaiveLoopOnCleanText = 3;
        private const int LightOnCleanText = 4;

        /// <summary>Runs the rows and prints the targets; returns the process exit code (0, or 2 for bad arguments or a destination too small).</summary>
        public static int Run(string[] args)
        {
            int iterations = 40;
            if (args.Length > 1 || (args.Length == 1 && (!int.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out iterations) || iterations < 1)))
            {
                Console.Error.WriteLine(Usage);
                return 2;
            }

            string text = Corpus.ByName("16MB");
            string clean = Corpus.ByName("clean 16MB");
            var destination = new char[ArabicNormalizer.Search.GetMaxOutputLength(text.Length) / 11]; // as NormalizeBenchmarks
            var tokenBuffer = new char[1 << 16];
            var rows = new Row[]
            {
                new Row("naive table loop", () => Baselines.NaiveTableLoop(text.AsSpan(), destination)),
                new Row("Search, span API", () => ArabicNormalizer.Search.TryNormalize(text.AsSpan(), destination, out int written) ? written : -1),
                new Row("Lucene.NET per token", () => Baselines.LucenePerToken(text, tokenBuffer)),
                new Row("naive table loop, clean text", () => Baselines.NaiveTableLoop(clean.AsSpan(), destination)),
                new Row("Light, span API, clean text", () => ArabicNormalizer.Light.TryNormalize(clean.AsSpan(), destination, out int written) ? written : -1),
            };

            foreach (var row in rows)
            {
                if (row.Run() < 0)
                {
                    Console.Error.WriteLine($"{row.Name}: the destination is too small for the corpus");
                    return 2;
                }
            }

            InProcessTiming.WarmUp(rows.Select(row => (Action)(() => row.Run())).ToArray());
            var times = rows.Select(_ => new double[iterations]).ToArray();
            for (int i = 0; i < iterations; i++)
            {
                for (int k = 0; k < rows.Length; k++)
                {
                    // One call untimed first, so that the timed one finds the caches as its own last call left them (as
                    // in BenchmarkDotNet's iterations), not as the row before it did: a row that waits on memory, such as
                    // Light on clean text, was otherwise 1.2 to 1.6 times as slow.
                    int r = (i + k) % rows.Length;
                    rows[r].Run();
                    times[r][i] = InProcessTiming.Milliseconds(() => rows[r].Run());
                }
            }

            for (int r = 0; r < rows.Length; r++)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rows[r].Name}: fastest {times[r].Min():F3} ms, median {InProcessTiming.Median(times[r]):F3} ms"));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{iterations} iterations on 16 MB; each target: the ratio of the fastest times, then the median of the ratios within an iteration"));
            PrintTarget("Search / naive table loop (target at most 1)", times[Search], times[NaiveLoop]);
            PrintTarget("Lucene.NET per token / Search (target at least 6)", times[LucenePerToken], times[Search]);
            PrintTarget("naive table loop / Light on clean text (target at least 2)", times[NaiveLoopOnCleanText], times[LightOnCleanText]);
            return 0;
        }

        private static void PrintTarget(string name, double[] numerators, double[] denominators)
        {
            double[] ratios = numerators.Zip(denominators, (n, d) => n / d).ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {numerators.Min() / denominators.Min():F3}, {InProcessTiming.Median(ratios):F3}"));
        }

        private sealed class Row
        {
            public Row(string name, Func<int> run)
            {
                Name = name;
                Run = run;
            }

            public string Name { get; }

            public Func<int> Run { get; }
        }
    }
}
