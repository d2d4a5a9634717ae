using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ArabicNews.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

// Lucene.Net.Analysis.Ar has its own ArabicNormalizer: name only the two types used from it.
using ArabicAnalyzer = Lucene.Net.Analysis.Ar.ArabicAnalyzer;
using ArabicStemFilter = Lucene.Net.Analysis.Ar.ArabicStemFilter;

namespace ArabicNews.Lucene
{
    /// <summary>
    /// An <see cref="Analyzer"/> for Arabic news, a one-line replacement for Lucene's <see cref="ArabicAnalyzer"/>:
    /// <see cref="ArabicNewsNormalizationCharFilter"/> (the <see cref="NormalizationProfile.Search"/> preset unless told
    /// otherwise), <see cref="StandardTokenizer"/>, lowercasing for Latin (the terms of <see cref="LowerCaseFilter"/>),
    /// a <see cref="StopFilter"/> with Lucene's Arabic stop words normalized the same way, and optionally
    /// <see cref="ArabicStemFilter"/>. Token offsets point into the original text. Thread-safe and reusable, like every
    /// Lucene analyzer.
    /// </summary>
    public sealed class ArabicNewsAnalyzer : Analyzer
    {
        // The Lucene version whose tokenizer and filter behaviour the analyzer is written against.
        private const LuceneVersion MatchVersion = LuceneVersion.LUCENE_48;

        /// <summary>Creates an analyzer with the <see cref="ArabicNormalizer.Search"/> preset and no stemming.</summary>
        public ArabicNewsAnalyzer()
            : this(ArabicNormalizer.Search, useStemmer: false)
        {
        }

        /// <summary>Creates an analyzer that normalizes with <paramref name="options"/>.</summary>
        /// <param name="options">The normalization, as for <see cref="ArabicNormalizer(ArabicNormalizerOptions)"/>.</param>
        /// <param name="useStemmer">Whether to end the chain with Lucene's <see cref="ArabicStemFilter"/> (light stemming).</param>
        /// <exception cref="ArgumentOutOfRangeException">The options have bits that name no option.</exception>
        public ArabicNewsAnalyzer(ArabicNormalizerOptions options, bool useStemmer = false)
            : this(FactoryArguments.ForOptions(options), useStemmer)
        {
        }

        /// <summary>Creates an analyzer that normalizes with <paramref name="normalizer"/> (for a custom lexicon or stop words).</summary>
        /// <param name="normalizer">The normalizer applied to indexed text, queries and stop words.</param>
        /// <param name="useStemmer">Whether to end the chain with Lucene's <see cref="ArabicStemFilter"/> (light stemming).</param>
        /// <param name="stopWords">
        /// The stop words, in any spelling (they are normalized with <paramref name="normalizer"/> and lowercased);
        /// null for Lucene's Arabic list (<see cref="ArabicAnalyzer.DefaultStopSet"/>), empty for none.
        /// </param>
        /// <exception cref="ArgumentNullException"><paramref name="normalizer"/> is null.</exception>
        public ArabicNewsAnalyzer(ArabicNormalizer normalizer, bool useStemmer = false, IEnumerable<string>? stopWords = null)
        {
            Normalizer = normalizer ?? throw new ArgumentNullException(nameof(normalizer));
            UsesStemmer = useStemmer;
            StopWords = NormalizeStopWords(stopWords ?? ArabicAnalyzer.DefaultStopSet.Cast<string>(), normalizer);
        }

        /// <summary>The normalizer applied to indexed text, queries and stop words.</summary>
        public ArabicNormalizer Normalizer { get; }

        /// <summary>Whether the chain ends with Lucene's <see cref="ArabicStemFilter"/>.</summary>
        public bool UsesStemmer { get; }

        /// <summary>The stop words in normalized form (by default Lucene's Arabic list); read-only.</summary>
        public CharArraySet StopWords { get; }

        /// <summary>Builds the tokenizer and filters for one field.</summary>
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(MatchVersion, reader);
            TokenStream stream = new CaselessFastLowerCaseFilter(MatchVersion, tokenizer); // LowerCaseFilter's terms
            stream = new StopFilter(MatchVersion, stream, StopWords);
            if (UsesStemmer)
            {
                stream = new ArabicStemFilter(stream);
            }

            return new TokenStreamComponents(tokenizer, stream);
        }

        /// <summary>Puts the normalizing char filter in front of the tokenizer, for indexed text and queries alike.</summary>
        protected override TextReader InitReader(string fieldName, TextReader reader) =>
            new ArabicNewsNormalizationCharFilter(reader, Normalizer);

        // The stop filter runs after normalization and lowercasing, so the words must be in the form they produce:
        // على → علي, إلى → الي. A word that normalizes to nothing cannot match a token and is left out.
        private static CharArraySet NormalizeStopWords(IEnumerable<string> words, ArabicNormalizer normalizer)
        {
            var normalized = new CharArraySet(MatchVersion, 128, ignoreCase: false);
            foreach (string word in words)
            {
                if (word is null)
                {
                    continue;
                }

                string form = normalizer.Normalize(word).ToLowerInvariant();
                if (form.Length > 0)
                {
                    normalized.Add(form);
                }
            }

            return normalized.AsReadOnly();
        }
    }
}
