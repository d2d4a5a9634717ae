using System;
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
    /// in one pass, in buffers rented from the shared pool and given back on <see cref="TextReader.Dispose()"/>, which
    /// Lucene's tokenizers call after each field value; text that is already normalized is passed on as read. Like
    /// every char filter, an instance reads one field value: analyzers create a new one for each.
    /// </remarks>
    public sealed class ArabicNewsNormalizationCharFilter : CharFilter
    {
        private readonly ArabicNormalizer _normalizer;

        // Null before the first read, and again once disposed.
        private NormalizedDocument? _document;
        private int _position;
        private bool _disposed;

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
        /// <exception cref="ObjectDisposedException">The filter has been disposed.</exception>
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

            NormalizedDocument document = Document();
            int length = Math.Min(count, document.Length - _position);
            if (length <= 0)
            {
                return 0;
            }

            document.CopyTo(_position, buffer, index, length);
            _position += length;
            return length;
        }

        /// <summary>Reads the next normalized character, or returns -1 at the end of the text.</summary>
        /// <exception cref="ObjectDisposedException">The filter has been disposed.</exception>
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
        /// <exception cref="ObjectDisposedException">The filter has been disposed.</exception>
        public override int Peek()
        {
            NormalizedDocument document = Document();
            return _position < document.Length ? document[_position] : -1;
        }

        /// <summary>Maps an offset in the normalized text to the corresponding offset in the original text.</summary>
        /// <exception cref="ObjectDisposedException">The filter has been disposed.</exception>
        protected override int Correct(int currentOff) => Document().Correct(currentOff);

        /// <summary>Gives the filter's buffers back to the shared pool and disposes the input.</summary>
        protected override void Dispose(bool disposing)
        {
            if (disposing && !_disposed)
            {
                _disposed = true;
                _document?.Release();
                _document = null;
            }

            base.Dispose(disposing);
        }

        private NormalizedDocument Document()
        {
            if (_document is not null)
            {
                return _document;
            }

            if (_disposed)
            {
                throw new ObjectDisposedException(nameof(ArabicNewsNormalizationCharFilter));
            }

            return _document = NormalizedDocument.Read(m_input, _normalizer);
        }
    }
}
