using System;
using System.Linq;
using ArabicNews.Calendars;
using Xunit;

namespace ArabicNews.Tests.Cli
{
    public class MonthsCommandTests
    {
        [Fact]
        public void ListsEveryMonthOfEverySystem()
        {
            var (exit, output, error) = Cli.Run("months");
            Assert.Equal((0, string.Empty), (exit, error));
            string[] lines = output.TrimEnd('\n').Split('\n');
            Assert.Equal("month\tegypt-gulf\tlevant\tmaghreb\tmorocco\tlibya\thijri", lines[0]);
            Assert.Equal(13, lines.Length);
            var systems = new[] { MonthSystem.EgyptGulf, MonthSystem.Levant, MonthSystem.Maghreb, MonthSystem.Morocco, MonthSystem.Libya, MonthSystem.Hijri };
            for (int month = 1; month <= 12; month++)
            {
                Assert.Equal(month + "\t" + string.Join("\t", systems.Select(s => MonthNames.GetName(month, s))), lines[month]);
            }
        }

        [Fact]
        public void ListsOneSystem()
        {
            var (exit, output, _) = Cli.Run("months", "--system", "Levant");
            Assert.Equal(0, exit);
            Assert.Equal("month\tlevant\n" + string.Concat(Enumerable.Range(1, 12).Select(m => $"{m}\t{MonthNames.GetName(m, MonthSystem.Levant)}\n")), output);
        }

        [Theory]
        [InlineData("جوان\n", "months", "حزيران", "--to", "maghreb")]
        [InlineData("يناير\n", "months", "كانون الثاني", "--to", "egypt-gulf")]
        [InlineData("يناير\n", "months", "كانون", "الثاني", "--to", "egypt-gulf")]
        [InlineData("يوليوز\nغشت\n", "months", "--to", "morocco", "تموز", "أوت")]
        [InlineData("ذو الحجة\n", "months", "ذي الحجة", "--to", "hijri")]
        [InlineData("ديسمبر\n", "months", "ديســمبر", "--to", "egypt-gulf")]
        public void TranslatesNames(string expected, params string[] args) => Assert.Equal((0, expected, string.Empty), Cli.Run(args));

        [Fact]
        public void DescribesAName()
        {
            Assert.Equal((0, "حزيران\t6\tlevant\n", string.Empty), Cli.Run("months", "حزيران"));
            Assert.Equal((0, "مارس\t3\tegypt-gulf, maghreb, morocco\tambiguous\n", string.Empty), Cli.Run("months", "مارس"));
        }

        [Theory]
        [InlineData("months", "فلافل", "--to", "levant")]
        [InlineData("months", "محرم", "--to", "levant")]
        [InlineData("months", "حزيران", "--to", "hijri")]
        [InlineData("months", "فلافل")]
        public void UnknownOrCrossCalendarNamesAreBadInput(params string[] args)
        {
            var (exit, output, error) = Cli.Run(args);
            Assert.Equal(1, exit);
            Assert.Equal(string.Empty, output);
            Assert.Contains(args[1], error, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("months", "--to", "levant")]
        [InlineData("months", "حزيران", "--to", "syria")]
        [InlineData("months", "--system", "syria")]
        [InlineData("months", "حزيران", "--system", "levant")]
        [InlineData("months", "--to")]
        [InlineData("months", "--frobnicate")]
        public void BadUsageIsTwo(params string[] args)
        {
            var (exit, _, error) = Cli.Run(args);
            Assert.Equal(2, exit);
            Assert.Contains("arnews months --help", error, StringComparison.Ordinal);
        }

        [Fact]
        public void HelpIsZero()
        {
            var (exit, output, _) = Cli.Run("months", "--help");
            Assert.Equal(0, exit);
            Assert.Contains("--to SYSTEM", output, StringComparison.Ordinal);
        }
    }
}
