using System.IO;
using System.Text;

namespace ArabicNews.Cli.Output
{
    /// <summary>Passes writes through and counts them, to know whether an input produced any text.</summary>
    internal sealed class CountingWriter : TextWriter
    {
        private readonly TextWriter _inner;

        public CountingWriter(TextWriter inner) => _inner = inner;

        public long Count { get; private set; }

        public override Encoding Encoding => _inner.Encoding;

        public override void Write(char value)
        {
            _inner.Write(value);
            Count++;
        }

        public override void Write(char[] buffer, int index, int count)
        {
            _inner.Write(buffer, index, count);
            Count += count;
        }

        public override void Flush() => _inner.Flush();
    }
}
