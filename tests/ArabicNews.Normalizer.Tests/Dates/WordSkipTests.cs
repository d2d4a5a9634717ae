using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ArabicNews.Calendars;
using ArabicNews.Dates;
using ArabicNews.Tests.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace ArabicNews.Tests.Dates
{
    /// <summary>Words built to sit right at the edge of the word-skipping test: lexicon words with proclitics, marks inside, cut short.</summary>
    public sealed record EdgeWords(string Value)
    {
        public override string ToString() => ArabicText.Escape(Value);
    }

    /// <summary>Whole dates of every shape among edge words, single characters of any kind and gaps: dates right next to noise.</summary>
    public sealed record DatesInNoise(string Value)
    {
        public override string ToString() => ArabicText.Escape(Value);
    }

    public static class WordSkipGenerators
    {
        private static readonly string[] Stems =
        {
            "يناير", "كانون", "الثاني", "حزيران", "رمضان", "شتنبر", "ماي", "مارس", "الربيع", "آب", "الماضي", "المقبل", "عام",
            "العام", "سنة", "في", "فى", "منذ", "من", "إلى", "حتى", "قبل", "بعد", "هـ", "ه", "م", "ص", "مساء", "الساعة", "الثامنة",
            "الإثنين", "الاثنين", "الخميس", "يوم", "الأول", "الحادي", "عشر", "والعشرين", "ال", "الـ", "غرة", "فاتح", "الفاتح",
            "موفى", "منتصف", "مطلع", "صيف", "الربع", "الموافق", "كل", "أمس", "اليوم", "غدا", "يومين", "ثلاثة", "أيام", "شهر",
            "الأسبوع", "نحو", "أكثر", "هذا", "النصف", "غد", "الغد", "حوالي", "أقل", "السابع", "السابق", "تاريخ", "القرار", "جندي", "واشنطن", "الرئيس", "المفاوضات",
        };

        private static readonly string[] Proclitics = { "", "", "", "و", "ب", "ل", "ف", "ك", "ال", "وال", "بال", "لل" };

        private static readonly string[] Inserts = { "", "", "", "", "\u064E", "\u0640", "\u0651\u064E", "\u0670", "-", "\u200C" };

        private static readonly string[] Gaps = { " ", " ", " ", "", "  ", "\n", "، ", "/", "(", ")", "-", "\u00A0", "\u200F" };

        private static readonly string[] Numbers = { "2021", "1445", "22", "7", "31", "12:28", "٢٠٢١", "۱۳", "11/2021", "2500" };

        private static Gen<string> Word() =>
            from proclitic in Gen.Elements(Proclitics)
            from stem in Gen.Elements(Stems)
            from insert in Gen.Elements(Inserts)
            from at in Gen.Choose(0, 6)
            from cut in Gen.Choose(0, 8)
            let whole = proclitic + stem
            let marked = whole.Insert(Math.Min(at, whole.Length), insert)
            select cut == 0 && marked.Length > 1 ? marked.Substring(0, marked.Length - 1) : marked;

        public static Arbitrary<DatesInNoise> DatesInNoiseArbitrary() =>
            Arb.From(Gen.ListOf(Gen.Frequency(
                    (3, DateGenerators.FormattedDateArbitrary().Generator.Select(date => date.Text)),
                    (4, Word()),
                    (6, ArabicTextGenerators.Piece()),
                    (4, Gen.Elements(Gaps))))
                .Select(pieces => new DatesInNoise(string.Concat(pieces))));

        public static Arbitrary<EdgeWords> EdgeWordsArbitrary() =>
            Arb.From(Gen.ListOf(Gen.Frequency((6, Word()), (2, Gen.Elements(Numbers)), (6, Gen.Elements(Gaps)), (1, ArabicTextGenerators.Piece())))
                .Select(pieces => new EdgeWords(string.Concat(pieces))));
    }

    /// <summary>
    /// The extractor turns most words away before the grammar reads them: with a prefix test at every word, or by visiting
    /// only the words that hold a candidate. That must never change a result: on every input both give exactly the
    /// mentions of the path that tries the grammar at every word.
    /// </summary>
    [Properties(Arbitrary = new[] { typeof(DateGenerators), typeof(ArabicTextGenerators), typeof(WordSkipGenerators) }, MaxTest = 1000)]
    public class WordSkipTests
    {
        private static readonly DateTime Reference = new DateTime(2024, 2, 1);

        private static readonly ArabicDateExtractor[] Extractors =
        {
            ArabicDateExtractor.Default,
            new ArabicDateExtractor(new ArabicDateExtractorOptions
            {
                NumericOrder = NumericDateOrder.MonthFirst,
                Resolution = ResolutionPolicy.Upcoming,
                UseDateline = false,
            }),
            new ArabicDateExtractor(new ArabicDateExtractorOptions { MonthSystems = MonthSystems.EgyptGulf | MonthSystems.Hijri }),
        };

        public static IEnumerable<object[]> TextFiles() =>
            Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt")
                .Concat(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Golden"), "*.txt", SearchOption.AllDirectories))
                .OrderBy(path => path, StringComparer.Ordinal)
                .Select(path => new object[] { Path.GetRelativePath(AppContext.BaseDirectory, path) });

        [Theory]
        [MemberData(nameof(TextFiles))]
        public void SeedAndGoldenTextsGiveTheSameMentions(string file)
        {
            string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, file));
            AssertSame(text, Reference);
            AssertSame(text, null);
        }

        [Fact]
        public void GoldenSeedArticlesGiveTheSameMentionsWithTheirReference()
        {
            foreach (var article in SeedGolden.Articles)
            {
                Assert.NotEmpty(ArabicDateExtractor.Default.Extract(article.Text, article.Reference));
                AssertSame(article.Text, article.Reference);
            }
        }

        [Theory]
        [InlineData("DateExtractor.json")]
        [InlineData("DateParser.json")]
        [InlineData("DatePeriodExtractor.json")]
        [InlineData("DatePeriodParser.json")]
        public void RecognizersTextInputsGiveTheSameMentions(string file)
        {
            var cases = RecognizersTextSuite.Load(file);
            Assert.NotEmpty(cases);
            foreach (var c in cases)
            {
                AssertSame(c.Input, c.Reference ?? Reference);
            }
        }

        [Property]
        public void DateishTextGivesTheSameMentions(DateishText text) => AssertSame(text.Value, Reference);

        [Property]
        public void EdgeWordsGiveTheSameMentions(EdgeWords text)
        {
            AssertSame(text.Value, Reference);
            AssertSame(text.Value, null);
        }

        [Property]
        public void DatesInNoiseGiveTheSameMentions(DatesInNoise text)
        {
            AssertSame(text.Value, Reference);
            AssertSame(text.Value, null);
        }

        [Property]
        public void ArabicTextGivesTheSameMentions(ArabicText text) => AssertSame(text.Value, Reference);

        // Neutral news words with marks, tatweel and the separators of real text, none of which joins a date after it.
        private static readonly string Filler = string.Concat(Enumerable.Repeat(
            "قالت مصادر رسميَّة إن الوفد وصل إلى واشنطن، والمفاوضات مستمرة\n وأكد الرئـيـس أن القوات الأميركية باقية. ", 120));

        public static IEnumerable<object[]> DatePhrases() => new[]
        {
            new object[] { "22/11/2021" },
            new object[] { "الإثنين 22 نوفمبر 2021" },
            new object[] { "١٣ رمضان ١٤٤٥هـ الموافق ٢٣ مارس ٢٠٢٤م" },
            new object[] { "في ۲۰۱۱" },
            new object[] { "منتصف يَنايِر الماضي" },
        };

        [Theory]
        [MemberData(nameof(DatePhrases))]
        public void ADateAtEveryOffsetIsFoundTheSameWay(string phrase)
        {
            // Around the starts of the first 64-character words and of the 4,096- and 8,192-character marks, where a scan
            // that reads the text in blocks would cut it: the date must come out the same, only moved.
            var alone = ArabicDateExtractor.Default.Extract(phrase, Reference).Select(m => m.Value.ToString()).ToArray();
            Assert.NotEmpty(alone);
            var offsets = Enumerable.Range(0, 140).Concat(Enumerable.Range(4096 - 70, 140)).Concat(Enumerable.Range(8192 - 70, 140));
            foreach (int offset in offsets)
            {
                string before = Filler.Substring(0, offset).TrimEnd('\u0640', '\u064E', '\u0651') + " ";
                string text = before + phrase + " " + Filler.Substring(offset, 200);
                AssertSame(text, Reference);
                var found = ArabicDateExtractor.Default.Extract(text, Reference).Where(m => m.Start >= before.Length - 1 && m.Start <= before.Length + phrase.Length).ToArray();
                Assert.Equal(alone, found.Select(m => m.Value.ToString()).ToArray());
                Assert.Equal(before.Length, found[0].Start);
            }
        }

        [Property]
        public void AnyUtf16GivesTheSameMentions(AnyUtf16 text) => AssertSame(text.Value, Reference);

        [Fact]
        public void TheSkipTurnsAwayOrdinaryWordsButNotDateWords()
        {
            // Agreement alone would also hold for a skip that turns nothing away; the skip must do its job too. الأميركية
            // shares its first four letters with الأمس, عامل its first three with عام; من، إلى and م begin no expression, and
            // في none without a number after it.
            foreach (string word in new[] { "واشنطن", "الرئيس", "المفاوضات", "القوات", "الأميركية", "عامل", "من", "إلى", "م", "في الرياض", "وفي" })
            {
                Assert.False(DateGrammar.MayStartAt(word.AsSpan(), 0, out int read), word);
                Assert.InRange(read, 1, word.IndexOf(' ') < 0 ? word.Length : word.IndexOf(' '));
            }

            foreach (string word in new[] { "يناير", "في 2011", "وفي ٢٠١١", "منذُ  2003", "بعد يومين", "الـ31", "2021", "٢٠٢١", "الإثنين", "ورمضان", "يَنايِر", "ديســمبر", "وبعد غد", "يناي\u200Cر" })
            {
                Assert.True(DateGrammar.MayStartAt(word.AsSpan(), 0, out _), word);
            }
        }

        [Fact]
        public void AWordThatOnlyReadsOnIsTurnedAwayWhereNothingCanFollowIt()
        {
            // بعد، قبل، هذا، نحو، ثلاثة and the ordinals read nothing alone, and السابق shares its five letters with
            // السابع: before a word that begins no lexicon word they are turned away, before a follower they are not.
            foreach (string text in new[] { "بعد الانتخابات", "بعد أن", "قبل بدء", "هذا الأمر", "هذه المرة", "نحو الحل", "أكثر مما", "السابق صدام", "ثلاثة مواضيع", "ثماني\u200Cة مواضيع", "بعد ولادته", "بعد", "وبعد" })
            {
                Assert.False(DateGrammar.MayStartAt(text.AsSpan(), 0, out int read), ArabicText.Escape(text));
                Assert.InRange(read, 1, text.IndexOf(' ') < 0 ? text.Length : text.IndexOf(' '));
            }

            foreach (string text in new[] { "بعد يومين", "بعد غد", "بعدَ  الغد", "قبل5 سنوات", "هذا الشهر", "نحو 21 يوما", "حوالي\u00A0عامين", "أكثر من شهر", "السابع. أكتوبر", "السابع/ أكتوبر", "الحادي عشر", "ثلاثة أيام", "بعد\u200Cـ يومين", "وبعد (1965)", "بعد         يومين", "بعد وثلاثة أيام" })
            {
                Assert.True(DateGrammar.MayStartAt(text.AsSpan(), 0, out _), ArabicText.Escape(text));
            }
        }

        private static readonly string[] ReadingOnWords =
        {
            "بعد", "قبل", "وبعد", "فقبل", "هذا", "هذه", "نحو", "حوالي", "قرابة", "أكثر من", "أقل من", "ثلاثة", "خمس", "الأول",
            "السابع", "الحادي", "الحاد\u200Cي", "نح\u200Fو", "بع\u061Cد", "قب\u200Eل", "الحاد\u200Fي", "ثماني\u061Cة", "الساب\u200Eع", "في", "منذ", "بتاريخ", "خلال", "أول", "أمس", "يوم", "السابق", "العشرات",
        };

        private static readonly string[] Followers =
        {
            "يومين", "3 أيام", "ثلاثة أعوام", "غد", "الغد", "غـد", "غَد", "غ\u200Cد", "الشهر الماضي", "مارس", "من مارس 2011", "2011",
            "( 1965 )", "٢٠١١", "عشر من مارس", "والعشرين من يناير", "شهر", "أمس", "من أمس", "الأول", "الخميس", "بيومين",
            "وثلاثة أيام", "الانتخابات", "أن", "\u064Eيومين", "\u064Eغد", "\u0640الغد", "مارس\u200C", "العام المقبل",
        };

        private static readonly string[] Separators =
        {
            " ", "  ", "         ", "\u00A0", "\u200F ", "\u061C", "\u202F", ".", ". ", "-", "/", "", "\u200C", "\u064E ", "\u0640 ", "\t", "\n", "، ", ".\u00A0", "-\u200F", "/\u061C",
        };

        [Fact]
        public void AWordThatOnlyReadsOnGivesTheSameMentionsBeforeAnyFollower()
        {
            // Every word the follower test applies to, before every kind of follower, across every separator the grammar
            // or a phrase may read through: the paths agree, and the dates are found.
            int found = 0;
            foreach (string word in ReadingOnWords)
            {
                foreach (string separator in Separators)
                {
                    foreach (string follower in Followers)
                    {
                        string text = "قالت المصادر " + word + separator + follower + " وأكد";
                        AssertSame(text, Reference);
                        found += ArabicDateExtractor.Default.Extract(text, Reference).Count;
                    }
                }
            }

            Assert.InRange(found, 3000, int.MaxValue);
        }

        private static void AssertSame(string text, DateTime? reference)
        {
            foreach (var extractor in Extractors)
            {
                var everyWord = extractor.Extract(text, reference, ScanPath.EveryWord).Select(Describe).ToArray();
                Assert.Equal(everyWord, extractor.Extract(text, reference, ScanPath.WordByWord).Select(Describe).ToArray());
                Assert.Equal(everyWord, extractor.Extract(text, reference, ScanPath.Anchored).Select(Describe).ToArray());
            }
        }

        private static string Describe(DateMention m) =>
            $"{m.Start} {m.Length} «{m.Text}» {m.Kind} {m.Value} {m.Calendar} {m.Gregorian} {m.Hijri} {m.Flags}";
    }
}
