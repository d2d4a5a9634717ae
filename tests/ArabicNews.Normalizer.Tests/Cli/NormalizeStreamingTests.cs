using System;
using System.IO;
using System.Text;
using ArabicNews.Cli;
using Xunit;

namespace ArabicNews.Tests.Cli
{
    /// <summary>
    /// <c>arnews normalize</c> streams: output starts long before the input ends and the input is never held whole, so
    /// a 1 GB file runs in bounded memory. Shown here on 16 MB delivered by a stream that makes its bytes up as it goes.
    /// </summary>
    public class NormalizeStreamingTests
    {
        private const long InputBytes = 16L * 1024 * 1024;

        [Fact]
        public void OutputStartsBeforeTheInputEndsAndLagsItByABoundedAmount()
        {
            var input = new RepeatingStream(Encoding.UTF8.GetBytes("قالت وزارة الدفاع الأميركيّة (البنتاغون) في بيان يوم الإثنين ١٥ رمضان إنّ القوات ستنسحب.\n"), InputBytes);
            var output = new WatchingWriter(input);
            int exit = Program.Run(new[] { "normalize", "--quiet" }, input, output, TextWriter.Null);

            Assert.Equal(0, exit);
            Assert.Equal(InputBytes, input.Position);
            Assert.True(output.InputReadAtFirstWrite < 4 * 1024 * 1024, $"first output after {output.InputReadAtFirstWrite} input bytes");
            Assert.True(output.LargestLag < 4 * 1024 * 1024, $"output lagged the input by up to {output.LargestLag} bytes");
            Assert.True(output.Characters > InputBytes / 4, "the text went through");
        }

        /// <summary>A read-only stream of one sample repeated to a given length, generated on the fly.</summary>
        private sealed class RepeatingStream : Stream
        {
            private readonly byte[] _sample;
            private readonly long _length;
            private long _position;

            public RepeatingStream(byte[] sample, long length)
            {
                _sample = sample;
                _length = length;
            }

            public override bool CanRead => true;

            public override bool CanSeek => false;

            public override bool CanWrite => false;

            public override long Length => _length;

            public override long Position
            {
                get => _position;
                set => throw new NotSupportedException();
            }

            public override int Read(byte[] buffer, int offset, int count)
            {
                int n = (int)Math.Min(count, _length - _position);
                for (int i = 0; i < n; i++)
                {
                    buffer[offset + i] = _sample[(_position + i) % _sample.Length];
                }

                _position += n;
                return n;
            }

            public override void Flush()
            {
            }

            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

            public override void SetLength(long value) => throw new NotSupportedException();

            public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        }

        /// <summary>Counts output and notes how far the input had been read at each write.</summary>
        private sealed class WatchingWriter : TextWriter
        {
            private readonly RepeatingStream _input;

            public WatchingWriter(RepeatingStream input) => _input = input;

            public long InputReadAtFirstWrite { get; private set; } = -1;

            public long LargestLag { get; private set; }

            public long Characters { get; private set; }

            public override Encoding Encoding => Encoding.UTF8;

            public override void Write(char value) => Written(1);

            public override void Write(char[] buffer, int index, int count) => Written(count);

            private void Written(int count)
            {
                if (InputReadAtFirstWrite < 0)
                {
                    InputReadAtFirstWrite = _input.Position;
                }

                Characters += count;

                // The output is about as long as the input in UTF-16 characters; a UTF-8 Arabic letter is two bytes.
                LargestLag = Math.Max(LargestLag, _input.Position - (2 * Characters));
            }
        }
    }
}
