using System;
using System.Buffers;
using System.IO;
using ArabicNews.Text;

namespace ArabicNews.Lucene
{
    /// <summary>
    /// One field value, normalized, with its offset map, in buffers rented from the shared pool: the text a char filter
    /// hands to the tokenizer, and the way back from a boundary in it to a boundary in the original.
    /// </summary>
    /// <remarks>
    /// Lucene asks for one offset at a time and does not say whether it starts or ends a token, so the characters on
    /// either side decide: a boundary where a word begins after a separator is a token start and maps to the source of
    /// the character after it; any other boundary may end a token and maps past the source of the character before it,
    /// taking in the diacritics, tatweel and invisibles the normalizer removed there. The text handed on is followed by
    /// one space when the original ends in whitespace that normalization trimmed; that space maps to the first trimmed
    /// character, so that the last token ends where its word ends while the final offset is the original's length.
    /// </remarks>
    internal sealed class NormalizedDocument
    {
        // Big enough for most news articles in one read.
        private const int InitialReadBuffer = 8192;

        // The largest char or int array the runtime allocates (Array.MaxLength, which netstandard2.0 lacks).
        private const int MaxArrayLength = 0x7FFFFFC7;

        private char[] _text;
        private readonly int _textLength;

        // Null when normalization changed nothing: the text is the original and offsets are unchanged.
        private int[]? _sources;
        private readonly int _originalLength;
        private readonly int _tailIndex;

        private NormalizedDocument(char[] text, int textLength, int[]? sources, int originalLength, int tailIndex)
        {
            _text = text;
            _textLength = textLength;
            _sources = sources;
            _originalLength = originalLength;
            _tailIndex = tailIndex;
        }

        /// <summary>The number of characters handed to the tokenizer: the normalized text and the trailing space, if any.</summary>
        public int Length => _textLength + (_tailIndex >= 0 ? 1 : 0);

        /// <summary>The character at <paramref name="index"/> of the text handed to the tokenizer.</summary>
        public char this[int index] => index < _textLength ? _text[index] : ' ';

        /// <summary>Reads everything <paramref name="input"/> holds and normalizes it.</summary>
        public static NormalizedDocument Read(TextReader input, ArabicNormalizer normalizer)
        {
            char[] original = ReadAll(input, out int originalLength);
            var source = new ReadOnlySpan<char>(original, 0, originalLength);
            if (normalizer.IsNormalized(source))
            {
                return new NormalizedDocument(original, originalLength, null, originalLength, -1);
            }

            try
            {
                // Most text grows little: start near the input size, retry larger in the rare case it is not enough.
                int max = MaxOutputLength(normalizer, originalLength);
                int capacity = Math.Min(originalLength + (originalLength >> 3) + 16, max);
                while (true)
                {
                    char[] text = ArrayPool<char>.Shared.Rent(capacity);
                    int[] sources = ArrayPool<int>.Shared.Rent(capacity);
                    if (normalizer.TryNormalizeWithOffsets(source, text.AsSpan(0, capacity), sources.AsSpan(0, capacity), out int written))
                    {
                        int tail = FindTrimmedTail(source, written == 0 ? -1 : sources[written - 1]);
                        return new NormalizedDocument(text, written, sources, originalLength, written == 0 ? -1 : tail);
                    }

                    ArrayPool<char>.Shared.Return(text);
                    ArrayPool<int>.Shared.Return(sources);
                    if (capacity >= max)
                    {
                        throw new InvalidOperationException("Normalization exceeded its own maximum output length.");
                    }

                    capacity = (int)Math.Min(4L * capacity, max);
                }
            }
            finally
            {
                ArrayPool<char>.Shared.Return(original);
            }
        }

        /// <summary>Copies characters of the text handed to the tokenizer.</summary>
        public void CopyTo(int index, char[] destination, int destinationIndex, int count)
        {
            int fromText = Math.Max(0, Math.Min(count, _textLength - index));
            if (fromText > 0)
            {
                Array.Copy(_text, index, destination, destinationIndex, fromText);
            }

            if (fromText < count)
            {
                destination[destinationIndex + fromText] = ' ';
            }
        }

        /// <summary>The offset in the original text of boundary <paramref name="offset"/> of the text handed to the tokenizer.</summary>
        public int Correct(int offset)
        {
            int[]? sources = _sources;
            if (sources is null)
            {
                return Math.Min(Math.Max(offset, 0), _originalLength);
            }

            if (offset >= Length)
            {
                return _originalLength;
            }

            if (offset >= _textLength)
            {
                return _tailIndex;
            }

            if (offset <= 0)
            {
                return sources[0];
            }

            int next = sources[offset];
            if (IsSeparator(_text[offset - 1]) && !IsSeparator(_text[offset]))
            {
                return next;
            }

            // Inside an expansion (ﷺ → صلى الله عليه وسلم) every character has the same source: end after it.
            return Math.Max(next, sources[offset - 1] + 1);
        }

        /// <summary>Gives the buffers back to the pool; the document cannot be read afterwards.</summary>
        public void Release()
        {
            ArrayPool<char>.Shared.Return(_text);
            _text = Array.Empty<char>();
            if (_sources is not null)
            {
                ArrayPool<int>.Shared.Return(_sources);
                _sources = Array.Empty<int>();
            }
        }

        // Whitespace, punctuation, symbols and controls never belong to a token of the tokenizers a char filter feeds.
        // Correct asks about one or two characters of every offset, almost all of them Arabic letters, for which the
        // runtime's category lookups cost more than the rest of the char filter's own work (about a fifth of the time of
        // a WhitespaceTokenizer chain through it): so one bit per UTF-16 code unit, built once from them.
        internal static bool IsSeparator(char c) => (Separators[c >> 6] & (1UL << (c & 63))) != 0;

        private static readonly ulong[] Separators = BuildSeparators();

        // From the runtime's own Unicode data (not culture data: the same under InvariantGlobalization).
        private static ulong[] BuildSeparators()
        {
            var bits = new ulong[0x10000 / 64];
            for (int c = 0; c < 0x10000; c++)
            {
                char ch = (char)c;
                if (char.IsWhiteSpace(ch) || char.IsPunctuation(ch) || char.IsSymbol(ch) || char.IsControl(ch))
                {
                    bits[c >> 6] |= 1UL << (c & 63);
                }
            }

            return bits;
        }

        // The first whitespace character after the source of the last character normalization kept, or -1.
        private static int FindTrimmedTail(ReadOnlySpan<char> original, int lastSource)
        {
            for (int i = lastSource + 1; i < original.Length; i++)
            {
                if (char.IsWhiteSpace(original[i]))
                {
                    return i;
                }
            }

            return -1;
        }

        private static int MaxOutputLength(ArabicNormalizer normalizer, int sourceLength)
        {
            // The bound grows with the length; past the largest array, the largest array is all there is to try.
            long bound = (long)normalizer.GetMaxOutputLength(1) * sourceLength;
            return bound <= MaxArrayLength ? normalizer.GetMaxOutputLength(sourceLength) : MaxArrayLength;
        }

        // Not TextReader.ReadToEnd: char filters ported from Java (HTMLStripCharFilter, MappingCharFilter) return -1, not
        // 0, at the end of their input. The buffer is rented and doubles as needed.
        private static char[] ReadAll(TextReader input, out int length)
        {
            char[] buffer = ArrayPool<char>.Shared.Rent(InitialReadBuffer);
            length = 0;
            try
            {
                int read;
                while ((read = input.Read(buffer, length, buffer.Length - length)) > 0)
                {
                    length += read;
                    if (length == buffer.Length)
                    {
                        char[] larger = ArrayPool<char>.Shared.Rent(buffer.Length * 2);
                        Array.Copy(buffer, larger, length);
                        ArrayPool<char>.Shared.Return(buffer);
                        buffer = larger;
                    }
                }

                return buffer;
            }
            catch
            {
                ArrayPool<char>.Shared.Return(buffer);
                throw;
            }
        }
    }
}
