using System;
using ArabicNews.Text;
using BenchmarkDotNet.Attributes;

namespace ArabicNews.Benchmarks.Text
{
    /// <summary>
    /// Text that is already clean: Light has nothing to do, which it finds out with a vectorized search; the string API
    /// returns the same instance without allocating.
    /// </summary>
    [MemoryDiagnoser]
    public class CleanTextBenchmarks
    {
        private string _text = string.Empty;
        private char[] _destination = Array.Empty<char>();

        [GlobalSetup]
        public void Setup()
        {
            _text = Corpus.ByName("clean 16MB");
            _destination = new char[_text.Length + 16];
            if (!ReferenceEquals(_text, ArabicNormalizer.Light.Normalize(_text)))
            {
                throw new InvalidOperationException("The clean corpus is not clean.");
            }
        }

        [Benchmark(Description = "span copy (floor)")]
        public int SpanCopy()
        {
            _text.AsSpan().CopyTo(_destination);
            return _text.Length;
        }

        [Benchmark(Baseline = true, Description = "naive table loop")]
        public int NaiveTableLoop() => Baselines.NaiveTableLoop(_text.AsSpan(), _destination);

        [Benchmark(Description = "Light, span API")]
        public int LightSpan()
        {
            ArabicNormalizer.Light.TryNormalize(_text.AsSpan(), _destination, out int written);
            return written;
        }

        [Benchmark(Description = "Light, string API (same instance)")]
        public string LightString() => ArabicNormalizer.Light.Normalize(_text);

        [Benchmark(Description = "Light, IsNormalized")]
        public bool LightIsNormalized() => ArabicNormalizer.Light.IsNormalized(_text.AsSpan());
    }
}
