using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace ArabicNews.Lucene.Tests
{
    /// <summary>
    /// A real Lucene.NET index of the seed articles, built with one analyzer, queried through the classic
    /// <see cref="QueryParser"/> with the same analyzer. Offsets are indexed, so the hits can be highlighted from the index.
    /// </summary>
    public sealed class SeedIndex : IDisposable
    {
        public const string Body = "body";
        private const string Id = "id";

        private static readonly FieldType BodyType = CreateBodyType();

        private readonly RAMDirectory _directory = new RAMDirectory();
        private readonly DirectoryReader _reader;
        private readonly IndexSearcher _searcher;
        private readonly Analyzer _analyzer;

        public SeedIndex(Analyzer analyzer)
        {
            _analyzer = analyzer;
            using (var writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)))
            {
                for (int seed = 0; seed < SeedArticles.Texts.Length; seed++)
                {
                    writer.AddDocument(new Document
                    {
                        new StringField(Id, seed.ToString(CultureInfo.InvariantCulture), Field.Store.YES),
                        new Field(Body, SeedArticles.Texts[seed], BodyType),
                    });
                }

                writer.Commit();
            }

            _reader = DirectoryReader.Open(_directory);
            _searcher = new IndexSearcher(_reader);
        }

        /// <summary>Parses <paramref name="queryText"/> with the classic query parser and this index's analyzer.</summary>
        public Query Parse(string queryText) => new QueryParser(LuceneVersion.LUCENE_48, Body, _analyzer).Parse(queryText);

        /// <summary>The ids of the seeds that match, in ascending order.</summary>
        public int[] Search(string queryText)
        {
            TopDocs hits = _searcher.Search(Parse(queryText), SeedArticles.Texts.Length);
            return hits.ScoreDocs
                .Select(hit => int.Parse(_searcher.Doc(hit.Doc).Get(Id), CultureInfo.InvariantCulture))
                .OrderBy(id => id)
                .ToArray();
        }

        /// <summary>
        /// The passages of the original article that the index holds for the query's terms in seed
        /// <paramref name="seed"/>, read from the indexed offsets, in text order.
        /// </summary>
        public string[] Highlights(string queryText, int seed)
        {
            var terms = new HashSet<Term>();
            Parse(queryText).ExtractTerms(terms);
            int doc = _searcher.Search(new TermQuery(new Term(Id, seed.ToString(CultureInfo.InvariantCulture))), 1).ScoreDocs[0].Doc;
            string original = SeedArticles.Texts[seed];
            var spans = new List<(int Start, int End)>();
            foreach (Term term in terms)
            {
                DocsAndPositionsEnum? postings = MultiFields.GetTermPositionsEnum(_reader, MultiFields.GetLiveDocs(_reader), Body, term.Bytes);
                if (postings is null || postings.Advance(doc) != doc)
                {
                    continue;
                }

                for (int i = 0; i < postings.Freq; i++)
                {
                    postings.NextPosition();
                    spans.Add((postings.StartOffset, postings.EndOffset));
                }
            }

            return spans.OrderBy(s => s.Start).Select(s => original.Substring(s.Start, s.End - s.Start)).ToArray();
        }

        public void Dispose()
        {
            _reader.Dispose();
            _directory.Dispose();
        }

        private static FieldType CreateBodyType()
        {
            var type = new FieldType(TextField.TYPE_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS };
            type.Freeze();
            return type;
        }
    }
}
