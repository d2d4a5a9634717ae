using BenchmarkDotNet.Running;

namespace ArabicNews.Benchmarks
{
    /// <summary>Runs the benchmarks chosen on the command line (BenchmarkDotNet's switcher: --filter, --job, …).</summary>
    public static class Program
    {
        public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
