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
    /// through the bare tokenizer, and through the char filter alone.
    /// </summary>
    [MemoryDiagnoser]
    [Config(typeof(ThroughputConfig))]
    public class AnalysisBenchmarks
    {
        private readonly Analyzer _stock = new ArabicAnalyzer(LuceneVersion.LUCENE_48);
        private readonly Analyzer _newsStemming = new ArabicNewsAnalyzer(NormalizationProfile.Search, useStemmer: true);
        private readonly Analyzer _news = new ArabicNewsAnalyzer();
        private readonly char[] _buffer = new char[4096];

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

        [Benchmark(Description = "Search.Normalize, per document")]
        public int NormalizePerDocument()
        {
            int chars = 0;
            foreach (string text in IndexingCorpus.Documents)
            {
                chars += ArabicNormalizer.Search.Normalize(text).Length;
            }

            return chars;
        }

        [Benchmark(Description = "Search.NormalizeWithOffsets, per document")]
        public int NormalizeWithOffsetsPerDocument()
        {
            int chars = 0;
            foreach (string text in IndexingCorpus.Documents)
            {
                chars += ArabicNormalizer.Search.NormalizeWithOffsets(text).Text.Length;
            }

            return chars;
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
