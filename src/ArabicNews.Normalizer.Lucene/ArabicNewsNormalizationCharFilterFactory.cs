using System;
using System.Collections.Generic;
using System.IO;
using ArabicNews.Text;
using Lucene.Net.Analysis.Util;

namespace ArabicNews.Lucene
{
    /// <summary>
    /// Creates <see cref="ArabicNewsNormalizationCharFilter"/>s; Lucene finds it by the name <c>arabicNewsNormalization</c>
    /// (<c>CharFilterFactory.ForName("arabicNewsNormalization", args)</c>). The one optional argument, <c>profile</c>, is a
    /// normalization profile as <see cref="NormalizationProfile.Parse"/> reads it; without it the filter uses the
    /// <see cref="NormalizationProfile.Search"/> preset.
    /// </summary>
    public sealed class ArabicNewsNormalizationCharFilterFactory : CharFilterFactory
    {
        /// <summary>Creates the factory from its arguments, which it consumes.</summary>
        /// <exception cref="ArgumentException">The profile does not parse, or an argument is unknown.</exception>
        public ArabicNewsNormalizationCharFilterFactory(IDictionary<string, string> args)
            : base(args)
        {
            Normalizer = FactoryArguments.TakeNormalizer(args);
        }

        /// <summary>The normalizer the created filters apply.</summary>
        public ArabicNormalizer Normalizer { get; }

        /// <summary>Wraps <paramref name="input"/> in a new <see cref="ArabicNewsNormalizationCharFilter"/>.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
        public override TextReader Create(TextReader input) => new ArabicNewsNormalizationCharFilter(input, Normalizer);
    }
}
