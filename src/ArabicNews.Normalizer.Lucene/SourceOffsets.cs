using System;
using ArabicNews.Text;

namespace ArabicNews.Lucene
{
    /// <summary>
    /// Turns a boundary between two characters of the text a char filter hands to the tokenizer into a boundary in the
    /// original text. Lucene asks for one offset at a time and does not say whether it starts or ends a token, so the
    /// characters on either side decide: a boundary where a word begins after a separator is a token start and maps to
    /// the source of the character after it; any other boundary may end a token and maps past the source of the
    /// character before it, taking in the diacritics, tatweel and invisibles the normalizer removed there.
    /// </summary>
    /// <remarks>
    /// The text handed to the tokenizer is the normalized text, followed by one space when the original ends in
    /// whitespace that normalization trimmed; that space maps to the first trimmed whitespace character, so that the
    /// last token ends where its word ends while the final offset is still the length of the original.
    /// </remarks>
    internal sealed class SourceOffsets
    {
        private readonly NormalizedText _text;
        private readonly int _tailIndex;

        public SourceOffsets(NormalizedText text)
        {
            _text = text;
            _tailIndex = FindTrimmedTail(text);
        }

        /// <summary>The number of characters handed to the tokenizer: the normalized text and the trailing space, if any.</summary>
        public int Length => _text.Text.Length + (_tailIndex >= 0 ? 1 : 0);

        /// <summary>The character at <paramref name="index"/> of the text handed to the tokenizer.</summary>
        public char this[int index] => index < _text.Text.Length ? _text.Text[index] : ' ';

        /// <summary>Copies characters of the text handed to the tokenizer.</summary>
        public void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
        {
            int fromText = Math.Min(count, _text.Text.Length - sourceIndex);
            if (fromText > 0)
            {
                _text.Text.CopyTo(sourceIndex, destination, destinationIndex, fromText);
            }
            else
            {
                fromText = 0;
            }

            if (fromText < count)
            {
                destination[destinationIndex + fromText] = ' ';
            }
        }

        /// <summary>The offset in the original text of boundary <paramref name="offset"/> of the text handed to the tokenizer.</summary>
        public int Correct(int offset)
        {
            string text = _text.Text;
            if (offset >= Length)
            {
                return _text.Original.Length;
            }

            if (offset >= text.Length)
            {
                return _tailIndex;
            }

            int next = _text.GetSourceIndex(Math.Max(offset, 0));
            if (offset <= 0 || (IsSeparator(text[offset - 1]) && !IsSeparator(text[offset])))
            {
                return next;
            }

            // Inside an expansion (ﷺ → صلى الله عليه وسلم) every character has the same source: end after it.
            return Math.Max(next, _text.GetSourceIndex(offset - 1) + 1);
        }

        // Whitespace, punctuation, symbols and controls never belong to a token of the tokenizers a char filter feeds.
        private static bool IsSeparator(char c) =>
            char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c) || char.IsControl(c);

        // The first whitespace character after the last character normalization kept, or -1.
        private static int FindTrimmedTail(NormalizedText text)
        {
            if (text.Text.Length == 0)
            {
                return -1;
            }

            string original = text.Original;
            for (int i = text.GetSourceIndex(text.Text.Length - 1) + 1; i < original.Length; i++)
            {
                if (char.IsWhiteSpace(original[i]))
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
