using System;

namespace ArabicNews.Text
{
    /// <summary>
    /// A normalized string together with its offset map: for every character of <see cref="Text"/>, the index in
    /// <see cref="Original"/> of the character it came from. Use it to find something in normalized text and show it
    /// in the original (highlighting, date spans).
    /// </summary>
    public sealed class NormalizedText
    {
        private readonly int[] _sourceIndexes;

        internal NormalizedText(string original, string text, int[] sourceIndexes)
        {
            Original = original;
            Text = text;
            _sourceIndexes = sourceIndexes;
        }

        /// <summary>The text before normalization.</summary>
        public string Original { get; }

        /// <summary>The normalized text.</summary>
        public string Text { get; }

        /// <summary>The index in <see cref="Original"/> of the character that produced <c>Text[index]</c>.</summary>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not an index of <see cref="Text"/>.</exception>
        public int GetSourceIndex(int index)
        {
            if ((uint)index >= (uint)_sourceIndexes.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, "The index is outside the normalized text.");
            }

            return _sourceIndexes[index];
        }

        /// <summary>
        /// The span of <see cref="Original"/> that produced <c>Text.Substring(start, length)</c>: from the source of its
        /// first character to the end of the source of its last one, including the marks and tatweel that were removed
        /// from that last word. An empty range maps to an empty span at the corresponding source position.
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException">The range is not inside <see cref="Text"/>.</exception>
        public (int Start, int Length) MapToSource(int start, int length)
        {
            if (start < 0 || length < 0 || start > Text.Length - length)
            {
                throw new ArgumentOutOfRangeException(nameof(start), "The range is outside the normalized text.");
            }

            int boundary = start + length < _sourceIndexes.Length ? _sourceIndexes[start + length] : Original.Length;
            if (length == 0)
            {
                return (boundary, 0);
            }

            int sourceStart = _sourceIndexes[start];
            int sourceEnd = _sourceIndexes[start + length - 1] + 1;
            if (sourceEnd < Original.Length && char.IsHighSurrogate(Original[sourceEnd - 1]) && char.IsLowSurrogate(Original[sourceEnd]))
            {
                sourceEnd++;
            }

            // Take in what was removed after the last character (diacritics, tatweel, invisibles), up to whitespace.
            while (sourceEnd < boundary && !IsWhitespace(Original[sourceEnd]))
            {
                sourceEnd++;
            }

            return (sourceStart, sourceEnd - sourceStart);
        }

        private static bool IsWhitespace(char c) => c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\u00A0';
    }
}
