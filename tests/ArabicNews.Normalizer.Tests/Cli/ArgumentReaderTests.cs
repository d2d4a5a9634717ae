using ArabicNews.Cli.CommandLine;
using Xunit;

namespace ArabicNews.Tests.Cli
{
    public class ArgumentReaderTests
    {
        private static readonly Option Out = new Option("--out", "-o", takesValue: true);
        private static readonly Option Quiet = new Option("--quiet", "-q");
        private static readonly Option[] Options = { Out, Quiet };

        private static ArgumentReader Read(params string[] args)
        {
            Assert.True(ArgumentReader.TryRead(args, Options, out var reader, out string error), error);
            return reader;
        }

        private static string Error(params string[] args)
        {
            Assert.False(ArgumentReader.TryRead(args, Options, out _, out string error));
            return error;
        }

        [Theory]
        [InlineData("--out", "dir")]
        [InlineData("--out=dir")]
        [InlineData("-o", "dir")]
        [InlineData("--out", "first", "--out", "dir")]
        public void ReadsEveryFormOfAValue(params string[] args) => Assert.Equal("dir", Read(args).ValueOf(Out));

        [Fact]
        public void SeparatesSwitchesFromOperands()
        {
            var reader = Read("a.txt", "-q", "-", "b.txt");
            Assert.True(reader.Has(Quiet));
            Assert.Null(reader.ValueOf(Out));
            Assert.Equal(new[] { "a.txt", "-", "b.txt" }, reader.Operands);
            Assert.False(reader.WantsHelp);
        }

        [Fact]
        public void DoubleDashEndsTheOptions() => Assert.Equal(new[] { "--quiet", "-o" }, Read("--", "--quiet", "-o").Operands);

        [Fact]
        public void HelpIsUnderstoodEverywhere()
        {
            Assert.True(Read("-h").WantsHelp);
            Assert.True(Read("x", "--help").WantsHelp);
        }

        [Fact]
        public void UsageErrorsSayWhatIsWrong()
        {
            Assert.Contains("'--frobnicate'", Error("--frobnicate"), System.StringComparison.Ordinal);
            Assert.Contains("needs a value", Error("--out"), System.StringComparison.Ordinal);
            Assert.Contains("needs a value", Error("--out="), System.StringComparison.Ordinal);
            Assert.Contains("takes no value", Error("--quiet=yes"), System.StringComparison.Ordinal);
        }
    }
}
