using System;
using System.Collections.Generic;
using ArabicNews.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Util;

namespace ArabicNews.Lucene
{
    /// <summary>
    /// Creates <see cref="ArabicNewsNormalizationFilter"/>s; Lucene finds it by the name <c>arabicNewsNormalization</c>
    /// (<c>TokenFilterFactory.ForName("arabicNewsNormalization", args)</c>). The one optional argument, <c>profile</c>, is
    /// a normalization profile as <see cref="NormalizationProfile.Parse"/> reads it; without it the filter uses the
    /// <see cref="NormalizationProfile.Search"/> preset.
    /// </summary>
    public sealed class ArabicNewsNormalizationFilterFactory : TokenFilterFactory
    {
        /// <summary>Creates the factory from its arguments, which it consumes.</summary>
        /// <exception cref="ArgumentException">The profile does not parse, or an argument is unknown.</exception>
        public ArabicNewsNormalizationFilterFactory(IDictionary<string, string> args)
            : base(args)
        {
            Normalizer = FactoryArguments.TakeNormalizer(args);
        }

        /// <summary>The normalizer the created filters apply.</summary>
        public ArabicNormalizer Normalizer { get; }

        /// <summary>Wraps <paramref name="input"/> in a new <see cref="ArabicNewsNormalizationFilter"/>.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
        public override TokenStream Create(TokenStream input) => new ArabicNewsNormalizationFilter(input, Normalizer);
    }
}
