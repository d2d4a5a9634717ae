using System;
using System.IO;
using ArabicNews.Lucene;
using ArabicNews.Text;
using BenchmarkDotNet.Attributes;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;
using ArabicAnalyzer = Lucene.Net.Analysis.Ar.ArabicAnalyzer;

namespace ArabicNews.Benchmarks.Lucene
{
    /// <summary>
    /// Where the indexing time goes: the same corpus through the analyzers alone (every token consumed, nothing indexed),
    /// through the bare tokenizer, through the char filter alone, and through the normalizer the char filter calls,
    /// per document and over the corpus as one text (the per-call cost of article-sized inputs).
    /// </summary>
    [MemoryDiagnoser]
    [Config(typeof(ThroughputConfig))]
    public class AnalysisBenchmarks
    {
        private readonly Analyzer _stock = new ArabicAnalyzer(LuceneVersion.LUCENE_48);
        private readonly Analyzer _newsStemming = new ArabicNewsAnalyzer(NormalizationProfile.Search, useStemmer: true);
        private readonly Analyzer _news = new ArabicNewsAnalyzer();
        private readonly char[] _buffer = new char[4096];
        private string _wholeCorpus = string.Empty;
        private char[] _normalized = Array.Empty<char>();
        private int[] _sources = Array.Empty<int>();

        [GlobalSetup]
        public void Setup()
        {
            _wholeCorpus = string.Join("\n", IndexingCorpus.Documents);
            _normalized = new char[_wholeCorpus.Length * 2];
            _sources = new int[_wholeCorpus.Length * 2];

            // News text does not grow much: twice its length is enough, which the row below relies on.
            if (TryNormalizeWithOffsetsWhole() == 0)
            {
                throw new InvalidOperationException("The output buffers are too small for the corpus.");
            }
        }

        [Benchmark(Baseline = true, Description = "stock ArabicAnalyzer (stems)")]
        public int Stock() => Consume(_stock);

        [Benchmark(Description = "ArabicNewsAnalyzer, Search + stemmer")]
        public int NewsStemming() => Consume(_newsStemming);

        [Benchmark(Description = "ArabicNewsAnalyzer, Search (default)")]
        public int News() => Consume(_news);

        [Benchmark(Description = "StandardTokenizer alone")]
        public int TokenizerAlone()
        {
            int tokens = 0;
            using var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, new StringReader(string.Empty));
            foreach (string text in IndexingCorpus.Documents)
            {
                tokenizer.SetReader(new StringReader(text));
                tokenizer.Reset();
                while (tokenizer.IncrementToken())
                {
                    tokens++;
                }

                tokenizer.End();
                tokenizer.Dispose();
            }

            return tokens;
        }

        [Benchmark(Description = "char filter alone (Search)")]
        public int CharFilterAlone()
        {
            int chars = 0;
            foreach (string text in IndexingCorpus.Documents)
            {
                using var filter = new ArabicNewsNormalizationCharFilter(new StringReader(text));
                int read;
                while ((read = filter.Read(_buffer, 0, _buffer.Length)) > 0)
                {
                    chars += read;
                }
            }

            return chars;
        }

        [Benchmark(Description = "Search.TryNormalizeWithOffsets, per document")]
        public int TryNormalizeWithOffsetsPerDocument()
        {
            int chars = 0;
            foreach (string text in IndexingCorpus.Documents)
            {
                ArabicNormalizer.Search.TryNormalizeWithOffsets(text.AsSpan(), _normalized, _sources, out int written);
                chars += written;
            }

            return chars;
        }

        [Benchmark(Description = "Search.TryNormalizeWithOffsets, corpus as one text")]
        public int TryNormalizeWithOffsetsWhole()
        {
            ArabicNormalizer.Search.TryNormalizeWithOffsets(_wholeCorpus.AsSpan(), _normalized, _sources, out int written);
            return written;
        }

        private static int Consume(Analyzer analyzer)
        {
            int tokens = 0;
            foreach (string text in IndexingCorpus.Documents)
            {
                using TokenStream stream = analyzer.GetTokenStream("body", text);
                stream.Reset();
                while (stream.IncrementToken())
                {
                    tokens++;
                }

                stream.End();
            }

            return tokens;
        }
    }
}
