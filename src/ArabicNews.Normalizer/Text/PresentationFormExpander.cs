using System;

namespace ArabicNews.Text
{
    /// <summary>
    /// Replaces presentation forms and ligatures by their letters before the character pass, so that every contextual
    /// rule (composition, tanween alef, Farsi yeh, word boundaries) sees the letters the ligature stands for. The
    /// normalizer calls it only for a block in which the character pass met one.
    /// </summary>
    internal static class PresentationFormExpander
    {
        /// <summary>The length of the expanded text.</summary>
        public static int GetExpandedLength(ReadOnlySpan<char> text)
        {
            int length = 0;
            foreach (char c in text)
            {
                length += PresentationForms.GetReplacement(c)?.Length ?? 1;
            }

            return length;
        }

        /// <summary>
        /// Writes the expanded text to <paramref name="destination"/> (at least <see cref="GetExpandedLength"/> long) and,
        /// for each written character, the index of the source character it came from.
        /// </summary>
        public static int Expand(ReadOnlySpan<char> text, Span<char> destination, Span<int> sourceIndexes)
        {
            int w = 0;
            for (int i = 0; i < text.Length; i++)
            {
                string? replacement = PresentationForms.GetReplacement(text[i]);
                if (replacement is null)
                {
                    destination[w] = text[i];
                    sourceIndexes[w++] = i;
                    continue;
                }

                foreach (char r in replacement)
                {
                    destination[w] = r;
                    sourceIndexes[w++] = i;
                }
            }

            return w;
        }
    }
}
