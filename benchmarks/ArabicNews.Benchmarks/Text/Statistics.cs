using System.Linq;

namespace ArabicNews.Benchmarks.Text
{
    /// <summary>What the in-process timing commands (compare-builds, paired-targets) report of their samples.</summary>
    internal static class Statistics
    {
        /// <summary>The median (the upper one of an even count).</summary>
        public static double Median(double[] values)
        {
            double[] sorted = values.OrderBy(v => v).ToArray();
            return sorted[sorted.Length / 2];
        }
    }
}
