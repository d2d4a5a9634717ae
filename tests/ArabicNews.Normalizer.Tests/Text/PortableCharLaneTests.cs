using System.Linq;
using System.Runtime.Intrinsics;
using ArabicNews.Text;
using Xunit;

namespace ArabicNews.Tests.Text
{
    /// <summary>
    /// The 128-bit lane of CPUs without AVX2, called directly: which blocks it takes and what it writes. That its output
    /// is the scalar pass's is proved in <see cref="VectorCharPassTests"/>, which runs the engine with it on every machine
    /// with AVX2, and by CI's run of every test with AVX switched off.
    /// </summary>
    public class PortableCharLaneTests
    {
        // 40 characters of letters, ASCII and single spaces that every preset writes one for one but for the folds.
        private const string Taken = "وقال مؤتمر الأمم في ليلة إلى عام 2024 (o"; // no space in a block's last lane

        [Theory]
        [InlineData("search")]
        [InlineData("light")]
        [InlineData("lucene")]
        public void EveryPresetHasTheLaneWhereVectorsAreAccelerated(string profile)
        {
            var lane = PortableCharLane.Create(new NormalizationTables(NormalizationProfile.Parse(profile)));
            Assert.True(Vector128.IsHardwareAccelerated); // every x86-64 and ARM64 CPU
            Assert.NotNull(lane);
        }

        [Fact]
        public void TakesWholeBlocksOfLettersAsciiAndSingleSpacesAndFoldsTheirLetters()
        {
            var tables = new NormalizationTables(NormalizationProfile.Search);
            var lane = PortableCharLane.Create(tables)!;
            string text = Taken + "ب"; // the character after the last block, which it reads
            var (run, written) = RunLane(lane, text);
            Assert.Equal(40, Taken.Length);
            Assert.Equal(40, run);
            Assert.Equal(new string(Taken.Select(c => c == ' ' ? c : (char)tables.Actions[c]).ToArray()), written); // a single space stays
            Assert.Contains("الامم", written); // أ folded, and ؤ, ة, ى
            Assert.Contains("ليله الي", written);
            Assert.Contains("موتمر", written);
        }

        [Theory]
        [InlineData(13, "  ")] // a space the scalar loop collapses
        [InlineData(13, "\u064E")] // a harakah Search removes
        [InlineData(13, "\u0640")] // tatweel
        [InlineData(13, "\n\n\n")] // a third line feed, which the scalar loop folds into the paragraph break
        [InlineData(13, "\n ")]
        [InlineData(13, " \n")]
        [InlineData(13, "\r\n")]
        [InlineData(13, "«")]
        [InlineData(13, "\u06CC")] // Farsi yeh, whose fold depends on its place in the word
        [InlineData(15, " \n")] // a space in a block's last lane before a character the scalar loop takes
        [InlineData(15, "\n\n")] // a line feed in a block's last lane before another
        public void StopsAtTheBlockWithACharacterForTheScalarLoop(int at, string stopper)
        {
            var lane = PortableCharLane.Create(new NormalizationTables(NormalizationProfile.Search))!;
            string text = (Taken.Replace(" ", "ب").Substring(0, at) + stopper + Taken.Replace(" ", "ب")).Substring(0, 41);
            Assert.Equal(8, RunLane(lane, text).Run); // the first block is taken, the second holds the stopper
        }

        [Fact]
        public void TakesASpaceInABlocksLastLaneBeforeALetter()
        {
            var lane = PortableCharLane.Create(new NormalizationTables(NormalizationProfile.Search))!;
            string letters = Taken.Replace(" ", "ب");
            Assert.Equal(32, RunLane(lane, letters.Substring(0, 15) + " " + letters.Substring(16)).Run); // 40 characters: four blocks, each with one after it
        }

        [Theory]
        [InlineData("search", 3, "\n")] // a line break
        [InlineData("search", 3, "\n\n")] // a paragraph break
        [InlineData("search", 6, "\n\n")] // across two blocks
        [InlineData("search", 7, "\n")] // in a block's last lane, before a letter
        [InlineData("light", 3, "\n\n")]
        [InlineData("light", 7, "\n")]
        public void PresetsThatKeepLineBreaksTakeThemBetweenLetters(string profile, int at, string lineBreak)
        {
            var tables = new NormalizationTables(NormalizationProfile.Parse(profile));
            var lane = PortableCharLane.Create(tables)!;
            Assert.True(lane.TakesLineFeeds);
            string letters = Taken.Replace(" ", "ب");
            string text = letters.Substring(0, at) + lineBreak + letters.Substring(at, 40 - at - lineBreak.Length) + "ب";
            var (run, written) = RunLane(lane, text);
            Assert.Equal(40, run);
            Assert.Equal(lineBreak, written.Substring(at, lineBreak.Length));
        }

        [Fact]
        public void LuceneHasNoWhitespaceStepAndLeavesLineFeedsToTheScalarLoop()
        {
            var lane = PortableCharLane.Create(new NormalizationTables(NormalizationProfile.Lucene))!;
            Assert.False(lane.TakesLineFeeds);
            string letters = Taken.Replace(" ", "ب");
            Assert.Equal(8, RunLane(lane, letters.Substring(0, 11) + "\n" + letters.Substring(12)).Run);
        }

        [Fact]
        public void LightTakesTheHarakatItKeeps()
        {
            var lane = PortableCharLane.Create(new NormalizationTables(NormalizationProfile.Light))!;
            string text = "عسكريًّا مُسيرةٌ منعًا هنا وقد"; // three whole blocks, then a part of one
            Assert.Equal(24, RunLane(lane, text).Run);
        }

        private static (int Run, string Written) RunLane(PortableCharLane lane, string text)
        {
            var source = text.Select(c => (ushort)c).ToArray();
            var destination = new ushort[source.Length + 16];
            int run = lane.Run(ref source[0], 0, source.Length, ref destination[0], 0);
            return (run, new string(destination.Take(run).Select(u => (char)u).ToArray()));
        }
    }
}
