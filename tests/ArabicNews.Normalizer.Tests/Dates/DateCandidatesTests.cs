using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ArabicNews.Dates;
using ArabicNews.Tests.Text;
using FsCheck.Xunit;
using Xunit;

namespace ArabicNews.Tests.Dates
{
    /// <summary>
    /// The candidates of the anchored scan: the cases where a date begins in a word that is no candidate by its key, the
    /// vector tests against the scalar ones, and proof that most words of news text are never visited.
    /// </summary>
    [Properties(Arbitrary = new[] { typeof(ArabicTextGenerators) }, MaxTest = 500)]
    public class DateCandidatesTests
    {
        private static readonly DateTime Reference = new DateTime(2024, 2, 1);

        [Theory]
        [InlineData("في 2011")] // the preposition has no anchor; the year's digits find the word before them
        [InlineData("وفي ۲۰۱۱")]
        [InlineData("منذ ( 1965 )")]
        [InlineData("منذُ  2003")]
        [InlineData("ال-31 من ديسمبر")] // the article, then a number after a hyphen
        [InlineData("الـ-31 من ديسمبر")]
        [InlineData("ال-ـ31 من ديسمبر")] // the number's word starts with tatweel
        [InlineData("ال\u200C31 من ديسمبر")]
        [InlineData("الـ31 من ديسمبر")]
        [InlineData("ال31 من ديسمبر")]
        [InlineData("يناي\u200Cر 2020")] // the month's letters on both sides of an invisible control
        [InlineData("يَنايِر الماضي")] // a mark splits the anchor
        [InlineData("يَنَايِر الماضي")] // marks split every letter triple of the name
        [InlineData("ديسم\u200Cبر الماضي")] // and so does an invisible control after the fourth letter
        [InlineData("نوفم\u200Cبر الماضي")]
        [InlineData("سبتم\u200Cبر الماضي")]
        [InlineData("ديســمبر 2021")]
        [InlineData("والأربعاء الماضي")]
        [InlineData("بعد يومين")]
        [InlineData("١٣ رمضان ١٤٤٥هـ")]
        [InlineData("آب 2014")] // a two-letter first word: only at the word's start or after a proclitic
        [InlineData("وآب 2014")]
        [InlineData("آب الماضي")]
        [InlineData("وآب الماضي")] // after a proclitic: the pair at the word's second character
        [InlineData("ذو القعدة 1445هـ")]
        [InlineData("١٤٤٥هـالموافق 23 مارس 2024م")] // the scan goes on inside a word where an expression ended
        [InlineData("الإثنين22نوفمبر2021عام2014منتصفيناير")]
        public void ADateInAWordWithoutItsOwnAnchorIsFound(string phrase)
        {
            foreach (string text in new[] { phrase, "قال الرئيس " + phrase + " أمام الصحفيين", "x" + phrase })
            {
                var everyWord = Describe(ArabicDateExtractor.Default.Extract(text, Reference, ScanPath.EveryWord));
                var anchored = Describe(ArabicDateExtractor.Default.Extract(text, Reference, ScanPath.Anchored));
                Assert.Equal(everyWord, anchored);
            }

            Assert.NotEmpty(ArabicDateExtractor.Default.Extract("قال الرئيس " + phrase + " أمام الصحفيين", Reference, ScanPath.Anchored));
        }

        [Theory]
        [InlineData("الثاني من مارس ٢٠٤٣")]
        [InlineData("الحادي عشر من يناير 2020")]
        [InlineData("والأربعاء الماضي")]
        [InlineData("وآب الماضي")]
        [InlineData("منتصف يناير")]
        [InlineData("ولمنتصف يناير")]
        public void AWordThatBeginsBeforeTheNext64PositionsIsJudgedFromTheScanPosition(string phrase)
        {
            // After the first date the scan moves on 64 positions at a time; for some widths of the gap the phrase's first
            // word starts just before such a step, so its anchor is found in positions that begin inside the word.
            for (int gap = 1; gap < 140; gap++)
            {
                foreach (string text in new[] { "1/1/2020" + new string(' ', gap) + phrase, "1/1/2020 " + new string('x', gap) + " " + phrase })
                {
                    var everyWord = Describe(ArabicDateExtractor.Default.Extract(text, Reference, ScanPath.EveryWord));
                    var anchored = Describe(ArabicDateExtractor.Default.Extract(text, Reference, ScanPath.Anchored));
                    Assert.Equal(everyWord, anchored);
                    Assert.True(everyWord.Length >= 2, text);
                }
            }
        }

        [Theory]
        [InlineData("محادثات")] // the حاد of الحادي inside a word
        [InlineData("المحادثات")]
        [InlineData("هجمات")] // the جما of جمادى
        [InlineData("العالم")] // العام but for one letter after the article
        [InlineData("أيضا")] // أي and more letters
        [InlineData("بغداد")] // غدا after a proclitic, and more letters
        [InlineData("إيران")]
        [InlineData("الاتفاق")]
        public void AWordThatOnlyHoldsANeedleIsNoCandidate(string word)
        {
            Assert.DoesNotContain(CandidateWords("قال " + word + " أمس"), start => start == 4);
            Assert.Contains(CandidateWords("قال يناير أمس"), start => start == 4);

            // The scan reads one layout per machine; each must turn these words away, here or on any other machine.
            foreach (bool avx2Layout in new[] { false, true })
            {
                Assert.Equal(0UL, LeadBits("قال " + word + " أمس", avx2Layout) & (1UL << 4));
                Assert.NotEqual(0UL, LeadBits("قال يناير أمس", avx2Layout) & (1UL << 4));
            }
        }

        [Theory]
        [InlineData("كيناير")] // a needle after a letter that is no proclitic
        [InlineData("xيناير")] // or after a Latin letter
        [InlineData("zالعام")]
        public void ANeedleInsideAWordIsNoCandidateWhereverThe64PositionsBegin(string word)
        {
            for (int gap = 55; gap < 70; gap++)
            {
                Assert.Empty(CandidateWords(new string('.', gap) + word + " قال"));
            }
        }

        [Fact]
        public void EveryNeedleIsACandidateByItselfAndAfterAProclitic()
        {
            foreach (string needle in DateLexicon.LeadingNeedles())
            {
                foreach (string word in new[] { needle, "و" + needle, "ب" + needle, "ل" + needle, "ف" + needle })
                {
                    Assert.Contains(CandidateWords("قال " + word + " أمس"), start => start == 4);
                    Assert.Contains(CandidateWords(word + " أمس"), start => start == 0);
                    // at every place in the 64 positions, and across their edge
                    for (int gap = 55; gap < 70; gap++)
                    {
                        Assert.Contains(CandidateWords(new string('.', gap) + word), start => start == gap);
                    }
                }

                var slots = new byte[needle.Length + ArabicNews.Text.WordSlots.Padding];
                ArabicNews.Text.WordSlots.Fill(needle.AsSpan(), slots);
                Assert.True(LeadStartFilter.Default.HasKeyAt(slots, 0), needle);
                Assert.True(LeadStartFilter.Default.HasKeyAt(slots, 0, avx2Layout: false), needle);
                Assert.True(LeadStartFilter.Default.HasKeyAt(slots, 0, avx2Layout: true), needle);
            }
        }

        [Fact]
        public void TheBreakRangesHoldEveryInvisibleBreak()
        {
            for (int c = 0; c <= char.MaxValue; c++)
            {
                if (ArabicNews.Text.MatchingFold.IsInvisibleBreak((char)c))
                {
                    Assert.True(ArabicNews.Text.MatchingFold.MayBeBreak((char)c), $"U+{c:X4}");
                }
            }

            // and leave out what news text is made of
            Assert.DoesNotContain("قال الرئيس، 2024 «نعم» “لا” – ؟".ToCharArray(), ArabicNews.Text.MatchingFold.MayBeBreak);
        }

        [Property]
        public void TheVectorBreakTestEqualsTheScalarOne(AnyUtf16 text)
        {
            string padded = text.Value + new string('ب', 64) + "\u200C" + text.Value + new string('ب', 64);
            for (int at = 0; at < padded.Length; at += 5)
            {
                bool scalar = false;
                for (int p = at; p < Math.Min(padded.Length, at + 64); p++)
                {
                    scalar |= ArabicNews.Text.MatchingFold.MayBeBreak(padded[p]);
                }

                bool vector = ArabicNews.Text.MatchingFold.MayHoldInvisibleBreak(padded.AsSpan(at, Math.Min(64, padded.Length - at)));
                Assert.True(vector || !scalar);
                if (padded.Length - at >= 64 && (System.Runtime.Intrinsics.X86.Avx512BW.IsSupported || System.Runtime.Intrinsics.X86.Avx2.IsSupported))
                {
                    Assert.Equal(scalar, vector);
                }
            }
        }


        [Fact]
        public void TheNeedlesAreTheFirstWordsThatCanBeginAnExpression()
        {
            var needles = DateLexicon.LeadingNeedles().ToList();
            Assert.Contains("يناير", needles);
            Assert.Contains("العام", needles);
            Assert.Contains("بعد", needles); // بعد يومين
            Assert.Contains("اكثر", needles); // أكثر من, first word only
            Assert.Contains("ذو", needles); // ذو القعدة: a two-letter needle, tested as a pair
            Assert.DoesNotContain("في", needles); // before a year only: its digits find it
            Assert.DoesNotContain("منذ", needles);
            Assert.DoesNotContain("من", needles); // continues an expression, never begins one
            Assert.DoesNotContain("الماضي", needles);
            Assert.All(needles, needle => Assert.True(needle.Length >= 2, needle));
        }

        [Fact]
        public void OnlyWordCharactersFoldToANeedleLetter()
        {
            // A lexicon match compares folded characters, the anchors compare slots: the two agree only if every character
            // that folds to a needle's letter has that letter's slot (a character outside the word classes never does).
            var letters = new HashSet<char>(DateLexicon.LeadingNeedles().SelectMany(n => n));
            for (int c = 0; c <= char.MaxValue; c++)
            {
                char folded = ArabicNews.Text.MatchingFold.Fold((char)c);
                if (letters.Contains(folded))
                {
                    Assert.Equal(ArabicNews.Text.MatchingFold.SlotOf(folded), ArabicNews.Text.MatchingFold.SlotOf((char)c));
                }
            }
        }

        [Property]
        public void TheVectorDigitTestEqualsTheScalarOne(AnyUtf16 text)
        {
            string padded = text.Value + new string('5', 64) + "٣۹" + text.Value + new string('Q', 64) + "az";
            for (int at = 0; at < padded.Length; at += 7)
            {
                Assert.Equal(DateCandidates.DigitBitsScalar(padded.AsSpan(), at, out ulong scalarLatin), DateCandidates.DigitBits(padded.AsSpan(), at, out ulong latin));
                Assert.Equal(scalarLatin, latin);
            }
        }

        [Property]
        public void TheVectorLeadTestEqualsTheScalarOne(ArabicText text, ulong starts, bool procliticBefore)
        {
            // Needles among the random words, so that the bitmaps are hit as well as missed.
            string value = text.Value + " العام والأربعاء بعد يناير آب أي بَعد أَي اَلعام " + text.Value;
            var slots = new byte[value.Length + ArabicNews.Text.WordSlots.Padding];
            ArabicNews.Text.WordSlots.Fill(value.AsSpan(), slots);
            for (int at = 0; at <= value.Length; at += 3)
            {
                Assert.Equal(
                    LeadStartFilter.Default.CandidatesScalar(slots, at, starts, procliticBefore),
                    LeadStartFilter.Default.Candidates(slots, at, starts, procliticBefore));
            }
        }

        [Property]
        public void EachVectorLeadPathEqualsItsScalarTwin(ArabicText text, ulong starts, bool procliticBefore)
        {
            // Candidates takes one path per machine; each path that this machine can run is checked against its own twin,
            // so that an AVX-512 machine tests the AVX2 path too.
            string value = text.Value + " العام والأربعاء بعد يناير آب أي بَعد أَي اَلعام الالعام ال" + text.Value;
            var slots = new byte[value.Length + ArabicNews.Text.WordSlots.Padding];
            ArabicNews.Text.WordSlots.Fill(value.AsSpan(), slots);
            var filter = LeadStartFilter.Default;
            for (int at = 0; at <= value.Length; at += 3)
            {
                // Words start about one position in six: the AVX2 path probes its scalar bitmap only there.
                foreach (ulong begins in new[] { starts, starts & (starts >> 3) & (starts >> 5), ulong.MaxValue })
                {
                    if (System.Runtime.Intrinsics.X86.Avx2.IsSupported)
                    {
                        Assert.Equal(filter.CandidatesScalar(slots, at, begins, procliticBefore, avx2Layout: true), filter.CandidatesAvx2(slots, at, begins, procliticBefore));
                    }

                    if (System.Runtime.Intrinsics.X86.Avx512Vbmi.IsSupported)
                    {
                        Assert.Equal(filter.CandidatesScalar(slots, at, begins, procliticBefore, avx2Layout: false), filter.CandidatesVector(slots, at, begins, procliticBefore));
                    }
                }
            }
        }

        [Fact]
        public void TheAvx2LeadPathJudgesEveryKindOfKey()
        {
            // Keys that the AVX2 path reads in a way of its own (eight slots at once, the cut and ال without a branch):
            // every needle with and without ال, cut by a space, tatweel, a digit, a Latin letter or a letter of slot 63
            // (U+066E), after one, shortened by a letter, and the article alone.
            if (!System.Runtime.Intrinsics.X86.Avx2.IsSupported)
            {
                return;
            }

            var filter = LeadStartFilter.Default;
            foreach (string needle in DateLexicon.LeadingNeedles())
            {
                foreach (string word in new[] { needle, "ال" + needle, needle + "ـ", needle + "1", needle + "x", needle + "\u066E", "\u066E" + needle, needle.Substring(0, needle.Length - 1), "ال" })
                {
                    string value = "قال " + word + " و" + word + "، " + word + "ية";
                    var slots = new byte[value.Length + ArabicNews.Text.WordSlots.Padding];
                    ArabicNews.Text.WordSlots.Fill(value.AsSpan(), slots);
                    Assert.Equal(filter.CandidatesScalar(slots, 0, ulong.MaxValue, false, avx2Layout: true), filter.CandidatesAvx2(slots, 0, ulong.MaxValue, false));
                }
            }
        }

        [Fact]
        public void TheAvx2LeadPathHashesEveryMixOfSlotsAsTheScalarOne()
        {
            // The vector hash reads the two high bits of two slots with one table (PairHighBits): keys of random letters,
            // with ال and cut short at random, reach every pair of high bits, and only an equal hash gives equal bits.
            if (!System.Runtime.Intrinsics.X86.Avx2.IsSupported)
            {
                return;
            }

            var filter = LeadStartFilter.Default;
            var random = new Random(20260312);
            var slots = new byte[64 + LeadStartFilter.Reach + ArabicNews.Text.WordSlots.Padding];
            int passed = 0;
            for (int round = 0; round < 20000; round++)
            {
                for (int k = 0; k < slots.Length; k++)
                {
                    int pick = random.Next(16);
                    slots[k] = pick == 0 ? ArabicNews.Text.MatchingFold.NotWord : pick == 1 ? DateLexicon.AlefSlot : pick == 2 ? DateLexicon.LamSlot : (byte)random.Next(63);
                }

                ulong scalar = filter.CandidatesScalar(slots, 0, ulong.MaxValue, false, avx2Layout: true);
                Assert.Equal(scalar, filter.CandidatesAvx2(slots, 0, ulong.MaxValue, false));
                passed += System.Numerics.BitOperations.PopCount(scalar);
            }

            // Keys that pass the whole test, so that a hash that differs there would show.
            Assert.True(passed > 100, $"only {passed} keys passed");
        }

        [Fact]
        public void ThePairedHashTablesAreTheXorOfTheirTwoTables()
        {
            var tables = new byte[8 * 16];
            for (int k = 0; k < tables.Length; k++)
            {
                tables[k] = (byte)(k * 37 + 11);
            }

            var paired = LeadStartFilter.PairHighBits(tables);
            for (int a = 0; a < 4; a++)
            {
                for (int b = 0; b < 4; b++)
                {
                    Assert.Equal(tables[16 + a] ^ tables[48 + b], paired[32 + a + 4 * b]);
                    Assert.Equal(tables[80 + a] ^ tables[112 + b], paired[80 + a + 4 * b]);
                }
            }

            for (int x = 0; x < 16; x++)
            {
                Assert.Equal(new[] { tables[x], tables[32 + x], tables[64 + x], tables[96 + x] }, new[] { paired[x], paired[16 + x], paired[48 + x], paired[64 + x] });
            }
        }

        [Property]
        public void TheAvx2CharacterTestsEqualTheScalarOnes(AnyUtf16 text)
        {
            if (!System.Runtime.Intrinsics.X86.Avx2.IsSupported)
            {
                return;
            }

            // Every kind of possible break, among digits, Latin letters and the punctuation of news text.
            string padded = text.Value + new string('5', 64) + "٣۹\u200C\u061Bq\u00AD\u0898\u2010\u2029\u202A\uFEFF\0" + text.Value + new string('Q', 64) + "az";
            var span = padded.AsSpan();
            for (int at = 0; at + 64 < padded.Length; at += 7)
            {
                ulong digits = DateCandidates.DigitBitsScalar(span, at, out ulong scalarLatin);
                Assert.Equal(digits, DateCandidates.DigitBitsAvx2(span, at, out ulong latin));
                Assert.Equal(scalarLatin, latin);
                Assert.Equal(digits, DateCandidates.CharBitsAvx2(span, at, out latin, out bool mayHoldBreak));
                Assert.Equal(scalarLatin, latin);
                bool scalarBreak = false;
                for (int p = at; p <= at + 64; p++)
                {
                    scalarBreak |= ArabicNews.Text.MatchingFold.MayBeBreak(padded[p]);
                }

                Assert.Equal(scalarBreak, mayHoldBreak);
            }
        }

        [Fact]
        public void TheAvx2BreakTestAgreesWithTheScalarOneOnEveryCharacter()
        {
            if (!System.Runtime.Intrinsics.X86.Avx2.IsSupported)
            {
                return;
            }

            // One character among letters, at every place of the 65 the test reads (each lane of each vector, and the
            // character after them).
            var chars = new string('ب', 65).ToCharArray();
            for (int c = 0; c <= char.MaxValue; c++)
            {
                int place = c % 65;
                chars[place] = (char)c;
                DateCandidates.CharBitsAvx2(chars, 0, out _, out bool mayHoldBreak);
                Assert.True(ArabicNews.Text.MatchingFold.MayBeBreak((char)c) == mayHoldBreak, $"U+{c:X4}");
                chars[place] = 'ب';
            }
        }

        [Fact]
        public void MostWordsOfNewsTextAreNeverVisited()
        {
            // Agreement alone would also hold for a scan that visits every word; this one must visit few of them.
            int words = 0;
            int visited = 0;
            foreach (string path in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt"))
            {
                string text = File.ReadAllText(path);
                words += WordStarts(text).Count();
                visited += CandidateWords(text).Count();
            }

            Assert.True(words > 1000, $"{words} words");
            // On the seeds under a tenth of the words hold a candidate (199 of 2,127): date words, digits, marks, and the
            // words that begin as a date word does (الثالثة has the key of الثالث).
            Assert.True(visited * 8 < words, $"{visited} of {words} words hold a candidate ");
        }

        private static IEnumerable<int> WordStarts(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                if (ArabicDateExtractor.IsTokenCharacter(text[i]) && (i == 0 || !ArabicDateExtractor.IsTokenCharacter(text[i - 1])))
                {
                    yield return i;
                }
            }
        }

        // The lead bits of the first 64 positions of a short text in one layout, from word starts found as the scan finds them.
        private static ulong LeadBits(string text, bool avx2Layout)
        {
            var slots = new byte[text.Length + ArabicNews.Text.WordSlots.Padding];
            ArabicNews.Text.WordSlots.Fill(text.AsSpan(), slots);
            ulong starts = 0;
            foreach (int start in WordStarts(text))
            {
                starts |= start < 64 ? 1UL << start : 0;
            }

            return LeadStartFilter.Default.CandidatesScalar(slots, 0, starts, false, avx2Layout);
        }

        private static List<int> CandidateWords(string text)
        {
            var starts = new List<int>();
            var candidates = new DateCandidates(text.AsSpan(), new byte[DateCandidates.SlotsLength]);
            int i = 0;
            while ((i = candidates.Next(i)) < text.Length)
            {
                int start = i;
                while (start > 0 && ArabicDateExtractor.IsTokenCharacter(text[start - 1]))
                {
                    start--;
                }

                starts.Add(start);
                while (i < text.Length && ArabicDateExtractor.IsTokenCharacter(text[i]))
                {
                    i++;
                }
            }

            return starts;
        }

        private static string[] Describe(IEnumerable<DateMention> mentions) =>
            mentions.Select(m => $"{m.Start} {m.Length} {m.Value} {m.Flags}").ToArray();
    }
}
