using System;
using System.Collections.Generic;
using System.Linq;
using ArabicNews.Text;

namespace ArabicNews.Lucene
{
    /// <summary>The arguments the factories accept, read the way Lucene's own factories read theirs.</summary>
    internal static class FactoryArguments
    {
        /// <summary>The argument naming the normalization: a profile string such as <c>search</c> or <c>light+fold-digits</c>.</summary>
        public const string Profile = "profile";

        /// <summary>
        /// Takes the profile argument out of <paramref name="args"/> (the <see cref="ArabicNormalizer.Search"/> preset when
        /// it is absent) and checks that nothing else is left, as Lucene's factories do.
        /// </summary>
        /// <exception cref="ArgumentException">The profile does not parse, or an argument is unknown.</exception>
        public static ArabicNormalizer TakeNormalizer(IDictionary<string, string> args)
        {
            ArabicNormalizer normalizer = ArabicNormalizer.Search;
            if (args.TryGetValue(Profile, out string? text))
            {
                args.Remove(Profile);
                if (!NormalizationProfile.TryParse(text, out var options))
                {
                    throw new ArgumentException(
                        $"'{text}' is not a normalization profile: expected a preset (search, light, lucene, none) followed by +switch or -switch.",
                        nameof(args));
                }

                normalizer = ForOptions(options);
            }

            if (args.Count > 0)
            {
                throw new ArgumentException("Unknown parameters: " + string.Join(", ", args.Keys.OrderBy(k => k, StringComparer.Ordinal)), nameof(args));
            }

            return normalizer;
        }

        /// <summary>The shared preset instance when the options name one (their tables are built once), else a new normalizer.</summary>
        public static ArabicNormalizer ForOptions(ArabicNormalizerOptions options) => options switch
        {
            NormalizationProfile.Search => ArabicNormalizer.Search,
            NormalizationProfile.Light => ArabicNormalizer.Light,
            NormalizationProfile.Lucene => ArabicNormalizer.Lucene,
            _ => new ArabicNormalizer(options),
        };
    }
}
