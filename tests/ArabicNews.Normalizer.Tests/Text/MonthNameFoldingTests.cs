using ArabicNews.Text;
using Xunit;

namespace ArabicNews.Tests.Text
{
    public class MonthNameFoldingTests
    {
        private static readonly ArabicNormalizer Months = new ArabicNormalizer(ArabicNormalizerOptions.FoldMonthNames);

        [Theory]
        [InlineData("في حزيران 2014", "في يونيو 2014")]
        [InlineData("في جوان 2014", "في يونيو 2014")]
        [InlineData("يونيه", "يونيو")]
        [InlineData("يونيو/حزيران 2014", "يونيو/يونيو 2014")] // seed 003
        [InlineData("في كانون الثاني الماضي", "في يناير الماضي")] // seed 001: two words become one
        [InlineData("في كانون   الثاني", "في يناير")]
        [InlineData("وتشرين الأول", "وأكتوبر")] // the clitic stays
        [InlineData("بنيسان", "بأبريل")]
        [InlineData("ذي الحجة 1445", "ذو الحجة 1445")]
        [InlineData("جمادى الأولى", "جمادى الأولى")] // canonical already
        [InlineData("يناير", "يناير")]
        public void FoldsUnambiguousNames(string input, string expected) => Assert.Equal(expected, Months.Normalize(input));

        [Theory]
        [InlineData("مارس الرياضة")] // "practised sport"
        [InlineData("آب")]
        [InlineData("الربيع العربي")]
        [InlineData("صفر")]
        [InlineData("ماي")]
        [InlineData("كانون")]
        [InlineData("تشرينات")]
        public void LeavesAmbiguousWordsAlone(string text) => Assert.Same(text, Months.Normalize(text));

        [Fact]
        public void TheFirstLetterFilterLetsEveryUnambiguousNameThrough()
        {
            // The filter is only worth having if it never rejects a word the matcher would fold.
            foreach (var name in ArabicNews.Calendars.MonthNames.All)
            {
                if (name.IsAmbiguous)
                {
                    continue;
                }

                foreach (string clitic in new[] { "", "\u0648", "\u0628", "\u0644", "\u0641" })
                {
                    string firstWord = (clitic + name.Text).Split(' ')[0];
                    var slots = new System.Collections.Generic.List<byte>();
                    foreach (char c in firstWord)
                    {
                        byte slot = MatchingFold.SlotOf(c);
                        if (slot != MatchingFold.Ignored && slots.Count < 7)
                        {
                            slots.Add(slot);
                        }
                    }

                    Assert.True(ArabicNews.Calendars.MonthNameFolding.MayStart(slots.ToArray(), endIsFinal: true), clitic + name.Text);
                }
            }
        }

        [Fact]
        public void ANameRunsOnPastAnInvisibleAfterItsSecondLetter()
        {
            // Without RemoveInvisibles the zero-width non-joiner stays and ends a word, but the matcher reads through it.
            Assert.Equal("في يونيو", Months.Normalize("في يو\u200Cنيه"));
            Assert.Equal("في ذو الحجة", Months.Normalize("في ذي الحجة"));
        }

        [Fact]
        public void SearchFindsEverySpellingOfJune()
        {
            var search = ArabicNormalizer.Search;
            string june = search.Normalize("يونيو");
            Assert.Equal(june, search.Normalize("حزيران"));
            Assert.Equal(june, search.Normalize("جوان"));
            Assert.Equal(june, search.Normalize("يونيه"));
            Assert.Equal(search.Normalize("تشرين الثاني المقبل"), search.Normalize("نوفمبر المقبل"));
        }

        [Fact]
        public void OffsetsOfAFoldedNamePointAtTheName()
        {
            const string text = "في كانون الثاني الماضي";
            var result = Months.NormalizeWithOffsets(text);
            int at = result.Text.IndexOf("يناير", System.StringComparison.Ordinal);
            var (start, length) = result.MapToSource(at, "يناير".Length);
            Assert.Equal(3, start);
            Assert.StartsWith("كانون", text.Substring(start, length), System.StringComparison.Ordinal);
        }

        [Fact]
        public void StreamingNeverSplitsATwoWordName()
        {
            var builder = new System.Text.StringBuilder();
            while (builder.Length < 200_000)
            {
                builder.Append("بدأت في كانون الثاني وذو الحجة وتشرين  الأول ");
            }

            string text = builder.ToString();
            var writer = new System.IO.StringWriter();
            ArabicNormalizer.Search.Normalize(new System.IO.StringReader(text), writer);
            Assert.True(ArabicNormalizer.Search.Normalize(text) == writer.ToString());
            Assert.DoesNotContain("كانون", writer.ToString(), System.StringComparison.Ordinal);
        }
    }
}
