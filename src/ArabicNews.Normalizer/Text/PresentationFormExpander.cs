using System;

namespace ArabicNews.Text
{
    /// <summary>
    /// Replaces presentation forms and ligatures by their letters before the character pass, so that every contextual
    /// rule (composition, tanween alef, Farsi yeh, word boundaries) sees the letters the ligature stands for.
    /// </summary>
    internal static class PresentationFormExpander
    {
        /// <summary>Whether the text holds a presentation form that has a replacement.</summary>
        public static bool Contains(ReadOnlySpan<char> text)
        {
            int i = 0;
            while (true)
            {
#if NET8_0_OR_GREATER
                // A vectorized search for the blocks; almost all text has nothing in them.
                int found = text.Slice(i).IndexOfAnyInRange('\uFB50', '\uFEFE');
                if (found < 0)
                {
                    return false;
                }

                i += found;
#else
                while (i < text.Length && (text[i] < 0xFB50 || text[i] > 0xFEFE))
                {
                    i++;
                }

                if (i == text.Length)
                {
                    return false;
                }
#endif
                if (PresentationForms.GetReplacement(text[i]) is not null)
                {
                    return true;
                }

                i++;
            }
        }

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
