using ArabicNews.Benchmarks.Text;
using BenchmarkDotNet.Running;

namespace ArabicNews.Benchmarks
{
    /// <summary>
    /// Runs the benchmarks chosen on the command line (BenchmarkDotNet's switcher: --filter, --job, …), or with
    /// <c>compare-builds</c> first, <see cref="BuildComparison"/>; with <c>paired-targets</c>, <see cref="PairedTargets"/>.
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            if (args.Length > 0 && args[0] == "compare-builds")
            {
                return BuildComparison.Run(args[1..]);
            }

            if (args.Length > 0 && args[0] == "paired-targets")
            {
                return PairedTargets.Run(args[1..]);
            }

            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
            return 0;
        }
    }
}
