using System;
using System.IO;
using System.Text;

namespace ArabicNews.Cli.Output
{
    /// <summary>
    /// Writes a file through a temporary file in the same folder, renamed over the target only once everything is
    /// written and flushed: a crash, a full disk or a bad input leaves either the old file or none, never half of one.
    /// </summary>
    internal sealed class AtomicFileWriter : IDisposable
    {
        private readonly string _path;
        private readonly string _temporaryPath;
        private readonly FileStream _stream;
        private bool _committed;

        public AtomicFileWriter(string path)
        {
            _path = path;
            string folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
            _temporaryPath = Path.Combine(folder, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp");
            _stream = new FileStream(_temporaryPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024);
            Writer = new StreamWriter(_stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 64 * 1024);
        }

        /// <summary>The UTF-8 writer into the temporary file.</summary>
        public TextWriter Writer { get; }

        /// <summary>Flushes to disk and renames the temporary file over the target.</summary>
        public void Commit()
        {
            Writer.Flush();
            _stream.Flush(flushToDisk: true);
            Writer.Dispose();
            File.Move(_temporaryPath, _path, overwrite: true);
            _committed = true;
        }

        /// <summary>Without <see cref="Commit"/>, deletes the temporary file and leaves the target untouched.</summary>
        public void Dispose()
        {
            if (_committed)
            {
                return;
            }

            try
            {
                Writer.Dispose();
            }
            catch (IOException)
            {
                // The flush of a failed write failed too (a full disk); the temporary file is deleted all the same.
            }

            try
            {
                File.Delete(_temporaryPath);
            }
            catch (IOException)
            {
                // Nothing more can be done; the target itself was never touched.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
