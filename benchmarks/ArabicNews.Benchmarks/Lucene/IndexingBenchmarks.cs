using ArabicNews.Lucene;
using ArabicNews.Text;
using BenchmarkDotNet.Attributes;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using ArabicAnalyzer = Lucene.Net.Analysis.Ar.ArabicAnalyzer;

namespace ArabicNews.Benchmarks.Lucene
{
    /// <summary>
    /// Indexing the seed corpus (about 3,100 articles, 16 MB of UTF-16) into a RAM index, end to end, with the new
    /// analyzer beside the stock ArabicAnalyzer a user would otherwise pick. The stock chain stems; so does the second
    /// row, which is the like-for-like comparison; the third row is the analyzer's default (no stemming).
    /// </summary>
    [MemoryDiagnoser]
    [Config(typeof(ThroughputConfig))]
    public class IndexingBenchmarks
    {
        private readonly Analyzer _stock = new ArabicAnalyzer(LuceneVersion.LUCENE_48);
        private readonly Analyzer _newsStemming = new ArabicNewsAnalyzer(NormalizationProfile.Search, useStemmer: true);
        private readonly Analyzer _news = new ArabicNewsAnalyzer();

        [GlobalSetup]
        public void Setup() => _ = IndexingCorpus.Documents.Length;

        [Benchmark(Baseline = true, Description = "stock ArabicAnalyzer (stems)")]
        public int Stock() => Index(_stock);

        [Benchmark(Description = "ArabicNewsAnalyzer, Search + stemmer")]
        public int NewsStemming() => Index(_newsStemming);

        [Benchmark(Description = "ArabicNewsAnalyzer, Search (default)")]
        public int News() => Index(_news);

        private static int Index(Analyzer analyzer)
        {
            using var directory = new RAMDirectory();
            using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)))
            {
                var body = new TextField("body", string.Empty, Field.Store.NO);
                var document = new Document { body };
                foreach (string text in IndexingCorpus.Documents)
                {
                    body.SetStringValue(text);
                    writer.AddDocument(document);
                }

                writer.Commit();
            }

            return IndexingCorpus.Documents.Length;
        }
    }
}
