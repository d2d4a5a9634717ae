using System.Collections.Generic;
using ArabicNews.Text;
using ICU4N;
using ICU4N.Globalization;
using ICU4N.Text;
using Xunit;

namespace ArabicNews.Tests.Oracles
{
    /// <summary>The normalizer's character sets, checked against ICU4N's Unicode character data.</summary>
    public class UnicodeDataTests
    {
        private static readonly (int First, int Last)[] DiacriticRanges =
        {
            (0x0610, 0x061A), (0x064B, 0x065F), (0x0670, 0x0670), (0x06D6, 0x06ED), (0x0898, 0x089F), (0x08CA, 0x08FF),
        };

        [Fact]
        public void RemoveDiacriticsRemovesExactlyTheNonspacingMarksOfItsRanges()
        {
            var normalizer = new ArabicNormalizer(ArabicNormalizerOptions.RemoveDiacritics);
            var problems = new List<string>();
            int checkedMarks = 0;
            foreach (var (first, last) in DiacriticRanges)
            {
                for (int cp = first; cp <= last; cp++)
                {
                    var category = UChar.GetUnicodeCategory(cp);
                    if (category == UUnicodeCategory.OtherNotAssigned)
                    {
                        continue; // newer than ICU4N's Unicode 10: checked by the example tests instead
                    }

                    bool removed = normalizer.Normalize("\u0628" + (char)cp) == "\u0628";
                    bool isMark = category == UUnicodeCategory.NonSpacingMark;
                    checkedMarks++;
                    if (removed != isMark)
                    {
                        problems.Add($"U+{cp:X4} ({category}): removed={removed}");
                    }
                }
            }

            Assert.True(problems.Count == 0, string.Join("\n", problems));
            Assert.True(checkedMarks > 80);
        }

        [Fact]
        public void EveryWhiteSpaceCharacterBecomesASpaceOrALineBreak()
        {
            var normalizer = new ArabicNormalizer(ArabicNormalizerOptions.NormalizeWhitespace);
            var problems = new List<string>();
            for (int cp = 0; cp < 0x10000; cp++)
            {
                if (!UChar.IsUWhiteSpace(cp))
                {
                    continue;
                }

                string result = normalizer.Normalize("a" + (char)cp + "b");
                if (result != "a b" && result != "a\nb")
                {
                    problems.Add($"U+{cp:X4} gives {ArabicNews.Tests.Text.ArabicText.Escape(result)}");
                }
            }

            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }

        [Fact]
        public void EveryRemovedInvisibleIsAFormatCharacter()
        {
            var normalizer = new ArabicNormalizer(ArabicNormalizerOptions.RemoveInvisibles);
            int removed = 0;
            for (int cp = 0; cp < 0x10000; cp++)
            {
                if (cp >= 0xD800 && cp <= 0xDFFF)
                {
                    continue;
                }

                if (normalizer.Normalize("a" + (char)cp + "b") == "ab")
                {
                    removed++;
                    Assert.Equal(UUnicodeCategory.Format, UChar.GetUnicodeCategory(cp));
                }
            }

            Assert.Equal(18, removed); // U+200B–U+200F, U+202A–U+202E, U+2060, U+2066–U+2069, U+061C, U+FEFF, U+00AD
        }

        [Fact]
        public void CompositionTableAgreesWithIcuNfc()
        {
            var nfc = Normalizer2.NFCInstance;
            for (int letter = 0x0620; letter <= 0x06FF; letter++)
            {
                foreach (char mark in new[] { '\u0653', '\u0654', '\u0655' })
                {
                    string composed = nfc.Normalize(((char)letter).ToString() + mark);
                    char expected = composed.Length == 1 ? composed[0] : '\0';
                    Assert.Equal(expected, NormalizationTables.Compose((char)letter, mark));
                }
            }
        }
    }
}
