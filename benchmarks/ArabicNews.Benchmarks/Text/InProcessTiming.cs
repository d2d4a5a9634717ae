using System;
using System.Diagnostics;
using System.Linq;

namespace ArabicNews.Benchmarks.Text
{
    /// <summary>What the in-process timing commands (compare-builds, paired-targets) share: warm-up, one timed call, the median.</summary>
    internal static class InProcessTiming
    {
        /// <summary>
        /// Past tiered compilation: the calls take turns 40 times, with pauses that let the JIT's background compilation
        /// install the final tier before anything is timed.
        /// </summary>
        public static void WarmUp(params Action[] calls)
        {
            for (int round = 0; round < 40; round++)
            {
                foreach (var call in calls)
                {
                    call();
                }

                if (round % 10 == 9)
                {
                    System.Threading.Thread.Sleep(200);
                }
            }
        }

        /// <summary>How long one call takes, in milliseconds.</summary>
        public static double Milliseconds(Action call)
        {
            long start = Stopwatch.GetTimestamp();
            call();
            return (Stopwatch.GetTimestamp() - start) * 1000.0 / Stopwatch.Frequency;
        }

        /// <summary>The median (the upper one of an even count).</summary>
        public static double Median(double[] values)
        {
            double[] sorted = values.OrderBy(v => v).ToArray();
            return sorted[sorted.Length / 2];
        }
    }
}
