using System;
using System.Collections.Generic;
using System.Linq;
using ArabicNews.Text;
using Xunit;

namespace ArabicNews.Tests.Text
{
    public class SpellingVariantLexiconTests
    {
        private static readonly ArabicNormalizer Search = ArabicNormalizer.Search;

        [Fact]
        public void TheBuiltInLexiconHasAtLeastSixtySets() => Assert.True(SpellingVariantLexicon.Default.Count >= 60, $"{SpellingVariantLexicon.Default.Count} sets");

        public static IEnumerable<object[]> Variants() =>
            SpellingVariantLexicon.Default.Sets.SelectMany(set => set.Skip(1).Select(variant => new object[] { set[0], variant }));

        [Theory]
        [MemberData(nameof(Variants))]
        public void EveryVariantFoldsToItsCanonicalStem(string canonical, string variant)
        {
            Assert.Equal(Search.Normalize(canonical), Search.Normalize(variant));
            Assert.Equal(Search.Normalize("وال" + canonical + "ية"), Search.Normalize("وال" + variant + "ية"));
            Assert.Equal(Search.Normalize("ل" + canonical), Search.Normalize("ل" + variant));
        }

        [Theory]
        [InlineData("الأميركية", "الامريكيه")] // seed 001
        [InlineData("الأمريكية", "الامريكيه")] // seed 000
        [InlineData("الأميركيين", "الامريكيين")]
        [InlineData("وأميركا", "وامريكا")]
        [InlineData("أميركي", "امريكي")]
        [InlineData("البنتاغون", "البنتاجون")] // seed 001
        [InlineData("(البنتاجون)", "(البنتاجون)")] // seed 000
        [InlineData("للبنتاغون", "للبنتاجون")]
        [InlineData("الكونغرس", "الكونجرس")]
        [InlineData("وميليشيات", "وميليشيات")] // seed 001
        [InlineData("المليشيات", "الميليشيات")] // seed 003
        [InlineData("غوغل", "جوجل")]
        [InlineData("الديموقراطية", "الديمقراطيه")]
        [InlineData("بالديموقراطيين", "بالديمقراطيين")]
        [InlineData("تلفزيون", "تلفزيون")] // seed 001: canonical stays
        [InlineData("التليفزيون", "التلفزيون")]
        [InlineData("الأميرَكيّة", "الامريكيه")] // diacritics inside do not stop the match
        public void FoldsWordsWithTheirClitics(string input, string expected) => Assert.Equal(expected, Search.Normalize(input));

        [Theory]
        [InlineData("ميركل")] // Merkel
        [InlineData("الأمير")] // the prince
        [InlineData("الأميرة")]
        [InlineData("أميركل")]
        [InlineData("هولاند")] // Hollande, not Holland
        [InlineData("غرام")] // love (also "gram")
        [InlineData("استاذ")]
        [InlineData("بوتقة")] // crucible
        public void LeavesLookAlikeWordsAlone(string word) =>
            Assert.Equal(new ArabicNormalizer(NormalizationProfile.Search & ~ArabicNormalizerOptions.FoldSpellingVariants).Normalize(word), Search.Normalize(word));

        [Fact]
        public void TheCanonicalSpellingFollowsTheLetterOptions()
        {
            var keepHamza = new ArabicNormalizer(ArabicNormalizerOptions.FoldSpellingVariants);
            Assert.Equal("الأمريكية", keepHamza.Normalize("الأميركية"));
            Assert.Equal("الأمريكية", keepHamza.Normalize("الأمريكية"));
        }

        [Fact]
        public void UsersCanAddSets()
        {
            var lexicon = SpellingVariantLexicon.Default.WithSets(new[] { new[] { "سبوتنيك", "سپوتنيك" } });
            var normalizer = new ArabicNormalizer(NormalizationProfile.Search, lexicon);
            Assert.Equal("سبوتنيك", normalizer.Normalize("سپوتنيك"));
            Assert.Equal(SpellingVariantLexicon.Default.Count + 1, lexicon.Count);
        }

        [Fact]
        public void AnEmptyLexiconChangesNoWord() =>
            Assert.Equal("البنتاغون", new ArabicNormalizer(NormalizationProfile.Search, SpellingVariantLexicon.Empty).Normalize("البنتاغون"));

        [Fact]
        public void BadSetsAreRejected()
        {
            Assert.Throws<ArgumentNullException>(() => new SpellingVariantLexicon(null!));
            Assert.Throws<ArgumentException>(() => new SpellingVariantLexicon(new[] { new[] { "جوجل" } }));
            Assert.Throws<ArgumentException>(() => new SpellingVariantLexicon(new[] { new[] { "جوجل", "غوغل" }, new[] { "قوقل", "غوغل" } }));
            Assert.Throws<ArgumentException>(() => new SpellingVariantLexicon(new[] { new[] { "a1", "b2" } }));
            Assert.Throws<ArgumentNullException>(() => new ArabicNormalizer(NormalizationProfile.Search, null!));
        }

        [Fact]
        public void EveryStemIsAFixedPointOfTheLetterFolds()
        {
            // The lexicon's canonical stems are written so that the Search preset keeps them recognizable.
            foreach (var set in SpellingVariantLexicon.Default.Sets)
            {
                string canonical = Search.Normalize(set[0]);
                Assert.Equal(canonical, Search.Normalize(canonical));
            }
        }

        [Fact]
        public void TheWordFilterLetsEveryVariantWordThrough()
        {
            // The filter runs before the lexicon lookup, so it must accept every word the lookup would find: every
            // variant stem with every proclitic and suffix, in folded form.
            var lexicon = SpellingVariantLexicon.Default;
            int checkedWords = 0;
            foreach (var set in lexicon.Sets)
            {
                foreach (string stem in set.Skip(1))
                {
                    string key = MatchingFold.FoldString(stem);
                    foreach (string proclitic in SpellingVariantLexicon.Proclitics)
                    {
                        foreach (string suffix in SpellingVariantLexicon.Suffixes)
                        {
                            string word = proclitic + key + suffix;
                            if (lexicon.Match(word.AsSpan(), out _, out _) < 0)
                            {
                                continue;
                            }

                            byte[] slots = Padded(word);
                            Assert.True(lexicon.MayMatchWord(slots, word.Length), word);
                            checkedWords++;
                        }
                    }
                }
            }

            Assert.True(checkedWords > 10_000, checkedWords.ToString());
        }

        [Fact]
        public void MatchFindsWhatTheDocumentedOrderFinds() => AssertMatchFollowsTheDocumentedOrder(SpellingVariantLexicon.Default, 10_000);

        [Fact]
        public void MatchFindsWhatTheDocumentedOrderFindsAmongStemsThatOverlap()
        {
            // Stems that start with proclitic letters or end with suffix letters, so that a word splits in several ways:
            // وبلاد is و + بلاد and وب + لاد; كتابيه is كتاب + يه and كتابي + ه; والملك is و + الملك (ملك is canonical).
            var lexicon = OverlappingStems();
            AssertMatchFollowsTheDocumentedOrder(lexicon, 1_000);
            Assert.Equal((1, 2, 3), MatchOf(lexicon, "وبلاد"));
            Assert.Equal((2, 0, 4), MatchOf(lexicon, "كتابيه"));
            Assert.Equal((3, 0, 5), MatchOf(lexicon, "كتابي"));
            Assert.Equal((4, 1, 5), MatchOf(lexicon, "والملك"));
        }

        [Fact]
        public void AStemWhosePlaceDecidesMatchesWhereTheSearchWould()
        {
            AssertKnownStemsMatchAsTheSearch(SpellingVariantLexicon.Default, out int decided, out int keys);
            Assert.True(decided > keys / 2, $"{decided} of {keys} stems decided by place");
        }

        [Fact]
        public void AStemThatOthersOverlapLeavesTheMatchToTheSearch()
        {
            var lexicon = OverlappingStems();
            Assert.Equal(-1, lexicon.SetDecidedByPlace("بلاد")); // لاد may start inside it, after ب
            Assert.Equal(1, lexicon.SetDecidedByPlace("لاد"));
            Assert.Equal(-1, lexicon.SetDecidedByPlace("كتاب")); // كتابي starts where it does
            Assert.Equal(-1, lexicon.SetDecidedByPlace("كتابي"));
            Assert.Equal(4, lexicon.SetDecidedByPlace("الملك"));
            Assert.Equal(-1, lexicon.SetDecidedByPlace("ملك")); // a canonical stem is no variant
            AssertKnownStemsMatchAsTheSearch(lexicon, out _, out _);
        }

        // For every variant stem, in words that hold it after letters a proclitic is spelled with (every proclitic and
        // suffix, and random letters around it): the match from its place is the search's.
        private static void AssertKnownStemsMatchAsTheSearch(SpellingVariantLexicon lexicon, out int decided, out int keys)
        {
            const string ProcliticLetters = "وفبكلا";
            string tailLetters = string.Concat(SpellingVariantLexicon.Suffixes) + "بدسم";
            var random = new Random(1201);
            decided = 0;
            keys = 0;
            foreach (string key in lexicon.VariantKeys)
            {
                keys++;
                int set = lexicon.SetDecidedByPlace(key);
                decided += set >= 0 ? 1 : 0;
                var words = new List<(string Prefix, string Tail)>();
                foreach (string proclitic in SpellingVariantLexicon.Proclitics)
                {
                    words.AddRange(SpellingVariantLexicon.Suffixes.Select(suffix => (proclitic, suffix)));
                }

                for (int k = 0; k < 200; k++)
                {
                    string prefix = new string(Enumerable.Range(0, random.Next(0, 5)).Select(_ => ProcliticLetters[random.Next(ProcliticLetters.Length)]).ToArray());
                    string tail = new string(Enumerable.Range(0, random.Next(0, 5)).Select(_ => tailLetters[random.Next(tailLetters.Length)]).ToArray());
                    words.Add((prefix, tail));
                }

                foreach (var (prefix, tail) in words)
                {
                    byte[] word = (prefix + key + tail).Select(SpellingVariantLexicon.Slot).ToArray();
                    int expected = lexicon.Match(word, out int start, out int length);
                    int actual = lexicon.MatchKnownStem(word, prefix.Length, key.Length, set, out int knownStart, out int knownLength);
                    Assert.True(
                        (expected, expected < 0 ? 0 : start, expected < 0 ? 0 : length) == (actual, actual < 0 ? 0 : knownStart, actual < 0 ? 0 : knownLength),
                        $"{prefix}+{key}+{tail}: search {expected} at {start}+{length}, by place {actual} at {knownStart}+{knownLength}");
                }
            }
        }

        private static SpellingVariantLexicon OverlappingStems() => new SpellingVariantLexicon(new[]
        {
            new[] { "بلدان", "بلاد" }, new[] { "لادن", "لاد" }, new[] { "كتب", "كتاب" }, new[] { "كتبي", "كتابي" },
            new[] { "ملك", "الملك" }, new[] { "وادي", "واد" }, new[] { "فاس", "فاسي" },
        });

        private static (int Set, int Start, int Length) MatchOf(SpellingVariantLexicon lexicon, string word)
        {
            int set = lexicon.Match(word.AsSpan(), out int start, out int length);
            return (set, start, length);
        }

        // The reference: every proclitic length from the longest down, each suffix in list order, the first split whose
        // middle is a variant stem. Words are every proclitic + stem + suffix, with stems canonical and variant, and
        // random strings of the letters those are spelled with, where splits overlap and compete.
        private static void AssertMatchFollowsTheDocumentedOrder(SpellingVariantLexicon lexicon, int minimumFound)
        {
            var variantSets = new Dictionary<string, int>(StringComparer.Ordinal);
            var stems = new List<string>();
            for (int set = 0; set < lexicon.Sets.Count; set++)
            {
                string canonical = MatchingFold.FoldString(lexicon.Sets[set][0]);
                stems.Add(canonical);
                foreach (string stem in lexicon.Sets[set].Skip(1).Select(MatchingFold.FoldString).Where(key => key != canonical))
                {
                    variantSets[stem] = set;
                    stems.Add(stem);
                }
            }

            var words = new List<string>();
            foreach (string stem in stems)
            {
                foreach (string proclitic in SpellingVariantLexicon.Proclitics)
                {
                    words.AddRange(SpellingVariantLexicon.Suffixes.Select(suffix => proclitic + stem + suffix));
                }
            }

            string letters = string.Concat(stems.Concat(SpellingVariantLexicon.Proclitics).Concat(SpellingVariantLexicon.Suffixes)).Distinct().Aggregate("", (all, c) => all + c);
            var random = new Random(20261201);
            for (int k = 0; k < 20_000; k++)
            {
                string stem = stems[random.Next(stems.Count)];
                string noise = new string(Enumerable.Range(0, random.Next(0, 4)).Select(_ => letters[random.Next(letters.Length)]).ToArray());
                words.Add(random.Next(3) switch { 0 => noise + stem, 1 => stem + noise, _ => noise + stem.Substring(0, random.Next(1, stem.Length)) + noise });
            }

            int found = 0;
            foreach (string word in words)
            {
                var expected = Reference(word);
                int set = lexicon.Match(word.AsSpan(), out int start, out int length);
                Assert.Equal(expected, (set, set < 0 ? 0 : start, set < 0 ? 0 : length));
                byte[] slots = word.Select(SpellingVariantLexicon.Slot).ToArray();
                Assert.Equal(set, lexicon.Match(slots, out int slotStart, out int slotLength));
                Assert.Equal((start, length), (slotStart, slotLength));
                found += set >= 0 ? 1 : 0;
            }

            Assert.True(found > minimumFound && found < words.Count, $"{found} of {words.Count}");

            (int Set, int Start, int Length) Reference(string word)
            {
                for (int prefix = Math.Min(SpellingVariantLexicon.MaxProcliticLength, word.Length); prefix >= 0; prefix--)
                {
                    if (!SpellingVariantLexicon.Proclitics.Contains(word.Substring(0, prefix)))
                    {
                        continue;
                    }

                    string rest = word.Substring(prefix);
                    foreach (string suffix in SpellingVariantLexicon.Suffixes)
                    {
                        if (rest.Length > suffix.Length && rest.EndsWith(suffix, StringComparison.Ordinal)
                            && variantSets.TryGetValue(rest.Substring(0, rest.Length - suffix.Length), out int set))
                        {
                            return (set, prefix, rest.Length - suffix.Length);
                        }
                    }
                }

                return (-1, 0, 0);
            }
        }

        [Fact]
        public void TheWordFilterStopsCommonWordsThatShareAStemStart()
        {
            foreach (string word in new[] { "الي", "انسحاب", "واشنطن" })
            {
                Assert.False(SpellingVariantLexicon.Default.MayMatchWord(Padded(word), word.Length), word);
            }
        }

        // A word's slots followed by the padding a block has after it.
        private static byte[] Padded(string word) =>
            word.Select(MatchingFold.SlotOf).Concat(Enumerable.Repeat(MatchingFold.NotWord, WordSlots.Padding)).ToArray();
    }
}
