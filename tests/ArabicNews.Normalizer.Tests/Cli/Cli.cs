using System;
using System.IO;
using System.Text;
using ArabicNews.Cli;

namespace ArabicNews.Tests.Cli
{
    /// <summary>Runs <c>arnews</c> in process with the given arguments and stdin bytes, capturing both outputs.</summary>
    internal static class Cli
    {
        public static (int Exit, string Out, string Err) Run(params string[] args) => Run(args, Array.Empty<byte>());

        public static (int Exit, string Out, string Err) Run(string[] args, string stdin) => Run(args, Encoding.UTF8.GetBytes(stdin));

        public static (int Exit, string Out, string Err) Run(string[] args, byte[] stdin, bool errorIsTerminal = false)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            int exit = Program.Run(args, new MemoryStream(stdin), output, error, errorIsTerminal);
            return (exit, output.ToString(), error.ToString());
        }

        /// <summary>A fresh empty folder under the temp folder, deleted when disposed.</summary>
        public sealed class TempFolder : IDisposable
        {
            public TempFolder()
            {
                Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "arnews-tests-" + Guid.NewGuid().ToString("N"));
                Directory.CreateDirectory(Path);
            }

            public string Path { get; }

            public string File(string relative, string content)
            {
                string path = System.IO.Path.Combine(Path, relative);
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
                System.IO.File.WriteAllText(path, content, new UTF8Encoding(false));
                return path;
            }

            public void Dispose()
            {
                try
                {
                    Directory.Delete(Path, recursive: true);
                }
                catch (IOException)
                {
                }
                catch (UnauthorizedAccessException)
                {
                }
            }
        }
    }
}
