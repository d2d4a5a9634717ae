using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ArabicNews.Tests.Text;
using ArabicNews.Text;
using FsCheck;
using FsCheck.Xunit;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Xunit;

namespace ArabicNews.Lucene.Tests
{
    /// <summary>Lucene's token-stream contract, reuse across documents and threads, and random input.</summary>
    [Properties(Arbitrary = new[] { typeof(ArabicTextGenerators) }, MaxTest = 300)]
    public class TokenStreamContractTests
    {
        private static readonly ArabicNewsAnalyzer Shared = new ArabicNewsAnalyzer(ArabicNormalizer.Search, useStemmer: true);

        [Fact]
        public void IncrementTokenBeforeResetIsAContractViolation()
        {
            using TokenStream stream = new ArabicNewsAnalyzer().GetTokenStream("body", new StringReader("نص"));
            Assert.Throws<InvalidOperationException>(() => stream.IncrementToken());
        }

        [Fact]
        public void ResetIncrementEndDisposeInOrder()
        {
            string text = SeedArticles.Texts[2];
            TokenStream stream = new ArabicNewsAnalyzer().GetTokenStream("body", new StringReader(text));
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            int count = 0;
            while (stream.IncrementToken())
            {
                count++;
            }

            Assert.False(stream.IncrementToken());
            stream.End();
            Assert.Equal((text.Length, text.Length), (offset.StartOffset, offset.EndOffset));
            stream.Dispose();
            Assert.True(count > 200);
        }

        [Fact]
        public void TheAnalyzerReusesItsComponentsAcrossDocuments()
        {
            var analyzer = new ArabicNewsAnalyzer();
            var expected = SeedArticles.Texts.Select(text => TokenStreams.Analyze(new ArabicNewsAnalyzer(), text)).ToArray();

            TokenStream first = analyzer.GetTokenStream("body", new StringReader(SeedArticles.Texts[0]));
            TokenStreams.Consume(first);
            for (int round = 0; round < 2; round++)
            {
                for (int seed = 0; seed < SeedArticles.Texts.Length; seed++)
                {
                    TokenStream stream = analyzer.GetTokenStream("body", new StringReader(SeedArticles.Texts[seed]));
                    Assert.Same(first, stream);
                    var actual = TokenStreams.Consume(stream);
                    Assert.Equal(expected[seed].Tokens, actual.Tokens);
                    Assert.Equal(expected[seed].FinalOffset, actual.FinalOffset);
                }
            }
        }

        [Fact]
        public void OneAnalyzerServesManyThreads()
        {
            var expected = SeedArticles.Texts.Select(text => TokenStreams.Analyze(new ArabicNewsAnalyzer(ArabicNormalizer.Search, true), text).Tokens).ToArray();
            var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
            Parallel.For(0, 40, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
            {
                int seed = i % SeedArticles.Texts.Length;
                var actual = TokenStreams.Analyze(Shared, SeedArticles.Texts[seed]).Tokens;
                if (!actual.SequenceEqual(expected[seed]))
                {
                    failures.Add($"iteration {i}, seed {seed}");
                }
            });

            Assert.Empty(failures);
        }

        [Property]
        public void ArabicNewsTextNeverThrowsAndKeepsOffsetsInOrder(ArabicText text) => CheckOffsets(text.Value);

        [Property]
        public void AnyUtf16NeverThrowsAndKeepsOffsetsInOrder(AnyUtf16 text) => CheckOffsets(text.Value);

        [Property]
        public void EveryCombinationOfOptionsKeepsOffsetsInOrder(ArabicText text, AnyOptions options)
        {
            var analyzer = new ArabicNewsAnalyzer(new ArabicNormalizer(options.Value));
            var (tokens, finalOffset) = TokenStreams.Analyze(analyzer, text.Value);
            Assert.Equal(text.Value.Length, finalOffset);
            int previousStart = 0;
            foreach (var token in tokens)
            {
                Assert.InRange(token.Start, previousStart, text.Value.Length);
                Assert.InRange(token.End, token.Start, text.Value.Length);
                previousStart = token.Start;
            }
        }

        [Property(MaxTest = 100)]
        public void TheIndexWriterAcceptsTheOffsets(ArabicText text)
        {
            // IndexWriter checks offsets itself when it indexes them, and refuses any that go backwards.
            using var directory = new RAMDirectory();
            using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, Shared));
            var type = new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS };
            writer.AddDocument(new Document { new Field("body", text.Value, type), new Field("body", text.Value, type) });
            writer.Commit();
            Assert.Equal(1, writer.NumDocs);
        }

        private static void CheckOffsets(string text)
        {
            var (tokens, finalOffset) = TokenStreams.Analyze(Shared, text);
            Assert.Equal(text.Length, finalOffset);
            int previousStart = 0;
            foreach (var token in tokens)
            {
                Assert.InRange(token.Start, previousStart, text.Length);
                Assert.InRange(token.End, token.Start, text.Length);
                Assert.True(token.Term.Length > 0);
                Assert.True(token.PositionIncrement >= 1);
                previousStart = token.Start;
            }
        }
    }
}
