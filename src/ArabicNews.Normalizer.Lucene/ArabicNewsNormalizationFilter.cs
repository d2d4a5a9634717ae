using System;
using ArabicNews.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ArabicNews.Lucene
{
    /// <summary>
    /// A Lucene.NET <see cref="TokenFilter"/> that normalizes each token with an <see cref="ArabicNormalizer"/>, for
    /// chains that must normalize after tokenizing. Offsets are left as the tokenizer set them. A token that normalizes
    /// to nothing (a lone diacritic or tatweel) is dropped and its position increment passed on to the next token.
    /// </summary>
    /// <remarks>
    /// Prefer <see cref="ArabicNewsNormalizationCharFilter"/> where the chain allows it: spelling variants and month
    /// names are folded word by word with the words around them in view (كانون الثاني is two tokens), which a token
    /// filter cannot see. A token that normalizes to several words (ﷺ) stays one token.
    /// </remarks>
    public sealed class ArabicNewsNormalizationFilter : TokenFilter
    {
        private readonly ArabicNormalizer _normalizer;
        private readonly ICharTermAttribute _term;
        private readonly IPositionIncrementAttribute _positionIncrement;
        private char[] _scratch = Array.Empty<char>();

        /// <summary>Creates a filter that normalizes with the <see cref="ArabicNormalizer.Search"/> preset.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
        public ArabicNewsNormalizationFilter(TokenStream input)
            : this(input, ArabicNormalizer.Search)
        {
        }

        /// <summary>Creates a filter that normalizes with <paramref name="normalizer"/>.</summary>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        public ArabicNewsNormalizationFilter(TokenStream input, ArabicNormalizer normalizer)
            : base(input ?? throw new ArgumentNullException(nameof(input)))
        {
            _normalizer = normalizer ?? throw new ArgumentNullException(nameof(normalizer));
            _term = AddAttribute<ICharTermAttribute>();
            _positionIncrement = AddAttribute<IPositionIncrementAttribute>();
        }

        /// <summary>The normalizer this filter applies.</summary>
        public ArabicNormalizer Normalizer => _normalizer;

        /// <summary>Advances to the next token that is not empty once normalized, and normalizes its text.</summary>
        public override bool IncrementToken()
        {
            int skippedPositions = 0;
            while (m_input.IncrementToken())
            {
                // One call per token: for a token, normalizing costs about what asking whether it is normalized does.
                var token = new ReadOnlySpan<char>(_term.Buffer, 0, _term.Length);
                int max = _normalizer.GetMaxOutputLength(token.Length);
                if (_scratch.Length < max)
                {
                    _scratch = new char[Math.Max(max, 2 * _scratch.Length)];
                }

                // The destination holds the maximum output length, so this cannot fail.
                _normalizer.TryNormalize(token, _scratch, out int written);
                if (written == 0 && token.Length > 0)
                {
                    skippedPositions += _positionIncrement.PositionIncrement;
                    continue;
                }

                if (!token.SequenceEqual(new ReadOnlySpan<char>(_scratch, 0, written)))
                {
                    _term.CopyBuffer(_scratch, 0, written);
                }

                // Most tokens follow none that was dropped: their increment stays as the tokenizer set it.
                if (skippedPositions != 0)
                {
                    _positionIncrement.PositionIncrement += skippedPositions;
                }

                return true;
            }

            return false;
        }
    }
}
