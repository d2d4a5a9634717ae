namespace ArabicNews.Text
{
    /// <summary>Compatibility decompositions of the Arabic presentation-form blocks (U+FB50–U+FDFF, U+FE70–U+FEFF).</summary>
    internal static partial class PresentationForms
    {
        /// <summary>The longest replacement in the table (U+FDFD, the basmala).</summary>
        public const int MaxExpansion = 22;

        /// <summary>The replacement for <paramref name="c"/>, or null when it is not a decomposable presentation form.</summary>
        public static string? GetReplacement(char c)
        {
            if ((uint)(c - 0xFB50) <= 0xFDFF - 0xFB50)
            {
                return FormsA[c - 0xFB50];
            }

            if ((uint)(c - 0xFE70) <= 0xFEFF - 0xFE70)
            {
                return FormsB[c - 0xFE70];
            }

            return null;
        }
    }
}
