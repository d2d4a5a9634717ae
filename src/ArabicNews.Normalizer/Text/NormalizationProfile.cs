using System;
using System.Text;

namespace ArabicNews.Text
{
    /// <summary>
    /// The named presets, and the stable text form of a set of options: a preset name followed by switches,
    /// such as <c>search</c>, <c>light+fold-digits</c> or <c>search-fold-teh-marbuta+keep-shadda</c>.
    /// Record it next to a search index so the index says exactly which normalization built it.
    /// </summary>
    public static class NormalizationProfile
    {
        /// <summary>
        /// Only what never changes meaning: invisible controls (ZWNJ kept), presentation forms, decomposed letters,
        /// tatweel, Persian and Urdu letter forms, and whitespace.
        /// </summary>
        public const ArabicNormalizerOptions Light =
            ArabicNormalizerOptions.RemoveInvisibles
            | ArabicNormalizerOptions.KeepZeroWidthNonJoiner
            | ArabicNormalizerOptions.FoldPresentationForms
            | ArabicNormalizerOptions.ComposeDecomposedLetters
            | ArabicNormalizerOptions.RemoveTatweel
            | ArabicNormalizerOptions.FoldPersianLetters
            | ArabicNormalizerOptions.NormalizeWhitespace;

        /// <summary>
        /// Everything that helps matching: <see cref="Light"/> (without keeping ZWNJ) plus diacritics, alef forms,
        /// alef maqsura, teh marbuta, hamza on carriers, digits, punctuation, spelling variants and month names.
        /// </summary>
        public const ArabicNormalizerOptions Search =
            ArabicNormalizerOptions.RemoveInvisibles
            | ArabicNormalizerOptions.FoldPresentationForms
            | ArabicNormalizerOptions.ComposeDecomposedLetters
            | ArabicNormalizerOptions.RemoveTatweel
            | ArabicNormalizerOptions.RemoveDiacritics
            | ArabicNormalizerOptions.FoldAlef
            | ArabicNormalizerOptions.FoldAlefMaqsura
            | ArabicNormalizerOptions.FoldTehMarbuta
            | ArabicNormalizerOptions.FoldHamzaOnCarriers
            | ArabicNormalizerOptions.FoldPersianLetters
            | ArabicNormalizerOptions.FoldDigits
            | ArabicNormalizerOptions.FoldPunctuation
            | ArabicNormalizerOptions.NormalizeWhitespace
            | ArabicNormalizerOptions.FoldSpellingVariants
            | ArabicNormalizerOptions.FoldMonthNames;

        /// <summary>
        /// Exactly what Lucene's <c>ArabicNormalizer</c> does (آ أ إ → ا, ى → ي, ة → ه, tatweel and U+064B–U+0652 removed),
        /// as a drop-in for indexes built with it.
        /// </summary>
        public const ArabicNormalizerOptions Lucene =
            ArabicNormalizerOptions.RemoveTatweel
            | ArabicNormalizerOptions.RemoveDiacritics
            | ArabicNormalizerOptions.FoldAlef
            | ArabicNormalizerOptions.FoldAlefMaqsura
            | ArabicNormalizerOptions.FoldTehMarbuta
            | ArabicNormalizerOptions.LuceneCharacterSets;

        // Every option's stable name, in flag order. Append only: these strings are a file format.
        private static readonly (ArabicNormalizerOptions Flag, string Name)[] SwitchNames =
        {
            (ArabicNormalizerOptions.RemoveInvisibles, "remove-invisibles"),
            (ArabicNormalizerOptions.KeepZeroWidthNonJoiner, "keep-zwnj"),
            (ArabicNormalizerOptions.FoldPresentationForms, "fold-presentation-forms"),
            (ArabicNormalizerOptions.ComposeDecomposedLetters, "compose-decomposed-letters"),
            (ArabicNormalizerOptions.RemoveTatweel, "remove-tatweel"),
            (ArabicNormalizerOptions.RemoveDiacritics, "remove-diacritics"),
            (ArabicNormalizerOptions.KeepShadda, "keep-shadda"),
            (ArabicNormalizerOptions.RemoveTanweenAlef, "remove-tanween-alef"),
            (ArabicNormalizerOptions.FoldAlef, "fold-alef"),
            (ArabicNormalizerOptions.FoldAlefMaqsura, "fold-alef-maqsura"),
            (ArabicNormalizerOptions.FoldTehMarbuta, "fold-teh-marbuta"),
            (ArabicNormalizerOptions.FoldHamzaOnCarriers, "fold-hamza-on-carriers"),
            (ArabicNormalizerOptions.FoldPersianLetters, "fold-persian-letters"),
            (ArabicNormalizerOptions.FoldForeignLetters, "fold-foreign-letters"),
            (ArabicNormalizerOptions.FoldDigits, "fold-digits"),
            (ArabicNormalizerOptions.FoldPunctuation, "fold-punctuation"),
            (ArabicNormalizerOptions.NormalizeWhitespace, "normalize-whitespace"),
            (ArabicNormalizerOptions.FoldLineBreaks, "fold-line-breaks"),
            (ArabicNormalizerOptions.FoldSpellingVariants, "fold-spelling-variants"),
            (ArabicNormalizerOptions.LuceneCharacterSets, "lucene-character-sets"),
            (ArabicNormalizerOptions.FoldMonthNames, "fold-month-names"),
        };

        private static readonly (string Name, ArabicNormalizerOptions Options)[] Presets =
        {
            ("search", Search),
            ("light", Light),
            ("lucene", Lucene),
            ("none", ArabicNormalizerOptions.None),
        };

        /// <summary>Every defined option combined; a value with other bits is not a valid set of options.</summary>
        public const ArabicNormalizerOptions All = (ArabicNormalizerOptions)((1 << 21) - 1);

        /// <summary>
        /// Writes options as the preset closest to them followed by the switches that differ from it, such as
        /// <c>light+fold-digits</c>. The result parses back to the same value with <see cref="Parse"/>.
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException">The value has bits that name no option.</exception>
        public static string Format(ArabicNormalizerOptions options)
        {
            if ((options & ~All) != 0)
            {
                throw new ArgumentOutOfRangeException(nameof(options), options, "The value has bits that name no option.");
            }

            string bestName = "none";
            ArabicNormalizerOptions best = ArabicNormalizerOptions.None;
            int bestDistance = int.MaxValue;
            foreach (var (name, preset) in Presets)
            {
                int distance = PopCount((uint)(preset ^ options));
                if (distance < bestDistance)
                {
                    bestDistance = distance;
                    bestName = name;
                    best = preset;
                }
            }

            var builder = new StringBuilder(bestName);
            foreach (var (flag, name) in SwitchNames)
            {
                bool wanted = (options & flag) != 0;
                bool inPreset = (best & flag) != 0;
                if (wanted != inPreset)
                {
                    builder.Append(wanted ? '+' : '-').Append(name);
                }
            }

            return builder.ToString();
        }

        /// <summary>Parses the text form written by <see cref="Format"/>.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
        /// <exception cref="FormatException">The text names an unknown preset or switch.</exception>
        public static ArabicNormalizerOptions Parse(string text)
        {
            if (text is null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            if (!TryParse(text, out var options))
            {
                throw new FormatException($"'{text}' is not a normalization profile: expected a preset (search, light, lucene, none) followed by +switch or -switch.");
            }

            return options;
        }

        /// <summary>
        /// Parses a preset name (<c>search</c>, <c>light</c>, <c>lucene</c>, <c>none</c>; case-insensitive) followed by any
        /// number of <c>+switch</c> or <c>-switch</c>. Returns false, never throws, on anything else.
        /// </summary>
        public static bool TryParse(string? text, out ArabicNormalizerOptions options)
        {
            options = ArabicNormalizerOptions.None;
            if (text is null)
            {
                return false;
            }

            // Names contain hyphens, so each name is matched whole (longest first) and must end at a sign or the end.
            var span = text.AsSpan().Trim();
            int position = -1;
            foreach (var (name, preset) in Presets)
            {
                if (StartsWithName(span, 0, name))
                {
                    options = preset;
                    position = name.Length;
                    break;
                }
            }

            if (position < 0)
            {
                return false;
            }

            while (position < span.Length)
            {
                bool add = span[position] == '+';
                ArabicNormalizerOptions flag = ArabicNormalizerOptions.None;
                int nameLength = 0;
                foreach (var (candidate, name) in SwitchNames)
                {
                    if (name.Length > nameLength && StartsWithName(span, position + 1, name))
                    {
                        flag = candidate;
                        nameLength = name.Length;
                    }
                }

                if (flag == ArabicNormalizerOptions.None)
                {
                    options = ArabicNormalizerOptions.None;
                    return false;
                }

                options = add ? options | flag : options & ~flag;
                position += 1 + nameLength;
            }

            return true;
        }

        private static bool StartsWithName(ReadOnlySpan<char> span, int start, string name)
        {
            if (start > span.Length || span.Length - start < name.Length
                || !span.Slice(start, name.Length).Equals(name.AsSpan(), StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            int end = start + name.Length;
            return end == span.Length || span[end] == '+' || span[end] == '-';
        }

        private static int PopCount(uint value)
        {
            int count = 0;
            while (value != 0)
            {
                value &= value - 1;
                count++;
            }

            return count;
        }
    }
}
