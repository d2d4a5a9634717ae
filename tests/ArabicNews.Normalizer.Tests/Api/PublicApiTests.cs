using System;
using System.IO;
using System.Linq;
using System.Text;
using ArabicNews.Text;
using Xunit;

namespace ArabicNews.Tests.Api
{
    /// <summary>
    /// The library's public surface must equal the checked-in <c>Api/ArabicNews.Normalizer.api.txt</c>, so that no
    /// change alters it by accident. After an intended change, regenerate the file and commit it with the change:
    /// <c>ARABICNEWS_UPDATE_API=1 dotnet test Normalizer.sln -c Release --filter PublicApiTests</c>.
    /// </summary>
    public class PublicApiTests
    {
        private const string BaselineName = "ArabicNews.Normalizer.api.txt";

        [Fact]
        public void PublicSurfaceMatchesTheBaseline()
        {
            var actual = PublicApiFormatter.Format(typeof(ArabicNormalizer).Assembly);
            string actualText = string.Join("\n", actual) + "\n";
            if (Environment.GetEnvironmentVariable("ARABICNEWS_UPDATE_API") == "1")
            {
                File.WriteAllText(Path.Combine(SourceFolder(), "Api", BaselineName), actualText, new UTF8Encoding(false));
                return;
            }

            string[] expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Api", BaselineName)).Replace("\r\n", "\n").TrimEnd('\n').Split('\n');
            var removed = expected.Except(actual, StringComparer.Ordinal).ToList();
            var added = actual.Except(expected, StringComparer.Ordinal).ToList();
            if (removed.Count > 0 || added.Count > 0)
            {
                Assert.Fail(
                    "The public API differs from Api/" + BaselineName + ".\n" +
                    string.Concat(removed.Select(line => "- " + line + "\n")) +
                    string.Concat(added.Select(line => "+ " + line + "\n")) +
                    "If the change is intended: ARABICNEWS_UPDATE_API=1 dotnet test Normalizer.sln -c Release --filter PublicApiTests");
            }
        }

        [Fact]
        public void TheFormatterSeesEveryKindOfMember()
        {
            var lines = PublicApiFormatter.Format(typeof(ArabicNormalizer).Assembly);
            Assert.Contains("public sealed class ArabicNews.Text.ArabicNormalizer", lines);
            Assert.Contains(lines, l => l.Contains("ArabicNormalizer: public bool TryNormalize(System.ReadOnlySpan<char> source, System.Span<char> destination, out int written)", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.Contains("ArabicNormalizer: public static ArabicNews.Text.ArabicNormalizer Search { get; }", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.Contains("(int Start, int Length) MapToSource(int start, int length)", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.Contains("bool TryParse(string? text, out ArabicNews.Calendars.HijriDate date)", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.Contains("HijriCalendarKind kind = ArabicNews.Calendars.HijriCalendarKind.UmmAlQura)", StringComparison.Ordinal));
            Assert.Contains("[Flags] public enum ArabicNews.Text.ArabicNormalizerOptions : int", lines);
            Assert.DoesNotContain(lines, l => l.Contains("NormalizationEngine", StringComparison.Ordinal));
        }

        // The test project's folder, found from the build output so that the answer does not depend on path maps.
        private static string SourceFolder()
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "ArabicNews.Normalizer.Tests.csproj")))
                {
                    return folder.FullName;
                }
            }

            throw new InvalidOperationException("The test project's folder was not found above " + AppContext.BaseDirectory);
        }
    }
}
