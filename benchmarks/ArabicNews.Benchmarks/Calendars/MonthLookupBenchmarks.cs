using System;
using System.Collections.Generic;
using ArabicNews.Benchmarks.Text;
using ArabicNews.Calendars;
using BenchmarkDotNet.Attributes;

namespace ArabicNews.Benchmarks.Calendars
{
    /// <summary>Month-name lookup at every word start of the seed articles (most words are not month names).</summary>
    [MemoryDiagnoser]
    public class MonthLookupBenchmarks
    {
        private string _text = string.Empty;
        private int[] _wordStarts = Array.Empty<int>();

        [GlobalSetup]
        public void Setup()
        {
            _text = Corpus.Seeds;
            var starts = new List<int>();
            for (int i = 0; i < _text.Length; i++)
            {
                if (!char.IsWhiteSpace(_text[i]) && (i == 0 || char.IsWhiteSpace(_text[i - 1])))
                {
                    starts.Add(i);
                }
            }

            _wordStarts = starts.ToArray();
        }

        [Benchmark(Description = "MonthNames.TryMatch at every word of the seeds")]
        public int MatchEveryWord()
        {
            int found = 0;
            var text = _text.AsSpan();
            foreach (int start in _wordStarts)
            {
                if (MonthNames.TryMatch(text, start, out _))
                {
                    found++;
                }
            }

            return found;
        }
    }
}
