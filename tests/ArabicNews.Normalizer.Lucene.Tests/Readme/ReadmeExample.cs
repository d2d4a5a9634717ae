using System;
using System.Collections.Generic;
using System.Linq;
using ArabicNews.Lucene;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

public static class ReadmeExample
{
    public static void Run()
    {
        // One line: this analyzer instead of Lucene's ArabicAnalyzer, for indexing and for queries.
        var analyzer = new ArabicNewsAnalyzer();

        string[] articles =
        {
            "قالت وزارة الدفاع الأميركيّة (البنتاغون) إن القوات باقية.",
            "أكد متحدث باسم البنتاجــون أن الانسحاب يبدأ في حزيران ٢٠٢٤.",
            "Reuters: العراق والولايات المتحدة تتفقان على جدول زمني.",
        };

        // Index offsets too, so hits can be highlighted in the original text.
        var bodyType = new FieldType(TextField.TYPE_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS };
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)))
        {
            foreach (string article in articles)
            {
                writer.AddDocument(new Document { new Field("body", article, bodyType) });
            }
        }

        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        Query query = new QueryParser(LuceneVersion.LUCENE_48, "body", analyzer).Parse("الامريكيه البنتاغون يونيو 2024");
        var terms = new HashSet<Term>();
        query.ExtractTerms(terms);

        foreach (ScoreDoc hit in searcher.Search(query, 10).ScoreDocs.OrderBy(h => h.Doc))
        {
            string original = searcher.Doc(hit.Doc).Get("body");
            var passages = new List<(int Start, int End)>();
            foreach (Term term in terms)
            {
                DocsAndPositionsEnum postings = MultiFields.GetTermPositionsEnum(reader, null, "body", term.Bytes);
                if (postings is not null && postings.Advance(hit.Doc) == hit.Doc)
                {
                    for (int i = 0; i < postings.Freq; i++)
                    {
                        postings.NextPosition();
                        passages.Add((postings.StartOffset, postings.EndOffset));
                    }
                }
            }

            Console.WriteLine($"{hit.Doc}: " + string.Join(" | ", passages.OrderBy(p => p.Start).Select(p => original[p.Start..p.End])));
        }
    }
}
