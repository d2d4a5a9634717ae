using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.Intrinsics.X86;
using ArabicNews.Calendars;
using ArabicNews.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace ArabicNews.Tests.Text
{
    /// <summary>
    /// The word pass that visits only anchored words against the one that visits every word: same text, same offsets,
    /// on any input; and the anchor filter's vector path against its exact one.
    /// </summary>
    [Properties(Arbitrary = new[] { typeof(ArabicTextGenerators), typeof(WordAnchorsTests) }, MaxTest = 300)]
    public class WordAnchorsTests
    {
        private static readonly WordAnchors Anchors = WordAnchors.Create(SpellingVariantLexicon.Default, foldMonths: true, withSieve: true); // on every machine

        private static readonly string[] Proclitics = { "", "", "", "ال", "و", "وال", "بال", "ل", "لل", "ف", "ك", "وب", "وبال", "فبال", "وكال", "ه", "ست" };

        private static readonly string[] Suffixes = { "", "", "", "ي", "ية", "يين", "ا", "ه", "ات", "ان", "ون" };

        private static readonly string[] MonthWords = MonthNames.All.Select(n => n.Text).ToArray();

        private static readonly string[] Stems = SpellingVariantLexicon.Default.Sets.SelectMany(s => s).ToArray();

        /// <summary>Text made of the words the pass rewrites, their near misses, and what can hide or split them.</summary>
        public sealed record NeedleText(string Value)
        {
            public override string ToString() => ArabicText.Escape(Value);
        }

        public static Arbitrary<NeedleText> NeedleTextArbitrary()
        {
            var word = Gen.OneOf(
                Gen.Elements(MonthWords),
                from p in Gen.Elements(Proclitics) from s in Gen.Elements(Stems) from x in Gen.Elements(Suffixes) select p + s + x,
                from s in Gen.Elements(Stems) from cut in Gen.Choose(1, 3) select s.Substring(0, Math.Max(1, s.Length - cut)),
                from p in Gen.Elements(Proclitics) from m in Gen.Elements(MonthWords) select p + m,
                Gen.Elements("الذي", "هذا", "ذو", "ذي", "ذا", "في", "من", "عام", "الأمير", "ميركل", "تشرينات"));
            var marked = from w in word
                         from at in Gen.Choose(0, 12)
                         from mark in Gen.Elements("", "", "", "\u064E", "\u0651", "\u0640", "\u200C", "\u200D", "\u200B", "\u00AD")
                         select at < w.Length ? w.Insert(at, mark) : w;
            var separator = Gen.Elements(" ", " ", " ", "  ", "\n", "، ", "/", "(", ") ", "-", "5", "a", "\u200C", "\u00A0");
            var piece = from w in marked from s in separator select w + s;
            return Arb.From(Gen.ListOf(piece).Select(pieces => new NeedleText(string.Concat(pieces))));
        }

        [Property]
        public void AnchoredPassEqualsEveryWordPassOnNeedleText(NeedleText text) => AssertSamePass(text.Value);

        [Property]
        public void AnchoredPassEqualsEveryWordPassOnArabicText(ArabicText text) => AssertSamePass(text.Value);

        [Property]
        public void AnchoredPassEqualsEveryWordPassOnAnyUtf16(AnyUtf16 text) => AssertSamePass(text.Value);

        [Property(MaxTest = 60)]
        public void AnchoredPassEqualsEveryWordPassUnderAnyOptions(NeedleText text, AnyOptions options)
        {
            var tables = new NormalizationTables(options.Value);
            string charPassed = new ArabicNormalizer(options.Value & ~(ArabicNormalizerOptions.FoldSpellingVariants | ArabicNormalizerOptions.FoldMonthNames)).Normalize(text.Value);
            var lexicon = (options.Value & ArabicNormalizerOptions.FoldSpellingVariants) != 0 ? SpellingVariantLexicon.Default : null;
            bool months = (options.Value & ArabicNormalizerOptions.FoldMonthNames) != 0;
            if (lexicon is null && !months)
            {
                return;
            }

            AssertSamePass(charPassed, tables, lexicon, months);
        }

        [Property(MaxTest = 200)]
        public void TheNormalizerEqualsItsEveryWordReferenceUnderAnyOptions(NeedleText text, AnyOptions options)
        {
            // Through the whole normalizer, so that the word pass learns from the character pass whether it wrote an
            // invisible break (a kept ZWNJ, NUL) instead of testing the text: a month name split by one must still fold.
            var everyWord = new ArabicNormalizer(options.Value, SpellingVariantLexicon.Default, visitEveryWord: true);
            Assert.Equal(everyWord.Normalize(text.Value), new ArabicNormalizer(options.Value).Normalize(text.Value));
        }

        [Theory]
        [InlineData(ArabicNormalizerOptions.KeepZeroWidthNonJoiner)]
        [InlineData(ArabicNormalizerOptions.None)]
        public void AMonthNameSplitByAKeptBreakFoldsAsTheReferenceDoes(ArabicNormalizerOptions extra)
        {
            var options = NormalizationProfile.Search | extra;
            var everyWord = new ArabicNormalizer(options, SpellingVariantLexicon.Default, visitEveryWord: true);
            var anchored = new ArabicNormalizer(options);
            foreach (string split in new[] { "كان\u200Cون الثاني", "كانون\u200C الثاني", "ك\u0000انون الثاني", "شباط\u0000", "في تشر\u200Cين الأول" })
            {
                string text = "قال " + split + " إن";
                Assert.Equal(everyWord.Normalize(text), anchored.Normalize(text));
            }
        }

        [Fact]
        public void AnchoredPassEqualsEveryWordPassOnTheSeeds()
        {
            var search = NormalizationProfile.Search & ~(ArabicNormalizerOptions.FoldSpellingVariants | ArabicNormalizerOptions.FoldMonthNames);
            int changed = 0;
            foreach (string file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt"))
            {
                string raw = File.ReadAllText(file);
                changed += AssertSamePass(raw);
                changed += AssertSamePass(new ArabicNormalizer(search).Normalize(raw));
            }

            Assert.True(changed > 0, "the seeds have variants and month names to fold");
        }

        [Fact]
        public void TheSearchPresetGivesTheSameTextAndOffsetsAsItsEveryWordReference()
        {
            var everyWord = new ArabicNormalizer(NormalizationProfile.Search, SpellingVariantLexicon.Default, visitEveryWord: true);
            foreach (string file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt"))
            {
                string raw = File.ReadAllText(file);
                var expected = everyWord.NormalizeWithOffsets(raw);
                var actual = ArabicNormalizer.Search.NormalizeWithOffsets(raw);
                Assert.Equal(expected.Text, actual.Text);
                Assert.Equal(expected.Text.Length, actual.Text.Length);
                for (int k = 0; k < actual.Text.Length; k++)
                {
                    Assert.Equal(expected.GetSourceIndex(k), actual.GetSourceIndex(k));
                }
            }
        }

        [Fact]
        public void AWordCutAtEveryPositionOfABlockGivesTheSameResult()
        {
            const string sentence = "قال البنتاغون في كانون الثاني إن الأميركيين والكونغرس ";
            for (int pad = 0; pad < 130; pad++)
            {
                string text = new string('ب', pad % 7) + new string(' ', pad) + sentence + sentence;
                foreach (bool startContinues in new[] { false, true })
                {
                    foreach (bool endContinues in new[] { false, true })
                    {
                        AssertSamePass(text, startContinues, endContinues);
                    }
                }
            }
        }

        [Fact]
        public void EveryNeedleHoldsAnAnchor()
        {
            var needles = SpellingVariantLexicon.Default.VariantKeys
                .Concat(MonthNameFolding.RewritableFirstWords())
                .ToList();
            Assert.Contains("كانون", needles);
            Assert.Contains("ذي", needles);
            Assert.DoesNotContain("يناير", needles); // canonical: never rewritten
            Assert.True(needles.Count > 100, needles.Count.ToString());
            foreach (string needle in needles)
            {
                var slots = SlotsOf(needle);
                Assert.True(Enumerable.Range(0, needle.Length).Any(k => Anchors.IsAnchorAt(slots, k)), needle);
            }
        }

        [Fact]
        public void FewWordsOfTheSeedsAreCandidates()
        {
            // Without this the filter could pass everything and the differential tests above would still hold. After the
            // Search preset the seeds' variants are canonical, and the four-letter anchors avoid canonical spellings:
            // about one word in a hundred holds one.
            var normalizer = new ArabicNormalizer(NormalizationProfile.Search);
            int words = 0;
            int candidates = 0;
            foreach (string file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt"))
            {
                foreach (string word in normalizer.Normalize(File.ReadAllText(file)).Split(' ', '\n'))
                {
                    var slots = SlotsOf(word);
                    if (slots[0] == MatchingFold.NotWord)
                    {
                        continue;
                    }

                    words++;
                    candidates += Enumerable.Range(0, word.Length).Any(k => Anchors.IsAnchorAt(slots, k)) ? 1 : 0;
                }
            }

            Assert.True(words > 1500);
            Assert.InRange(100.0 * candidates / words, 0.2, 5);
        }

        [Fact]
        public void InvisibleBreakBitsCoverEveryBreakAndLittleElse()
        {
            var text = new char[64 + 64];
            int breaks = 0;
            for (int block = 0; block < 0x10000; block += 64)
            {
                for (int k = 0; k < text.Length; k++)
                {
                    text[k] = (char)((block + k) & 0xFFFF);
                }

                foreach (int at in new[] { 0, 64 })
                {
                    ulong bits = MatchingFold.InvisibleBreakBits(text, at);
                    for (int k = 0; k < 64; k++)
                    {
                        char c = text[at + k];
                        bool set = ((bits >> k) & 1) != 0;
                        bool isBreak = MatchingFold.IsInvisibleBreak(c);
                        breaks += isBreak && at == 0 ? 1 : 0;
                        Assert.True(!isBreak || set, $"U+{(int)c:X4} is a break");
                        Assert.True(!set || isBreak || (c >= 0x0898 && c <= 0x08FF) || (c >= 0x2060 && c <= 0x206F), $"U+{(int)c:X4} is not a break");
                    }
                }
            }

            Assert.InRange(breaks, 60, 100);
            Assert.Equal(0b101UL, MatchingFold.InvisibleBreakBits("\u200Cب\u00AD".AsSpan(), 0)); // the scalar tail
        }

        [Fact]
        public void MayHoldInvisibleBreakFindsEveryBreakAnywhereAndPassesCleanText()
        {
            // A clean stretch of letters, long enough for the vector loop and a scalar tail.
            var clean = new string('\u0628', 100);
            Assert.False(MatchingFold.MayHoldInvisibleBreak(clean.AsSpan()));
            Assert.False(MatchingFold.MayHoldInvisibleBreak("كتب الرئيس في 2024، «بيان».".AsSpan()));
            int breaks = 0;
            for (int c = 0; c < 0x10000; c++)
            {
                if (!MatchingFold.IsInvisibleBreak((char)c))
                {
                    continue;
                }

                breaks++;
                foreach (int at in new[] { 0, 31, 32, 63, 64, 95, 96, 99 })
                {
                    var text = clean.ToCharArray();
                    text[at] = (char)c;
                    Assert.True(MatchingFold.MayHoldInvisibleBreak(text), $"U+{c:X4} at {at}");
                }
            }

            Assert.InRange(breaks, 60, 100);
        }

        [Fact]
        public void TheCommonTriplesAreFourHundredDistinctFoldedLetterTriples()
        {
            var triples = WordAnchors.CommonTripleList;
            Assert.Equal(400, triples.Length);
            Assert.Equal(400, triples.Distinct(StringComparer.Ordinal).Count());
            foreach (string triple in triples)
            {
                Assert.Equal(3, triple.Length);
                Assert.True(triple.All(c => c >= '\u0621' && c <= '\u064A'), triple);
                Assert.Equal(triple, MatchingFold.FoldString(triple));
            }

            // The ranking steers anchors: the commonest triples of Arabic words lead it.
            Assert.Equal("الم", triples[0]);
            Assert.Contains("علي", triples.Take(10));
        }

        [Fact]
        public void AStemOfTwoLettersIsRefused()
        {
            // The anchors and the lexicon's own filters read three letters of every stem.
            var sets = new[] { (IReadOnlyList<string>)new[] { "بتر", "بث" } };
            Assert.Throws<ArgumentException>(() => new SpellingVariantLexicon(sets));
        }

        [Property]
        public void CandidatesAreTheSupersetOfTheAnchorsThatTheirPathComputes(AnyUtf16 text, NeedleText needles)
        {
            // Both filters hold every anchor; Candidates is the one of its machine (AVX-512 VBMI: the hashed bitmaps;
            // AVX2: the triple table; elsewhere the triple sieve, which is exact), and the AVX2 path is its scalar twin
            // wherever it runs.
            // Steps of 17 start chunks at both parities, which the triple table's two halves depend on.
            string value = needles.Value + text.Value + needles.Value;
            var slots = new byte[value.Length + WordSlots.Padding];
            WordSlots.Fill(value.AsSpan(), slots);
            for (int at = 0; at < value.Length; at += 17)
            {
                ulong exact = Anchors.CandidatesScalar(slots, at);
                ulong hashed = Anchors.HashedCandidatesScalar(slots, at);
                ulong triple = Anchors.TripleCandidatesScalar(slots, at);
                Assert.Equal(0UL, exact & ~hashed);
                Assert.Equal(0UL, exact & ~triple);
                Assert.Equal(exact, Anchors.SievedCandidatesScalar(slots, at));
                Assert.Equal(Avx512Vbmi.IsSupported ? hashed : Avx2.IsSupported ? triple : exact, Anchors.Candidates(slots, at));
                if (Avx2.IsSupported)
                {
                    Assert.Equal(triple, Anchors.TripleCandidatesAvx2(slots, at));
                }
            }
        }

        [Fact]
        public void EveryNeedleIsACandidateAtEitherParity()
        {
            // A quad anchor is in the triple table twice, once for an even position and once for an odd one: each needle,
            // whole, after a proclitic and at both parities, must pass the filter where it holds its anchor.
            var needles = SpellingVariantLexicon.Default.VariantKeys.Concat(MonthNameFolding.RewritableFirstWords()).ToList();
            foreach (string needle in needles)
            {
                foreach (string before in new[] { " ", "  ", " ال", " وال" })
                {
                    var slots = SlotsOf(before + needle + " ");
                    ulong exact = Anchors.CandidatesScalar(slots, 0);
                    Assert.NotEqual(0UL, exact);
                    Assert.Equal(0UL, exact & ~Anchors.TripleCandidatesScalar(slots, 0));
                    Assert.Equal(exact, Anchors.SievedCandidatesScalar(slots, 0));
                    Assert.Equal(0UL, exact & ~Anchors.Candidates(slots, 0));
                }
            }
        }

        [Fact]
        public void CandidatesNearTheEndOfASpanReadNotWordPastIt()
        {
            // Without the padding the AVX2 path cannot read its 64 + 8 slots: Candidates then takes the scalar twin,
            // which reads NotWord past the end, as the exact test does. (The VBMI path reads its 64 + 3 slots unchecked.)
            string text = "قال البنتاغون في كانون الثاني إن الأميركيين والكونغرس ذي بپ";
            var slots = SlotsOf(text);
            for (int length = 0; length <= text.Length + WordSlots.Padding; length++)
            {
                var span = slots.AsSpan(0, length);
                for (int at = 0; at < Math.Min(length, text.Length); at += 5)
                {
                    ulong triple = Anchors.TripleCandidatesScalar(span, at);
                    ulong exact = Anchors.CandidatesScalar(span, at);
                    Assert.Equal(0UL, exact & ~triple);
                    Assert.Equal(exact, Anchors.SievedCandidatesScalar(span, at));
                    if (!Avx512Vbmi.IsSupported)
                    {
                        Assert.Equal(Avx2.IsSupported ? triple : exact, Anchors.Candidates(span, at));
                    }
                }
            }
        }

        [Fact]
        public void TheTripleFilterPassesFewPositionsInVainOnTheSeeds()
        {
            // Without this the filter could pass every letter quad and the differential tests would still hold. On the
            // seeds as the character pass leaves them, about one position in 200 holds an anchor; the filter adds fewer
            // than one in a thousand (the VBMI bitmaps about as many).
            var characters = new ArabicNormalizer(NormalizationProfile.Search & ~(ArabicNormalizerOptions.FoldSpellingVariants | ArabicNormalizerOptions.FoldMonthNames));
            long positions = 0;
            long exact = 0;
            long passed = 0;
            foreach (string file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt"))
            {
                string text = characters.Normalize(File.ReadAllText(file));
                var slots = SlotsOf(text);
                for (int at = 0; at < text.Length; at += 64)
                {
                    ulong valid = text.Length - at >= 64 ? ulong.MaxValue : (1UL << (text.Length - at)) - 1;
                    positions += System.Numerics.BitOperations.PopCount(valid);
                    exact += System.Numerics.BitOperations.PopCount(Anchors.CandidatesScalar(slots, at) & valid);
                    passed += System.Numerics.BitOperations.PopCount(Anchors.TripleCandidatesScalar(slots, at) & valid);
                }
            }

            Assert.True(exact > 50, $"{exact} anchors");
            Assert.InRange(1000.0 * (passed - exact) / positions, 0, 2);
        }

        [Fact]
        public void TwoLetterNeedlesWithMoreThanEightFirstLettersAreAllCandidates()
        {
            // Eight groups of first letters are tested exactly; beyond them groups share a bit, a superset that must
            // still hold every needle.
            string[] needles = { "بت", "تث", "ثج", "جح", "حخ", "خد", "دذ", "ذر", "رز", "زس", "سش", "شص" };
            var anchors = WordAnchors.FromNeedles(needles);
            foreach (string needle in needles)
            {
                var slots = SlotsOf(" " + needle + " ");
                Assert.True(anchors.IsAnchorAt(slots, 1), needle);
                Assert.NotEqual(0UL, anchors.Candidates(slots, 0) & (1UL << 1));
                Assert.NotEqual(0UL, anchors.HashedCandidatesScalar(slots, 0) & (1UL << 1));
                Assert.NotEqual(0UL, anchors.TripleCandidatesScalar(slots, 0) & (1UL << 1));
            }

            // The triple sieve at both parities: a two-letter needle at an odd position is found from the triple before it.
            foreach (string needle in needles)
            {
                foreach (string before in new[] { " ", "  ", " ا", " اا" })
                {
                    var slots = SlotsOf(before + needle + " ");
                    Assert.NotEqual(0UL, anchors.SievedCandidatesScalar(slots, 0) & (1UL << before.Length));
                }
            }

            // While there are at most eight first letters, the groups are exact: the needle's letters the other way
            // round are no candidate (ثت has no anchor triple either). So are the nibble buckets of at most eight needles.
            var few = WordAnchors.FromNeedles(needles.Take(8));
            Assert.Equal(0UL, few.HashedCandidatesScalar(SlotsOf(" ثت "), 0));
            Assert.Equal(0UL, few.TripleCandidatesScalar(SlotsOf(" ثت "), 0));
            Assert.Equal(0UL, few.TripleCandidatesScalar(SlotsOf(" بث تت "), 0)); // the letters of بت and تث, crossed
        }

        [Fact]
        public void TheDepthPretestAdmitsEveryWordThatHoldsANeedle()
        {
            // MayHoldNeedleAt must never turn away an anchor that HoldsNeedle accepts, at any depth its needles allow.
            foreach (string stem in Stems.Take(200))
            {
                foreach (string proclitic in Proclitics)
                {
                    string folded = MatchingFold.FoldString(proclitic + stem);
                    var slots = SlotsOf(folded);
                    for (int position = 0; position + 2 < folded.Length; position++)
                    {
                        if (Anchors.HoldsNeedle(slots, position, 0, out _, out _))
                        {
                            Assert.True(Anchors.MayHoldNeedleAt(slots, position, position), folded);
                        }
                    }
                }
            }
        }

        [Fact]
        public void ANeedleFoundStandsInTheWordLetterForLetter()
        {
            // The word pass trusts the needle HoldsNeedle reports (a stem whose place decides the match is not searched
            // for again), so a word that differs from a needle in any one letter must not be taken for it.
            var needles = new HashSet<string>(SpellingVariantLexicon.Default.VariantKeys.Concat(MonthNameFolding.RewritableFirstWords()));
            int found = 0;
            foreach (string needle in needles)
            {
                foreach (string proclitic in new[] { "", "وال", "ب" })
                {
                    for (int changed = -1; changed < needle.Length; changed++)
                    {
                        var letters = (proclitic + needle + "ية").ToCharArray();
                        if (changed >= 0)
                        {
                            int at = proclitic.Length + changed;
                            letters[at] = letters[at] == 'ث' ? 'ذ' : 'ث';
                        }

                        string word = new string(letters);
                        var slots = SlotsOf(word);
                        for (int position = 0; position < word.Length; position++)
                        {
                            if (Anchors.HoldsNeedle(slots, position, 0, out _, out var hit))
                            {
                                Assert.Contains(word.Substring(hit.Start, hit.Length), needles);
                                found += changed < 0 ? 1 : 0;
                            }
                        }
                    }
                }
            }

            Assert.True(found >= needles.Count, $"{found} needles found in place");
        }

        [Fact]
        public void TheDepthPretestTurnsAwayAnchorsOfTheSeedsThatNoNeedleCanUse()
        {
            // Words of the seeds (as the character pass leaves them) that hold an anchor where none of its needles can
            // stand: the pre-test alone must decide some of them, and never one that holds a needle.
            var characters = new ArabicNormalizer(NormalizationProfile.Search & ~(ArabicNormalizerOptions.FoldSpellingVariants | ArabicNormalizerOptions.FoldMonthNames));
            int anchors = 0;
            int turnedAway = 0;
            foreach (string file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt"))
            {
                foreach (string word in characters.Normalize(File.ReadAllText(file)).Split(' ', '\n'))
                {
                    var slots = SlotsOf(word);
                    for (int position = 0; position < word.Length; position++)
                    {
                        if (slots[position] == MatchingFold.NotWord || !Anchors.IsAnchorAt(slots, position))
                        {
                            continue;
                        }

                        anchors++;
                        if (!Anchors.MayHoldNeedleAt(slots, position, position))
                        {
                            turnedAway++;
                            Assert.False(Anchors.HoldsNeedle(slots, position, 0, out _, out _), word);
                        }
                    }
                }
            }

            Assert.True(anchors > 50, $"{anchors} anchors");
            Assert.InRange(turnedAway, 1, anchors - 1);
        }

        [Fact]
        public void TheTripleTableIsSparse()
        {
            // Two bits per four-letter anchor (about 115) in 4,096 words of 32.
            Assert.InRange(Anchors.TripleTableBitCount, 150, 250);
        }

        [Fact]
        public void TheHashedBucketsAreSparse()
        {
            // 2,048 bits each for about 110 anchors: if most were set, the vector filter would pass most positions.
            int setA = Anchors.BucketsA.Sum(b => System.Numerics.BitOperations.PopCount(b));
            int setB = Anchors.BucketsB.Sum(b => System.Numerics.BitOperations.PopCount(b));
            Assert.InRange(setA, 50, 250);
            Assert.InRange(setB, 50, 250);
        }

        [Fact]
        public void AGramIsAnAnchorOnlyWhenAllItsSlotsAreLetters()
        {
            // پ has the catch-all letter slot 63, which NotWord (0xFF) also has in its low six bits: a needle ending in it
            // must not be found where its word ends instead.
            Assert.Equal(63, MatchingFold.SlotOf('پ'));
            foreach (string needle in new[] { "بپ", "ببپ", "بببپ" })
            {
                var anchors = WordAnchors.FromNeedles(new[] { needle });
                string cut = needle.Substring(0, needle.Length - 1);
                Assert.True(anchors.IsAnchorAt(SlotsOf(needle), 0), needle);
                Assert.False(anchors.IsAnchorAt(SlotsOf(cut + " "), 0), needle);
                Assert.False(anchors.IsAnchorAt(SlotsOf(cut), 0), needle);
                Assert.True(anchors.HoldsNeedle(SlotsOf(needle), 0, 0, out _, out _), needle);
                Assert.False(anchors.HoldsNeedle(SlotsOf(cut + " "), 0, 0, out _, out _), needle);

                // The triple filter tells NotWord from پ too: by its high nibble for a short needle, by the letters test
                // for a quad; at both parities.
                foreach (string before in new[] { "", " " })
                {
                    Assert.NotEqual(0UL, anchors.TripleCandidatesScalar(SlotsOf(before + needle), 0) & (1UL << before.Length));
                    Assert.Equal(0UL, anchors.TripleCandidatesScalar(SlotsOf(before + cut + " "), 0));
                    Assert.Equal(0UL, anchors.TripleCandidatesScalar(SlotsOf(before + cut), 0));
                    if (!Avx512Vbmi.IsSupported)
                    {
                        Assert.Equal(0UL, anchors.Candidates(SlotsOf(before + cut + " "), 0));
                    }
                }
            }
        }

        [Fact]
        public void FourSlotsAreReadInOrderAndNotWordPastTheEnd()
        {
            // HoldsNeedle reads a position's four slots at once where the span allows, byte by byte near its end.
            byte[] slots = { 1, 2, 3, 4, 5, MatchingFold.Ignored, 7 };
            for (int position = 0; position < slots.Length; position++)
            {
                uint expected = 0;
                for (int k = 3; k >= 0; k--)
                {
                    expected = (expected << 8) | (position + k < slots.Length ? slots[position + k] : MatchingFold.NotWord);
                }

                Assert.Equal(expected, WordAnchors.FourSlots(slots, position));
            }

            Assert.Equal(0x04030201u, WordAnchors.FourSlots(slots, 0));
            Assert.Equal(0xFFFFFF07u, WordAnchors.FourSlots(slots, 6));

            // A span shorter than four slots is read byte by byte too, not past its end.
            Assert.Equal(0xFFFF0201u, WordAnchors.FourSlots(slots.AsSpan(0, 2), 0));
            Assert.Equal(0xFFFFFFFFu, WordAnchors.FourSlots(slots.AsSpan(0, 0), 0));
        }

        private static byte[] SlotsOf(string folded)
        {
            var slots = new byte[folded.Length + WordSlots.Padding];
            WordSlots.Fill(folded.AsSpan(), slots);
            return slots;
        }

        private static int AssertSamePass(string text, bool startContinues = false, bool endContinues = false) =>
            AssertSamePass(text, new NormalizationTables(NormalizationProfile.Search), SpellingVariantLexicon.Default, true, startContinues, endContinues);

        private static int AssertSamePass(
            string text,
            NormalizationTables tables,
            SpellingVariantLexicon? lexicon,
            bool months,
            bool startContinues = false,
            bool endContinues = false)
        {
            var offsets = Enumerable.Range(0, text.Length).Select(k => 3 * k + 1).ToArray();
            var everyWord = new WordFoldRules(tables, lexicon, months, visitEveryWord: true);
            var anchored = new WordFoldRules(tables, lexicon, months);
            var (expected, expectedOffsets) = Run(text, offsets, everyWord, startContinues, endContinues);
            var (actual, actualOffsets) = Run(text, offsets, anchored, startContinues, endContinues);
            Assert.Equal(ArabicText.Escape(expected), ArabicText.Escape(actual));
            Assert.Equal(expectedOffsets, actualOffsets);
            if (!startContinues && !endContinues)
            {
                // The normalizer's "nothing to do" check is the same pass, stopping at the first change.
                Assert.Equal(expected != text, WordFolder.HasWordToFold(text.AsSpan(), anchored));
                Assert.Equal(expected != text, WordFolder.HasWordToFold(text.AsSpan(), everyWord));
            }
            return expected == text ? 0 : 1;
        }

        private static (string Text, int[] Offsets) Run(string text, int[] offsets, WordFoldRules rules, bool startContinues, bool endContinues)
        {
            var destination = new char[2 * text.Length + 16];
            var destinationOffsets = new int[destination.Length];
            Assert.True(WordFolder.Fold(text.AsSpan(), offsets, destination, destinationOffsets, rules, startContinues, endContinues, MatchingFold.MayHoldInvisibleBreak(text), out int written));
            return (new string(destination, 0, written), destinationOffsets.AsSpan(0, written).ToArray());
        }
    }
}
