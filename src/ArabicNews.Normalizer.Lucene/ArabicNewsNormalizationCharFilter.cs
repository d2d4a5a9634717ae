using System;
using System.Buffers;
using System.IO;
using ArabicNews.Text;
using Lucene.Net.Analysis;

namespace ArabicNews.Lucene
{
    /// <summary>
    /// A Lucene.NET <see cref="CharFilter"/> that normalizes text with an <see cref="ArabicNormalizer"/> before it is
    /// tokenized, and corrects offsets through the normalizer's offset map: every token's start and end offsets point
    /// into the original text, so a highlighter marks the raw article, diacritics, tatweel and all.
    /// </summary>
    /// <remarks>
    /// The filter reads its whole input on the first read (a news article, not a stream of gigabytes) and normalizes it
    /// in one pass; text that is already normalized is passed through without a copy. Like every char filter, an
    /// instance reads one document: analyzers create a new one per field value.
    /// </remarks>
    public sealed class ArabicNewsNormalizationCharFilter : CharFilter
    {
        // Big enough for most news articles in one read.
        private const int InitialReadBuffer = 8192;

        private readonly ArabicNormalizer _normalizer;

        // Before the first read both are null; afterwards exactly one is set: the text when normalization changed
        // nothing (offsets are then unchanged), the offset map otherwise.
        private string? _unchanged;
        private SourceOffsets? _offsets;
        private int _position;

        /// <summary>Creates a char filter that normalizes with the <see cref="ArabicNormalizer.Search"/> preset.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
        public ArabicNewsNormalizationCharFilter(TextReader input)
            : this(input, ArabicNormalizer.Search)
        {
        }

        /// <summary>Creates a char filter that normalizes with <paramref name="normalizer"/>.</summary>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        public ArabicNewsNormalizationCharFilter(TextReader input, ArabicNormalizer normalizer)
            : base(input ?? throw new ArgumentNullException(nameof(input)))
        {
            _normalizer = normalizer ?? throw new ArgumentNullException(nameof(normalizer));
        }

        /// <summary>The normalizer this filter applies.</summary>
        public ArabicNormalizer Normalizer => _normalizer;

        /// <summary>Reads up to <paramref name="count"/> normalized characters; returns 0 at the end of the text.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="buffer"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException">The range is outside <paramref name="buffer"/>.</exception>
        public override int Read(char[] buffer, int index, int count)
        {
            if (buffer is null)
            {
                throw new ArgumentNullException(nameof(buffer));
            }

            if (index < 0 || count < 0 || index > buffer.Length - count)
            {
                throw new ArgumentOutOfRangeException(nameof(index), "The range is outside the buffer.");
            }

            EnsureNormalized();
            int length = Math.Min(count, FilteredLength - _position);
            if (length <= 0)
            {
                return 0;
            }

            if (_unchanged is not null)
            {
                _unchanged.CopyTo(_position, buffer, index, length);
            }
            else
            {
                _offsets!.CopyTo(_position, buffer, index, length);
            }

            _position += length;
            return length;
        }

        /// <summary>Reads the next normalized character, or returns -1 at the end of the text.</summary>
        public override int Read()
        {
            int c = Peek();
            if (c >= 0)
            {
                _position++;
            }

            return c;
        }

        /// <summary>Returns the next normalized character without reading it, or -1 at the end of the text.</summary>
        public override int Peek()
        {
            EnsureNormalized();
            if (_position >= FilteredLength)
            {
                return -1;
            }

            return _unchanged is not null ? _unchanged[_position] : _offsets![_position];
        }

        /// <summary>Maps an offset in the normalized text to the corresponding offset in the original text.</summary>
        protected override int Correct(int currentOff)
        {
            EnsureNormalized();
            if (_unchanged is not null)
            {
                return Math.Min(Math.Max(currentOff, 0), _unchanged.Length);
            }

            return _offsets!.Correct(currentOff);
        }

        private int FilteredLength => _unchanged is not null ? _unchanged.Length : _offsets!.Length;

        private void EnsureNormalized()
        {
            if (_unchanged is not null || _offsets is not null)
            {
                return;
            }

            string original = ReadAll(m_input);
            if (_normalizer.IsNormalized(original.AsSpan()))
            {
                _unchanged = original;
            }
            else
            {
                _offsets = new SourceOffsets(_normalizer.NormalizeWithOffsets(original));
            }
        }

        // Not TextReader.ReadToEnd: char filters ported from Java (HTMLStripCharFilter, MappingCharFilter) return -1, not
        // 0, at the end of their input. A pooled buffer that doubles leaves one allocation: the string itself.
        private static string ReadAll(TextReader input)
        {
            if (input is StringReader)
            {
                return input.ReadToEnd();
            }

            char[] buffer = ArrayPool<char>.Shared.Rent(InitialReadBuffer);
            try
            {
                int length = 0;
                int read;
                while ((read = input.Read(buffer, length, buffer.Length - length)) > 0)
                {
                    length += read;
                    if (length == buffer.Length)
                    {
                        char[] larger = ArrayPool<char>.Shared.Rent(buffer.Length * 2);
                        buffer.AsSpan(0, length).CopyTo(larger);
                        ArrayPool<char>.Shared.Return(buffer);
                        buffer = larger;
                    }
                }

                return new string(buffer, 0, length);
            }
            finally
            {
                ArrayPool<char>.Shared.Return(buffer);
            }
        }
    }
}
