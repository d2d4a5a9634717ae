using System;
using ArabicNews.Text;
using BenchmarkDotNet.Attributes;

namespace ArabicNews.Benchmarks.Text
{
    /// <summary>
    /// Lucene.NET's ArabicNormalizer over a whole buffer deletes by shifting the rest of the buffer, so its time grows
    /// with the square of the size; the normalizer's read and write cursors keep it linear.
    /// </summary>
    [MemoryDiagnoser]
    public class LuceneWholeBufferBenchmarks
    {
        private string _text = string.Empty;
        private char[] _buffer = Array.Empty<char>();

        [Params("1MB", "4MB")]
        public string Corpus { get; set; } = "1MB";

        [GlobalSetup]
        public void Setup()
        {
            _text = Text.Corpus.ByName(Corpus);
            _buffer = new char[_text.Length + 16];
        }

        [Benchmark(Baseline = true, Description = "Lucene.NET, whole buffer")]
        public int LuceneWholeBuffer() => Baselines.LuceneWholeBuffer(_text, _buffer);

        [Benchmark(Description = "Lucene preset, span API")]
        public int LucenePreset()
        {
            ArabicNormalizer.Lucene.TryNormalize(_text.AsSpan(), _buffer, out int written);
            return written;
        }
    }
}
