using System;
using ArabicNews.Text;
using BenchmarkDotNet.Attributes;

namespace ArabicNews.Benchmarks.Text
{
    /// <summary>
    /// The offset map's cost: <c>TryNormalizeWithOffsets</c> (what the Lucene char filter runs) beside the same preset
    /// without offsets and the naive table loop (the baseline of the ratio column), on 16 MB of news text.
    /// </summary>
    [MemoryDiagnoser]
    public class OffsetsBenchmarks
    {
        private string _text = string.Empty;
        private char[] _destination = Array.Empty<char>();
        private int[] _sourceIndexes = Array.Empty<int>();

        [GlobalSetup]
        public void Setup()
        {
            _text = Corpus.ByName("16MB");
            int capacity = _text.Length + (_text.Length >> 2) + 16;
            _destination = new char[capacity];
            _sourceIndexes = new int[capacity];
            foreach (var normalizer in new[] { ArabicNormalizer.Search, ArabicNormalizer.Light })
            {
                if (!normalizer.TryNormalizeWithOffsets(_text.AsSpan(), _destination, _sourceIndexes, out _))
                {
                    throw new InvalidOperationException("The destination is too small for the corpus.");
                }
            }
        }

        [Benchmark(Baseline = true, Description = "naive table loop")]
        public int NaiveTableLoop() => Baselines.NaiveTableLoop(_text.AsSpan(), _destination);

        [Benchmark(Description = "Search, span API")]
        public int SearchSpan()
        {
            ArabicNormalizer.Search.TryNormalize(_text.AsSpan(), _destination, out int written);
            return written;
        }

        [Benchmark(Description = "Search, TryNormalizeWithOffsets")]
        public int SearchWithOffsets()
        {
            ArabicNormalizer.Search.TryNormalizeWithOffsets(_text.AsSpan(), _destination, _sourceIndexes, out int written);
            return written;
        }

        [Benchmark(Description = "Light, span API")]
        public int LightSpan()
        {
            ArabicNormalizer.Light.TryNormalize(_text.AsSpan(), _destination, out int written);
            return written;
        }

        [Benchmark(Description = "Light, TryNormalizeWithOffsets")]
        public int LightWithOffsets()
        {
            ArabicNormalizer.Light.TryNormalizeWithOffsets(_text.AsSpan(), _destination, _sourceIndexes, out int written);
            return written;
        }
    }
}
