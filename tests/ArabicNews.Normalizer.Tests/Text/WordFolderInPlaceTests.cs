using System;
using System.Linq;
using ArabicNews.Text;
using FsCheck;
using FsCheck.Xunit;
using Xunit;

namespace ArabicNews.Tests.Text
{
    /// <summary>
    /// The word pass folding in place (the character pass's output in the destination itself) against the same pass from a
    /// separate buffer: rewrites that keep the length, shorten the text and lengthen it (which moves the rest aside), with
    /// and without source indexes.
    /// </summary>
    public class WordFolderInPlaceTests
    {
        private static readonly NormalizationTables Tables = new NormalizationTables(NormalizationProfile.Search);
        private static readonly WordFoldRules Rules = new WordFoldRules(Tables, SpellingVariantLexicon.Default, foldMonths: true);
        private static readonly ArabicNormalizer Characters =
            new ArabicNormalizer(NormalizationProfile.Search & ~(ArabicNormalizerOptions.FoldSpellingVariants | ArabicNormalizerOptions.FoldMonthNames));

        // Words the pass keeps as long (الأميركية), shortens (كانون الثاني, الديموقراطية) or lengthens (شباط, تموز, أيلول, جوان),
        // and words it leaves alone.
        private static readonly string[] Pieces =
        {
            "الأميركية", "كانون الثاني", "الديموقراطية", "شباط", "تموز", "أيلول", "جوان", "البنتاغون", "وأميركا",
            "قال", "المتحدث", "في", "بيان", "،", "2024", "\n", "محادثات",
        };

        [Property(MaxTest = 300)]
        public void FoldingInPlaceEqualsFoldingFromASeparateBuffer(NonEmptyArray<byte> picks, bool withOffsets)
        {
            string text = Characters.Normalize(string.Join(" ", picks.Get.Select(p => Pieces[p % Pieces.Length])));
            Assert.Equal(FoldFromSeparateBuffer(text, withOffsets), FoldInPlace(text, withOffsets));
        }

        [Fact]
        public void ARewriteThatLengthensTheTextMovesTheRestAsideAtEveryPlace()
        {
            // A lengthening rewrite after every number of kept and shortened words, so that the move happens with the text
            // in place, already moved down, and at the very end.
            foreach (int before in Enumerable.Range(0, 12))
            {
                foreach (string grows in new[] { "شباط", "تموز", "أيلول", "جوان" })
                {
                    string text = Characters.Normalize(
                        string.Join(" ", Enumerable.Range(0, before).Select(k => Pieces[k % 3])) + " " + grows + " الأميركية كانون الثاني قال " + grows);
                    foreach (bool withOffsets in new[] { false, true })
                    {
                        Assert.Equal(FoldFromSeparateBuffer(text, withOffsets), FoldInPlace(text, withOffsets));
                    }
                }
            }
        }

        [Fact]
        public void ADestinationTooSmallForTheCharactersStillTakesTheShorterWords()
        {
            // The character pass does not fit the exact-size destination, the folded words do.
            string text = string.Concat(Enumerable.Repeat("في كانون الثاني والديموقراطية ", 2500)); // several blocks
            string expected = ArabicNormalizer.Search.Normalize(text);
            Assert.True(expected.Length < Characters.Normalize(text).Length);
            var destination = new char[expected.Length];
            Assert.True(ArabicNormalizer.Search.TryNormalize(text.AsSpan(), destination, out int written));
            Assert.Equal(expected, new string(destination, 0, written));
            Assert.False(ArabicNormalizer.Search.TryNormalize(text.AsSpan(), new char[expected.Length - 1], out _));
        }

        private static string FoldFromSeparateBuffer(string text, bool withOffsets)
        {
            int[] offsets = withOffsets ? SourceIndexes(text.Length) : Array.Empty<int>();
            var destination = new char[text.Length * 2 + 16];
            var destinationOffsets = withOffsets ? new int[destination.Length] : Array.Empty<int>();
            Assert.True(WordFolder.Fold(text.AsSpan(), offsets, destination, destinationOffsets, Rules, false, false, MatchingFold.MayHoldInvisibleBreak(text), out int written));
            return Describe(destination, destinationOffsets, written, withOffsets);
        }

        private static string FoldInPlace(string text, bool withOffsets)
        {
            var buffer = new char[text.Length * 2 + 16];
            text.AsSpan().CopyTo(buffer);
            var offsets = withOffsets ? new int[buffer.Length] : Array.Empty<int>();
            SourceIndexes(withOffsets ? text.Length : 0).CopyTo(offsets, 0);
            Assert.True(WordFolder.FoldInPlace(buffer, text.Length, offsets, Rules, false, false, MatchingFold.MayHoldInvisibleBreak(text), out int written));
            return Describe(buffer, offsets, written, withOffsets);
        }

        // Source indexes that are not the positions themselves, so that a copy from the wrong place shows.
        private static int[] SourceIndexes(int length) => Enumerable.Range(0, length).Select(k => 1000 + (3 * k)).ToArray();

        private static string Describe(char[] text, int[] offsets, int written, bool withOffsets) =>
            ArabicText.Escape(new string(text, 0, written)) + (withOffsets ? " @ " + string.Join(",", offsets.Take(written)) : string.Empty);
    }
}
