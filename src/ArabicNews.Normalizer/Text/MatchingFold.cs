namespace ArabicNews.Text
{
    /// <summary>
    /// The letter folding that word- and name-level lookups compare under (spelling variants, month names, weekday
    /// names): diacritics and tatweel ignored; alef forms, alef maqsura, teh marbuta, hamza on carriers, Persian
    /// letter forms and digits folded. It is the normalizer's own rule table, not a second copy of its rules.
    /// </summary>
    internal static class MatchingFold
    {
        /// <summary>The options that define the folding.</summary>
        public const ArabicNormalizerOptions Options =
            ArabicNormalizerOptions.RemoveTatweel
            | ArabicNormalizerOptions.RemoveDiacritics
            | ArabicNormalizerOptions.FoldAlef
            | ArabicNormalizerOptions.FoldAlefMaqsura
            | ArabicNormalizerOptions.FoldTehMarbuta
            | ArabicNormalizerOptions.FoldHamzaOnCarriers
            | ArabicNormalizerOptions.FoldPersianLetters
            | ArabicNormalizerOptions.FoldDigits
            | ArabicNormalizerOptions.RemoveInvisibles;

        private static readonly NormalizationTables Tables = new NormalizationTables(Options);

        /// <summary>The folded character, or NUL when the character is ignored (a diacritic, tatweel, an invisible control).</summary>
        public static char Fold(char c)
        {
            switch (Tables.KindOf(c))
            {
                case CharKind.Remove:
                    return '\0';
                case CharKind.Map:
                    return Tables.Map[c];
                case CharKind.Contextual:
                    // Farsi yeh folds to yeh in every position once alef maqsura folds to yeh; ZWJ and the digit separators are ignored or kept.
                    return c == ArabicLetters.FarsiYeh ? ArabicLetters.Yeh : c == ArabicLetters.ZeroWidthJoiner ? '\0' : c;
                default:
                    return c;
            }
        }

        /// <summary>Folds a whole string (for building lookup tables; not for hot paths).</summary>
        public static string FoldString(string text)
        {
            var chars = new char[text.Length];
            int n = 0;
            foreach (char c in text)
            {
                char f = Fold(c);
                if (f != '\0')
                {
                    chars[n++] = f;
                }
            }

            return new string(chars, 0, n);
        }
    }
}
