using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace ArabicNews.Cli.Input
{
    /// <summary>
    /// Passes reads through and, at most five times a second, rewrites one progress line on stderr: bytes done of the
    /// file's size and the rate in MB/s. Used only when stderr is a terminal and the input is a file.
    /// </summary>
    internal sealed class ProgressStream : Stream
    {
        private const long TicksBetweenUpdates = TimeSpan.TicksPerSecond / 5;

        private readonly Stream _inner;
        private readonly TextWriter _terminal;
        private readonly string _label;
        private readonly long _length;
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private long _done;
        private long _lastUpdate = -TicksBetweenUpdates; // the first read shows the line at once
        private bool _shown;

        public ProgressStream(Stream inner, TextWriter terminal, string label)
        {
            _inner = inner;
            _terminal = terminal;
            _label = label;
            _length = inner.CanSeek ? inner.Length : -1;
        }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => _done;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int n = _inner.Read(buffer, offset, count);
            _done += n;
            long now = _clock.Elapsed.Ticks;
            if (now - _lastUpdate >= TicksBetweenUpdates)
            {
                _lastUpdate = now;
                Show(now);
            }

            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                if (_shown)
                {
                    _terminal.Write("\r\u001b[K"); // erase the progress line so that it never mixes with later output
                }

                _inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private void Show(long ticks)
        {
            const double MB = 1024 * 1024;
            double seconds = Math.Max(ticks / (double)TimeSpan.TicksPerSecond, 1e-3);
            string done = (_done / MB).ToString("F1", CultureInfo.InvariantCulture);
            string total = _length >= 0 ? " / " + (_length / MB).ToString("F1", CultureInfo.InvariantCulture) : string.Empty;
            string rate = (_done / MB / seconds).ToString("F1", CultureInfo.InvariantCulture);
            _terminal.Write($"\r\u001b[K{_label}: {done}{total} MB, {rate} MB/s");
            _terminal.Flush();
            _shown = true;
        }
    }
}
