using System;
using System.Globalization;
using ArabicNews.Calendars;
using BenchmarkDotNet.Attributes;
using HijriCalendar = ArabicNews.Calendars.HijriCalendar;

namespace ArabicNews.Benchmarks.Calendars
{
    /// <summary>Umm al-Qura conversion in both directions beside .NET's own UmAlQuraCalendar, over 1,000 dates spread across the range.</summary>
    [MemoryDiagnoser]
    public class HijriConversionBenchmarks
    {
        private const int Count = 1000;
        private readonly UmAlQuraCalendar _bcl = new UmAlQuraCalendar();
        private readonly DateTime[] _gregorian = new DateTime[Count];
        private readonly HijriDate[] _hijri = new HijriDate[Count];

        [GlobalSetup]
        public void Setup()
        {
            var random = new Random(42);
            var first = new DateTime(1900, 4, 30);
            int span = (new DateTime(2077, 11, 16) - first).Days;
            for (int i = 0; i < Count; i++)
            {
                _gregorian[i] = first.AddDays(random.Next(span));
                _hijri[i] = HijriCalendar.FromGregorian(_gregorian[i]);
            }
        }

        [Benchmark(Baseline = true, Description = "BCL UmAlQuraCalendar: GetYear/GetMonth/GetDayOfMonth")]
        public int BclFromGregorian()
        {
            int sum = 0;
            foreach (var date in _gregorian)
            {
                sum += _bcl.GetYear(date) + _bcl.GetMonth(date) + _bcl.GetDayOfMonth(date);
            }

            return sum;
        }

        [Benchmark(Description = "HijriCalendar.FromGregorian")]
        public int FromGregorian()
        {
            int sum = 0;
            foreach (var date in _gregorian)
            {
                var hijri = HijriCalendar.FromGregorian(date);
                sum += hijri.Year + hijri.Month + hijri.Day;
            }

            return sum;
        }

        [Benchmark(Description = "BCL UmAlQuraCalendar.ToDateTime")]
        public long BclToGregorian()
        {
            long sum = 0;
            foreach (var date in _hijri)
            {
                sum += _bcl.ToDateTime(date.Year, date.Month, date.Day, 0, 0, 0, 0).Ticks;
            }

            return sum;
        }

        [Benchmark(Description = "HijriCalendar.ToGregorian")]
        public long ToGregorian()
        {
            long sum = 0;
            foreach (var date in _hijri)
            {
                sum += HijriCalendar.ToGregorian(date).Ticks;
            }

            return sum;
        }
    }
}
