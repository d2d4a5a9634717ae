using System;
using ArabicNews.Benchmarks.Text;
using ArabicNews.Dates;
using BenchmarkDotNet.Attributes;

namespace ArabicNews.Benchmarks.Dates
{
    /// <summary>
    /// Date extraction on real news: the seed articles as they are (about 12,000 characters, five articles) and repeated
    /// to 16 MB of UTF-16, beside the Regex extractor for numeric dates and Egypt/Gulf day–month–year (the baseline)
    /// and the extractor's own every-word and word-by-word paths.
    /// MB/s = UTF-16 bytes of the input / mean time.
    /// </summary>
    [MemoryDiagnoser]
    public class DateExtractionBenchmarks
    {
        private static readonly DateTime Reference = new DateTime(2024, 2, 1);
        private string _text = string.Empty;

        /// <summary>The input: "seeds" (as is) or "16MB" (repeated).</summary>
        [Params("seeds", "16MB")]
        public string Corpus { get; set; } = "seeds";

        [GlobalSetup]
        public void Setup() => _text = Text.Corpus.ByName(Corpus);

        [Benchmark(Baseline = true, Description = "Regex baseline (numeric + Egypt/Gulf d-m-y)")]
        public int RegexBaseline() => RegexDateBaseline.Extract(_text).Count;

        [Benchmark(Description = "ArabicDateExtractor, with reference")]
        public int Extractor() => ArabicDateExtractor.Default.Extract(_text, Reference).Count;

        [Benchmark(Description = "ArabicDateExtractor, dateline as reference")]
        public int ExtractorWithDateline() => ArabicDateExtractor.Default.Extract(_text).Count;

        // The grammar tried at every word start, with no word turned away first: the extractor before the word skip,
        // kept as the reference the fast path is tested against.
        [Benchmark(Description = "ArabicDateExtractor, every word (no skip)")]
        public int ExtractorEveryWord() => ArabicDateExtractor.Default.Extract(_text, Reference, ScanPath.EveryWord).Count;

        // A prefix test at every word start: the path before the anchored scan, and the one without AVX-512 VBMI.
        [Benchmark(Description = "ArabicDateExtractor, word by word (prefix test)")]
        public int ExtractorWordByWord() => ArabicDateExtractor.Default.Extract(_text, Reference, ScanPath.WordByWord).Count;

        // Only the words that hold a candidate: the default path with AVX-512 VBMI, named here so the row says which ran.
        [Benchmark(Description = "ArabicDateExtractor, anchored words only")]
        public int ExtractorAnchored() => ArabicDateExtractor.Default.Extract(_text, Reference, ScanPath.Anchored).Count;
    }
}
