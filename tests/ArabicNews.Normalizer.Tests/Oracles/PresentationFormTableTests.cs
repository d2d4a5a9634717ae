using System.Collections.Generic;
using System.Linq;
using ArabicNews.Tests.Text;
using ArabicNews.Text;
using ICU4N.Text;
using Xunit;

namespace ArabicNews.Tests.Oracles
{
    /// <summary>
    /// The library's own presentation-form table against ICU4N's NFKC, for every code point of U+FB50–U+FDFF and
    /// U+FE70–U+FEFF. Every difference is deliberate and listed here with its reason.
    /// </summary>
    public class PresentationFormTableTests
    {
        private static readonly ArabicNormalizer Forms = new ArabicNormalizer(ArabicNormalizerOptions.FoldPresentationForms);

        // Code point → (our replacement, why it differs from NFKC).
        private static readonly Dictionary<int, (string Ours, string Why)> DeliberateDifferences = new Dictionary<int, (string, string)>
        {
            [0xFDFC] = ("ريال", "NFKC spells the riyal sign with Persian yeh U+06CC; Arabic text uses U+064A"),
            [0xFDFD] = ("بسم الله الرحمن الرحيم", "the basmala ligature has no decomposition; it expands to the words it depicts"),
        };

        // Spacing forms of harakat: NFKC puts a U+0020 in front of the mark, which would split a word.
        private static readonly int[] SpacingMarks = { 0xFC5E, 0xFC5F, 0xFC60, 0xFC61, 0xFC62, 0xFC63, 0xFE70, 0xFE72, 0xFE74, 0xFE76, 0xFE78, 0xFE7A, 0xFE7C, 0xFE7E };

        public static IEnumerable<object[]> Blocks() => new[] { new object[] { 0xFB50, 0xFDFF }, new object[] { 0xFE70, 0xFEFF } };

        [Theory]
        [MemberData(nameof(Blocks))]
        public void EveryCodePointMatchesIcuNfkcOrIsADeliberateDifference(int first, int last)
        {
            var nfkc = Normalizer2.NFKCInstance;
            var problems = new List<string>();
            int compared = 0;
            for (int cp = first; cp <= last; cp++)
            {
                if (cp == 0xFEFF)
                {
                    continue; // ZERO WIDTH NO-BREAK SPACE is an invisible control, not a presentation form
                }

                string c = ((char)cp).ToString();
                string ours = Forms.Normalize(c);
                string icu = nfkc.Normalize(c);
                if (DeliberateDifferences.TryGetValue(cp, out var difference))
                {
                    Assert.Equal(difference.Ours, ours);
                    Assert.NotEqual(icu, ours);
                    continue;
                }

                if (SpacingMarks.Contains(cp))
                {
                    Assert.Equal(' ', icu[0]);
                    Assert.Equal(icu.Substring(1), ours);
                    continue;
                }

                // ICU4N 60 knows Unicode 10; the code points added since (U+FD40–U+FD4F, U+FDCF, U+FDFE, U+FDFF) have
                // no decomposition in any version, so both must keep them.
                compared++;
                if (ours != icu)
                {
                    problems.Add($"U+{cp:X4}: ours {ArabicText.Escape(ours)}, ICU {ArabicText.Escape(icu)}");
                }
            }

            Assert.True(problems.Count == 0, string.Join("\n", problems));
            Assert.True(compared > 100, "the comparison must cover the blocks");
        }

        [Fact]
        public void DeliberateDifferencesAreNotStale()
        {
            foreach (var cp in DeliberateDifferences.Keys.Concat(SpacingMarks))
            {
                string c = ((char)cp).ToString();
                Assert.NotEqual(Normalizer2.NFKCInstance.Normalize(c), Forms.Normalize(c));
            }
        }
    }
}
