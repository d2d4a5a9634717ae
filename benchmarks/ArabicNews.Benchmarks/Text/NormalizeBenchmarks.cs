using System;
using System.IO;
using ArabicNews.Lucene;
using ArabicNews.Text;
using BenchmarkDotNet.Attributes;
using Lucene.Net.Util;
using WhitespaceTokenizer = Lucene.Net.Analysis.Core.WhitespaceTokenizer;

namespace ArabicNews.Benchmarks.Text
{
    /// <summary>
    /// The normalizer on real news text beside the physical floor (a span copy), the naive table loop (the baseline of
    /// the ratio column), Lucene.NET per token (and the normalizer token by token beside it), and the Regex and
    /// string.Replace chains.
    /// </summary>
    [MemoryDiagnoser]
    public class NormalizeBenchmarks
    {
        private string _text = string.Empty;
        private char[] _destination = Array.Empty<char>();
        private char[] _tokenBuffer = new char[1 << 16];

        // Search with the word pass looking at every word, as before anchors: the reference for the anchored pass.
        private static readonly ArabicNormalizer EveryWordSearch = new ArabicNormalizer(NormalizationProfile.Search, SpellingVariantLexicon.Default, visitEveryWord: true);

        /// <summary>The input: the seed corpus as is (~24 KB) or repeated to 16 MB of UTF-16.</summary>
        [Params("seeds", "16MB")]
        public string Corpus { get; set; } = "seeds";

        [GlobalSetup]
        public void Setup()
        {
            _text = Text.Corpus.ByName(Corpus);
            _destination = new char[ArabicNormalizer.Search.GetMaxOutputLength(_text.Length) / 11];
        }

        [Benchmark(Description = "span copy (floor)")]
        public int SpanCopy()
        {
            _text.AsSpan().CopyTo(_destination);
            return _text.Length;
        }

        [Benchmark(Baseline = true, Description = "naive table loop")]
        public int NaiveTableLoop() => Baselines.NaiveTableLoop(_text.AsSpan(), _destination);

        [Benchmark(Description = "Search, span API")]
        public int SearchSpan()
        {
            ArabicNormalizer.Search.TryNormalize(_text.AsSpan(), _destination, out int written);
            return written;
        }

        [Benchmark(Description = "Search, span API, every word")]
        public int SearchSpanEveryWord()
        {
            EveryWordSearch.TryNormalize(_text.AsSpan(), _destination, out int written);
            return written;
        }

        [Benchmark(Description = "Light, span API")]
        public int LightSpan()
        {
            ArabicNormalizer.Light.TryNormalize(_text.AsSpan(), _destination, out int written);
            return written;
        }

        [Benchmark(Description = "Lucene preset, span API")]
        public int LucenePresetSpan()
        {
            ArabicNormalizer.Lucene.TryNormalize(_text.AsSpan(), _destination, out int written);
            return written;
        }

        [Benchmark(Description = "Search, string API")]
        public string SearchString() => ArabicNormalizer.Search.Normalize(_text);

        [Benchmark(Description = "Lucene.NET per token")]
        public int LucenePerToken() => Baselines.LucenePerToken(_text, _tokenBuffer);

        [Benchmark(Description = "Lucene.NET analysis chain (WhitespaceTokenizer + ArabicNormalizationFilter)")]
        public int LuceneAnalysisChain() => Baselines.LuceneAnalysisChain(_text);

        [Benchmark(Description = "Search in that chain, as its token filter (ArabicNewsNormalizationFilter)")]
        public int SearchTokenFilterChain() =>
            Baselines.ConsumeTokens(new ArabicNewsNormalizationFilter(new WhitespaceTokenizer(LuceneVersion.LUCENE_48, new StringReader(_text))));

        [Benchmark(Description = "Search in that chain, as a char filter before the tokenizer (ArabicNewsNormalizationCharFilter)")]
        public int SearchCharFilterChain() =>
            Baselines.ConsumeTokens(new WhitespaceTokenizer(LuceneVersion.LUCENE_48, new ArabicNewsNormalizationCharFilter(new StringReader(_text))));

        [Benchmark(Description = "Search, span API, per token")]
        public int SearchPerToken() => PerToken(ArabicNormalizer.Search, _text, _tokenBuffer);

        // The normalizer on each whitespace-separated token, cut as LucenePerToken cuts them: how a token filter calls it.
        private static int PerToken(ArabicNormalizer normalizer, string text, char[] buffer)
        {
            int total = 0;
            int start = 0;
            for (int i = 0; i <= text.Length; i++)
            {
                if (i < text.Length && !char.IsWhiteSpace(text[i]))
                {
                    continue;
                }

                if (i > start && normalizer.TryNormalize(text.AsSpan(start, i - start), buffer, out int written))
                {
                    total += written;
                }

                start = i + 1;
            }

            return total;
        }

        [Benchmark(Description = "Regex.Replace chain")]
        public string RegexChain() => Baselines.RegexReplaceChain(_text);

        [Benchmark(Description = "string.Replace chain")]
        public string StringReplaceChain() => Baselines.StringReplaceChain(_text);
    }
}
