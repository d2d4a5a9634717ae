using System;
using System.IO;
using Xunit;

namespace ArabicNews.Lucene.Tests.Readme
{
    /// <summary>The README's "Using with Lucene.NET" example compiles (it is ReadmeExample.cs) and prints what its comment says.</summary>
    [Collection("Console")]
    public class ReadmeExampleTests
    {
        // The comment under the example in the README, line for line.
        private const string Expected =
            "0: الأميركيّة | البنتاغون\n" +
            "1: البنتاجــون | حزيران | ٢٠٢٤\n";

        [Fact]
        public void TheExamplePrintsWhatTheReadmeSays()
        {
            TextWriter console = Console.Out;
            var output = new StringWriter { NewLine = "\n" };
            try
            {
                Console.SetOut(output);
                ReadmeExample.Run();
            }
            finally
            {
                Console.SetOut(console);
            }

            Assert.Equal(Expected, output.ToString());
        }
    }
}
