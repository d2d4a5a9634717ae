using System;
using System.IO;
using System.Text;

namespace ArabicNews.Cli.Input
{
    /// <summary>
    /// Decodes a byte stream as UTF-8 whatever the console's encoding, skipping a leading byte order mark (a UTF-16
    /// one switches to UTF-16, as the command always accepted). Invalid
    /// bytes become U+FFFD (one per invalid sequence) and are counted, with the line of the first one, so that the
    /// command can say so once on stderr instead of failing or silently changing the text.
    /// </summary>
    internal sealed class Utf8InputReader : TextReader
    {
        private const int ChunkSize = 64 * 1024;

        private readonly Stream _stream;
        private readonly bool _ownsStream;
        private Decoder _decoder;
        private readonly CountingFallback _fallback = new CountingFallback();
        private readonly byte[] _bytes = new byte[ChunkSize];
        private readonly char[] _chars;
        private int _charCount;
        private int _charPosition;
        private bool _atStart = true;
        private bool _finished;
        private long _linesBeforeChunk;

        /// <summary>Opens a file for one front-to-back read; the reader does the buffering, so the stream does none.</summary>
        public static FileStream OpenFile(string path) =>
            new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);

        public Utf8InputReader(Stream stream, bool ownsStream)
        {
            _stream = stream;
            _ownsStream = ownsStream;
            var encoding = (Encoding)new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).Clone();
            encoding.DecoderFallback = _fallback;
            _decoder = encoding.GetDecoder();
            _chars = new char[encoding.GetMaxCharCount(ChunkSize)];
        }

        /// <summary>How many invalid UTF-8 sequences were replaced with U+FFFD so far.</summary>
        public long InvalidSequences => _fallback.Count;

        /// <summary>UTF-8, or UTF-16 after a UTF-16 byte order mark: for messages.</summary>
        public string EncodingName { get; private set; } = "UTF-8";

        /// <summary>The 1-based line of the first invalid sequence, or 0 when there was none.</summary>
        public long FirstInvalidLine { get; private set; }

        /// <summary>
        /// The message the commands print once per input when <see cref="InvalidSequences"/> is not 0:
        /// <paramref name="name"/>, the line of the first invalid sequence, and how many were replaced.
        /// </summary>
        public string DescribeInvalid(string name) =>
            $"{name}:{FirstInvalidLine}: invalid {EncodingName}; {InvalidSequences} sequence(s) replaced with U+FFFD";

        public override int Peek() => Fill() ? _chars[_charPosition] : -1;

        public override int Read() => Fill() ? _chars[_charPosition++] : -1;

        public override int Read(char[] buffer, int index, int count)
        {
            if (count == 0 || !Fill())
            {
                return 0;
            }

            int n = Math.Min(count, _charCount - _charPosition);
            Array.Copy(_chars, _charPosition, buffer, index, n);
            _charPosition += n;
            return n;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && _ownsStream)
            {
                _stream.Dispose();
            }

            base.Dispose(disposing);
        }

        private bool Fill()
        {
            while (_charPosition == _charCount)
            {
                if (_finished)
                {
                    return false;
                }

                int read = ReadChunk();
                int start = 0;
                if (_atStart && read > 0)
                {
                    _atStart = false;
                    start = SkipByteOrderMark(read);
                }

                long before = _fallback.Count;
                _charPosition = 0;
                _charCount = _decoder.GetChars(_bytes, start, read - start, _chars, 0, flush: read == 0);
                if (before == 0 && _fallback.Count > 0)
                {
                    // The first replacement written is the first bad sequence (unless the text itself held a U+FFFD
                    // before it, which only makes the line reported earlier, never later).
                    int at = Array.IndexOf(_chars, '\uFFFD', 0, _charCount);
                    FirstInvalidLine = _linesBeforeChunk + CountLineFeeds(_chars, at < 0 ? _charCount : at) + 1;
                }

                _linesBeforeChunk += CountLineFeeds(_chars, _charCount);
                _finished = read == 0;
            }

            return true;
        }

        // UTF-8 is the rule; a UTF-16 byte order mark switches to UTF-16, as StreamReader's detection does.
        private int SkipByteOrderMark(int read)
        {
            if (read >= 3 && _bytes[0] == 0xEF && _bytes[1] == 0xBB && _bytes[2] == 0xBF)
            {
                return 3;
            }

            if (read >= 2 && ((_bytes[0] == 0xFF && _bytes[1] == 0xFE) || (_bytes[0] == 0xFE && _bytes[1] == 0xFF)))
            {
                var utf16 = (Encoding)new UnicodeEncoding(bigEndian: _bytes[0] == 0xFE, byteOrderMark: false).Clone();
                utf16.DecoderFallback = _fallback;
                _decoder = utf16.GetDecoder();
                EncodingName = "UTF-16";
                return 2;
            }

            return 0;
        }

        // Reads until at least 4 KB have arrived (or the input ends): a pipe that delivers a few bytes at a time does not
        // make the decoder work on tiny pieces, and an interactive stdin is not held back waiting for a full chunk.
        private int ReadChunk()
        {
            int total = 0;
            while (total < _bytes.Length)
            {
                int n = _stream.Read(_bytes, total, _bytes.Length - total);
                if (n == 0)
                {
                    break;
                }

                total += n;
                if (total >= 4096)
                {
                    break;
                }
            }

            return total;
        }

        private static long CountLineFeeds(char[] chars, int end)
        {
            long count = 0;
            var span = chars.AsSpan(0, end);
            int i;
            while ((i = span.IndexOf('\n')) >= 0)
            {
                count++;
                span = span.Slice(i + 1);
            }

            return count;
        }

        /// <summary>Replaces each invalid sequence with U+FFFD and counts them.</summary>
        private sealed class CountingFallback : DecoderFallback
        {
            public long Count { get; private set; }

            public override int MaxCharCount => 1;

            public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

            private void Record() => Count++;

            private sealed class Buffer : DecoderFallbackBuffer
            {
                private readonly CountingFallback _owner;
                private bool _pending;

                public Buffer(CountingFallback owner) => _owner = owner;

                public override int Remaining => _pending ? 1 : 0;

                public override bool Fallback(byte[] bytesUnknown, int index)
                {
                    _owner.Record();
                    _pending = true;
                    return true;
                }

                public override char GetNextChar()
                {
                    if (!_pending)
                    {
                        return '\0';
                    }

                    _pending = false;
                    return '\uFFFD';
                }

                public override bool MovePrevious() => false;

                public override void Reset() => _pending = false;
            }
        }
    }
}
