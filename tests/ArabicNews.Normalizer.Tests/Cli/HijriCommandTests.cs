using System;
using System.Linq;
using System.Text;
using ArabicNews.Calendars;
using Xunit;

namespace ArabicNews.Tests.Cli
{
    public class HijriCommandTests
    {
        [Fact]
        public void ConvertsBothWays()
        {
            Assert.Equal((0, "2024-03-25\n", string.Empty), Cli.Run("hijri", "1445-09-15"));
            Assert.Equal((0, "1445-09-15\n", string.Empty), Cli.Run("hijri", "--from-gregorian", "2024-03-25"));
            Assert.Equal((0, "1446-01-01\n", string.Empty), Cli.Run("hijri", "--calendar", "tabular", "--from-gregorian", "2024-07-07"));
            Assert.Equal((0, "2024-07-07\n2024-03-24\n", string.Empty), Cli.Run("hijri", "--calendar=tabular", "1446-01-01", "1445-09-15"));
        }

        [Theory]
        [InlineData(HijriCalendarKind.UmmAlQura, "umm-al-qura")]
        [InlineData(HijriCalendarKind.Tabular, "tabular")]
        public void AgreesWithTheLibraryDayAfterDay(HijriCalendarKind kind, string name)
        {
            var days = Enumerable.Range(0, 400).Select(i => new DateTime(1990, 1, 1).AddDays(i * 53)).ToArray();
            string gregorian = string.Concat(days.Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "\n"));
            string hijri = string.Concat(days.Select(d => HijriCalendar.FromGregorian(d, kind) + "\n"));
            Assert.Equal((0, hijri, string.Empty), Cli.Run(new[] { "hijri", "--from-gregorian", "--calendar", name }, gregorian));
            Assert.Equal((0, gregorian, string.Empty), Cli.Run(new[] { "hijri", "--calendar", name }, hijri));
        }

        [Fact]
        public void ReadsStdinSkippingBlankLines() =>
            Assert.Equal((0, "2024-03-25\n1900-04-30\n", string.Empty), Cli.Run(new[] { "hijri" }, "\n1445-09-15\r\n  \n 1318-01-01 \n"));

        [Theory]
        [InlineData("1445-13-01", "not a Hijri date")]
        [InlineData("1445-9-15", "not a Hijri date")]
        [InlineData("١٤٤٥-٠٩-١٥", "not a Hijri date")]
        [InlineData("1600-01-01", "outside the umm-al-qura calendar")]
        [InlineData("1317-12-29", "outside the umm-al-qura calendar")]
        [InlineData("1445-10-30", "has 29 days under umm-al-qura")]
        public void BadHijriDatesAreBadInput(string date, string message)
        {
            var (exit, output, error) = Cli.Run("hijri", date);
            Assert.Equal((1, string.Empty), (exit, output));
            Assert.Contains(message, error, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("2023-02-29", "not a Gregorian date")]
        [InlineData("24-03-25", "not a Gregorian date")]
        [InlineData("2100-01-01", "outside the umm-al-qura calendar")]
        public void BadGregorianDatesAreBadInput(string date, string message)
        {
            var (exit, _, error) = Cli.Run("hijri", "--from-gregorian", date);
            Assert.Equal(1, exit);
            Assert.Contains(message, error, StringComparison.Ordinal);
        }

        [Fact]
        public void StdinErrorsNameTheLine()
        {
            var (exit, output, error) = Cli.Run(new[] { "hijri" }, "1445-09-15\n\n1445-13-01\n1445-09-16\n");
            Assert.Equal(1, exit);
            Assert.Equal("2024-03-25\n", output);
            Assert.StartsWith("arnews hijri: <stdin>:3: '1445-13-01' is not a Hijri date", error, StringComparison.Ordinal);
        }

        [Fact]
        public void InvalidUtf8OnStdinIsBadInputWithItsLine()
        {
            var bytes = Encoding.UTF8.GetBytes("1445-09-15\n").Concat(new byte[] { 0x31, 0xFF, 0x34, 0x0A }).ToArray();
            var (exit, output, error) = Cli.Run(new[] { "hijri" }, bytes);
            Assert.Equal((1, "2024-03-25\n"), (exit, output));
            Assert.Contains("<stdin>:2:", error, StringComparison.Ordinal);
            Assert.Contains("\uFFFD", error, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("hijri", "--calendar", "persian", "1445-09-15")]
        [InlineData("hijri", "--calendar")]
        [InlineData("hijri", "--from-gregorian=yes")]
        [InlineData("hijri", "-x")]
        public void BadUsageIsTwo(params string[] args)
        {
            var (exit, _, error) = Cli.Run(args);
            Assert.Equal(2, exit);
            Assert.Contains("arnews hijri --help", error, StringComparison.Ordinal);
        }
    }
}
