using System.Collections.Generic;
using System.IO;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ArabicNews.Lucene.Tests
{
    /// <summary>One token as a test sees it.</summary>
    public readonly record struct TokenInfo(string Term, int Start, int End, int PositionIncrement);

    /// <summary>Runs token streams by the contract: Reset, IncrementToken until false, End, Dispose.</summary>
    public static class TokenStreams
    {
        /// <summary>The tokens of <paramref name="text"/> and the final offset End reports.</summary>
        public static (List<TokenInfo> Tokens, int FinalOffset) Analyze(Analyzer analyzer, string text, string field = "body")
        {
            using TokenStream stream = analyzer.GetTokenStream(field, new StringReader(text));
            return Consume(stream);
        }

        /// <summary>Consumes a stream that has not been reset yet, and disposes it.</summary>
        public static (List<TokenInfo> Tokens, int FinalOffset) Consume(TokenStream stream)
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            var position = stream.AddAttribute<IPositionIncrementAttribute>();
            var tokens = new List<TokenInfo>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                tokens.Add(new TokenInfo(term.ToString(), offset.StartOffset, offset.EndOffset, position.PositionIncrement));
            }

            stream.End();
            int finalOffset = offset.EndOffset;
            stream.Dispose();
            return (tokens, finalOffset);
        }
    }
}
