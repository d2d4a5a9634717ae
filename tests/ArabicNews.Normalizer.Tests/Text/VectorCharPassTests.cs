using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.Intrinsics.X86;
using ArabicNews.Text;
using FsCheck;
using FsCheck.Xunit;
using Xunit;

namespace ArabicNews.Tests.Text
{
    /// <summary>
    /// The character pass with its fast lanes (AVX-512, AVX2, the portable 128-bit one) against the same pass without them (the scalar path is the oracle): every
    /// UTF-16 code unit at several lanes of a block, and generated Arabic-heavy text, under the presets and random options;
    /// with and without the map of source indexes.
    /// </summary>
    [Properties(Arbitrary = new[] { typeof(ArabicTextGenerators) }, MaxTest = 300)]
    public class VectorCharPassTests
    {
        private static readonly ArabicNormalizerOptions[] OptionSets =
        {
            NormalizationProfile.Search,
            NormalizationProfile.Light,
            NormalizationProfile.Lucene,
            NormalizationProfile.Search & ~ArabicNormalizerOptions.NormalizeWhitespace,
            NormalizationProfile.Search | ArabicNormalizerOptions.RemoveTanweenAlef | ArabicNormalizerOptions.FoldForeignLetters,
        };

        // Letters and single spaces that every option set above writes one for one: the lane runs over them.
        private const string Filler = "كتب محمد في المدرس كتابا جديدا عن تاريخ المغرب and more text in the";

        [Fact]
        public void EveryCharacterAtSeveralLanesMatchesTheScalarPass()
        {
            var expected = new char[LaneText.Length * 4];
            var actual = new char[LaneText.Length * 4];
            ForEveryCharacterAtSeveralLanes((vector, scalar, text) =>
            {
                string got = Run(vector, text, actual);
                string want = Run(scalar, text, expected);
                return got == want ? null : $"{ArabicText.Escape(got)} != {ArabicText.Escape(want)}";
            });
        }

        [Property]
        public void GeneratedTextMatchesTheScalarPass(ArabicText text, AnyOptions options)
        {
            // Filler between the pieces gives the lane long runs to start on and to be stopped in.
            string value = Filler + text.Value + Filler + text.Value.Replace("\n", Filler) + Filler;
            foreach (var set in new[] { options.Value, NormalizationProfile.Search, NormalizationProfile.Light })
            {
                var tables = new NormalizationTables(set);
                var destination = new char[value.Length * 4 + 16];
                foreach (var vector in VectorEngines(tables))
                {
                    Assert.Equal(
                        ArabicText.Escape(Run(new NormalizationEngine(tables, vectorize: false), value.ToCharArray(), destination)),
                        ArabicText.Escape(Run(vector, value.ToCharArray(), destination)));
                }
            }
        }

        [Fact]
        public void RunsEndingAtEverySpaceAndBlockEdgeMatchTheScalarPass()
        {
            var tables = new NormalizationTables(NormalizationProfile.Search);
            var scalar = new NormalizationEngine(tables, vectorize: false);
            var destination = new char[1024];
            foreach (var vector in VectorEngines(tables))
            {
                AssertRunsEndingAtEverySpaceAndBlockEdge(vector, scalar, destination);
            }
        }

        private static void AssertRunsEndingAtEverySpaceAndBlockEdge(NormalizationEngine vector, NormalizationEngine scalar, char[] destination)
        {
            string[] stoppers = { "  ", " \n", "\u064E", "\u0640", "أ", "«", " «", "\u0654", "\u06CC", "😀", "\t", " " };
            for (int length = 32; length < 140; length++)
            {
                foreach (string stopper in stoppers)
                {
                    for (int at = 0; at < length; at += 7)
                    {
                        string text = (Filler + Filler + Filler).Substring(0, length).Insert(at, stopper);
                        Assert.Equal(Run(scalar, text.ToCharArray(), destination), Run(vector, text.ToCharArray(), destination));
                    }
                }
            }
        }

        [Fact]
        public void EveryCharacterAtSeveralLanesMatchesTheScalarPassWithOffsets()
        {
            var expected = new char[LaneText.Length * 4];
            var actual = new char[LaneText.Length * 4];
            var expectedIndexes = new int[LaneText.Length * 4];
            var actualIndexes = new int[LaneText.Length * 4];
            ForEveryCharacterAtSeveralLanes((vector, scalar, text) =>
            {
                actualIndexes.AsSpan().Fill(-1); // an index the lane forgot to write must not survive from the last run
                expectedIndexes.AsSpan().Fill(-1);
                var gotState = default(NormalizerState);
                var wantState = default(NormalizerState);
                Assert.True(vector.Run(text, actual, actualIndexes, SourceBase, ref gotState, isFinalBlock: true, out int got));
                Assert.True(scalar.Run(text, expected, expectedIndexes, SourceBase, ref wantState, isFinalBlock: true, out int want));
                return got == want
                    && actual.AsSpan(0, got).SequenceEqual(expected.AsSpan(0, want))
                    && actualIndexes.AsSpan(0, got).SequenceEqual(expectedIndexes.AsSpan(0, want))
                    ? null
                    : $"{RunWithOffsets(vector, text, actual, actualIndexes, SourceBase)} != {RunWithOffsets(scalar, text, expected, expectedIndexes, SourceBase)}";
            });
        }

        [Property]
        public void GeneratedTextMatchesTheScalarPassWithOffsets(ArabicText text, AnyOptions options, PositiveInt sourceBase)
        {
            string value = Filler + text.Value + Filler + text.Value.Replace("\n", Filler) + Filler;
            foreach (var set in new[] { options.Value, NormalizationProfile.Search, NormalizationProfile.Light })
            {
                var tables = new NormalizationTables(set);
                var destination = new char[value.Length * 4 + 16];
                var sourceIndexes = new int[destination.Length];
                foreach (var vector in VectorEngines(tables))
                {
                    Assert.Equal(
                        RunWithOffsets(new NormalizationEngine(tables, vectorize: false), value.ToCharArray(), destination, sourceIndexes, sourceBase.Get),
                        RunWithOffsets(vector, value.ToCharArray(), destination, sourceIndexes, sourceBase.Get));
                }
            }
        }

        [Fact]
        public void RunsOfEveryLengthWriteTheirSourceIndexes()
        {
            // Runs of 0 to 200 characters end at a mark: every length of the bulk write, its 16-wide steps and its tail.
            var tables = new NormalizationTables(NormalizationProfile.Search);
            var scalar = new NormalizationEngine(tables, vectorize: false);
            var destination = new char[1024];
            var sourceIndexes = new int[1024];
            string filler = Filler + Filler + Filler + Filler;
            foreach (var vector in VectorEngines(tables))
            {
                for (int length = 0; length <= 200; length++)
                {
                    string text = "َ" + filler.Substring(0, length) + "َ" + filler.Substring(0, 40);
                    Assert.Equal(
                        RunWithOffsets(scalar, text.ToCharArray(), destination, sourceIndexes, SourceBase),
                        RunWithOffsets(vector, text.ToCharArray(), destination, sourceIndexes, SourceBase));
                }
            }
        }

        [Fact]
        public void LineFeedRunsAtEveryLaneMatchTheScalarPass()
        {
            // One to four line feeds, alone or beside a space, a carriage return or a mark, starting at every lane of two
            // blocks: the lane takes one or two between letters and must stop at everything else.
            string[] breaks = { "\n", "\n\n", "\n\n\n", "\n\n\n\n", " \n", "\n ", "\n \n", "\r\n", "\n\r\n", "\nَ", "َ\n\n" };
            string filler = Filler + Filler + Filler;
            AssertLaneMatchesScalarPass(
                OptionSets.Append(NormalizationProfile.Search | ArabicNormalizerOptions.FoldLineBreaks),
                from lineBreak in breaks
                from at in Enumerable.Range(1, 70)
                select filler.Substring(0, at) + lineBreak + filler.Substring(0, 80) + lineBreak + lineBreak + filler.Substring(0, 40));
        }

        [Fact]
        public void WhitespaceBeforeEveryKindOfCharacterAtEveryLaneMatchesTheScalarPass()
        {
            // A space or line feeds at every lane, the last one included (where the lane looks at the next block's first
            // character), followed by a character of each kind the lane treats differently.
            string[] whitespace = { " ", "\n", "\n\n", "  " };
            string followers = "بa5 \n\r\tَـ«”\u00A0\u200C\u200Dﻷ…،٣\uD83D\uDE00";
            string filler = Filler + Filler + Filler;
            AssertLaneMatchesScalarPass(
                OptionSets,
                from space in whitespace
                from follower in followers
                from at in Enumerable.Range(1, 70)
                from tail in new[] { 0, 1, 40 }
                select filler.Substring(0, at) + space + follower + filler.Substring(0, tail));
        }

        [Fact]
        public void MarksAtEveryLaneMatchTheScalarPass()
        {
            // One mark, or two close together, at every lane of two blocks, alone, before a composable hamza or madda,
            // and beside a space or a line feed: the lane must stop where the scalar pass has a decision to take.
            string[] marks = { "َ", "ً", "ّ", "ـ", "\u200B", "َّ", "َبً", "َ ب", "ب َ", "َ\n", "\nَ", "أَ", "اٰ", "وٕ" };
            string filler = Filler + Filler + Filler;
            AssertLaneMatchesScalarPass(
                OptionSets,
                from mark in marks
                from at in Enumerable.Range(1, 70)
                select filler.Substring(0, at) + mark + filler.Substring(0, 80) + mark + filler.Substring(0, 33));
        }

        [Fact]
        public void VocalizedTextMatchesTheScalarPass()
        {
            // Fully vocalized text puts a mark in almost every other lane, so the lane leaves several out of one block, in
            // blocks far from the end (shifted copies) and near it (the run ends at the first mark); with tatweel and
            // shadda among them, and a composable hamza that must still stop the lane.
            string vocalized = "كَتَبَ مُحَمَّدٌ فِي المَدْرَسَةِ كِتَابًا جَدِيدًا عَنْ تَارِيخِ المَغْرِبِ، وَقَــالَ إِنَّهُ سَيُكْمِلُهُ غَدًا. ";
            string filler = Filler + Filler;
            AssertLaneMatchesScalarPass(
                OptionSets,
                from repeat in new[] { 1, 3 }
                from at in Enumerable.Range(0, 40)
                from tail in new[] { 0, 5, 70 }
                select filler.Substring(0, at) + string.Concat(Enumerable.Repeat(vocalized, repeat)) + "إ" + vocalized + filler.Substring(0, tail));
        }

        [Fact]
        public void PunctuationAtEveryLaneMatchesTheScalarPass()
        {
            // The second look's characters (quotes, dashes, bullets, invisible and bidi controls, Latin-1 signs), alone, in
            // pairs, beside a space, a line feed or a mark, at every lane of two blocks: the lane takes those written one
            // for one or removed, and must stop at the rest (…, NBSP, ZWJ, line and paragraph separators).
            string[] pieces =
            {
                "«", "»", "“", "”", "‘", "’", "„", "–", "—", "•", "…", "\u00A0", "\u00AD", "\u200B", "\u200C", "\u200D", "\u200E",
                "\u202B", "\u2028", "\u2066", "\u2069", "\u2060", "©", "°", "×", " «", "» ", "«\n", "\n«", "»\n\n", "«َ", "َ»", "«»", "“–”",
            };
            string filler = Filler + Filler + Filler;
            AssertLaneMatchesScalarPass(
                OptionSets,
                from piece in pieces
                from at in Enumerable.Range(1, 70)
                select filler.Substring(0, at) + piece + filler.Substring(0, 40) + piece + piece + filler.Substring(0, 33));
        }

        [Fact]
        public void TheLaneRunsThroughQuotesDashesAndInvisibleControls()
        {
            // Not only the same output as the scalar pass (the tests above), but without stopping: a run of news punctuation,
            // a quote after a space, one in the last lane of a block, and a zero-width space (removed) all stay in the lane.
            foreach (var lane in Lanes(new NormalizationTables(NormalizationProfile.Search)))
            {
                AssertRunsThroughNewsPunctuation(lane);
            }
        }

        private static void AssertRunsThroughNewsPunctuation(VectorCharPass lane)
        {
            string text = "قال «المتحدث» إن “الجيش” – في بيان • نشره\u200B اليوم – إنه أنهى التدريب وقال «نعم» و“لا” في بيان ثان";
            text = text.Substring(0, 32) + "«" + text.Substring(33); // lane 31 of the first block, which starts at 1
            text += new string('ب', 32 + (33 - (text.Length % 32))); // whole blocks after the first character, the last all letters
            var destination = new ushort[text.Length + 64];
            var source = text.Select(c => (ushort)c).ToArray();
            int run = lane.Run(ref source[0], 1, source.Length, ref destination[0], 1, removeMarks: true, out int written);
            Assert.Equal(source.Length - 1, run);
            Assert.Equal(source.Length - 2, written); // the zero-width space is left out
        }

        [Fact]
        public void TheLaneRunsOnPastASpaceInTheLastLaneOfABlock()
        {
            // The space rule needs the next block's first character: a letter there keeps the run going, a second space
            // (to be collapsed by the scalar pass) stops it at the first.
            foreach (var lane in Lanes(new NormalizationTables(NormalizationProfile.Search)))
            {
                AssertRunsOnPastASpaceInTheLastLane(lane);
            }
        }

        private static void AssertRunsOnPastASpaceInTheLastLane(VectorCharPass lane)
        {
            foreach (int blocks in new[] { 2, 3, 4 })
            {
                var letters = new string('ب', (32 * blocks) - 1).ToCharArray();
                letters[31] = ' ';
                var source = letters.Select(c => (ushort)c).ToArray();
                var destination = new ushort[source.Length + 64];
                Assert.Equal(source.Length - (source.Length % 32), lane.Run(ref source[0], 0, source.Length, ref destination[0], 0, removeMarks: true, out _));

                source[32] = ' ';
                Assert.Equal(31, lane.Run(ref source[0], 0, source.Length, ref destination[0], 0, removeMarks: true, out _));
            }
        }

        /// <summary>
        /// The engine with each fast lane this machine can run: the widest (AVX-512 where there is one), and the AVX2 lane
        /// as well where AVX-512 would otherwise hide it.
        /// </summary>
        private static IEnumerable<NormalizationEngine> VectorEngines(NormalizationTables tables)
        {
            yield return new NormalizationEngine(tables);
            if (Avx512BW.IsSupported && Avx2.IsSupported)
            {
                yield return new NormalizationEngine(tables, avx2Lane: true);
            }

            if (Avx2.IsSupported)
            {
                yield return new NormalizationEngine(tables, portableLane: true); // the lane of ARM64 and of x86 without AVX2
            }
        }

        /// <summary>Each lane this machine can run, for the tests that call one directly.</summary>
        private static IEnumerable<VectorCharPass> Lanes(NormalizationTables tables)
        {
            var widest = VectorCharPass.Create(tables);
            if (widest is not null)
            {
                yield return widest;
            }

            if (Avx512BW.IsSupported && Avx2.IsSupported)
            {
                yield return VectorCharPass.Create(tables, avx2Lane: true)!;
            }
        }

        /// <summary>Each text under each option set: the lane writes what the scalar pass writes, with and without offsets.</summary>
        private static void AssertLaneMatchesScalarPass(IEnumerable<ArabicNormalizerOptions> optionSets, IEnumerable<string> texts)
        {
            var all = texts.ToArray();
            var destination = new char[1024];
            var sourceIndexes = new int[1024];
            foreach (var options in optionSets)
            {
                var tables = new NormalizationTables(options);
                var scalar = new NormalizationEngine(tables, vectorize: false);
                foreach (var vector in VectorEngines(tables))
                {
                    foreach (string text in all)
                    {
                        Assert.Equal(Run(scalar, text.ToCharArray(), destination), Run(vector, text.ToCharArray(), destination));
                        Assert.Equal(
                            RunWithOffsets(scalar, text.ToCharArray(), destination, sourceIndexes, SourceBase),
                            RunWithOffsets(vector, text.ToCharArray(), destination, sourceIndexes, SourceBase));
                    }
                }
            }
        }

        // A block of filler that every lane position below falls in: the first block, its last lanes, the second block.
        private static readonly string LaneText = (Filler + Filler).Substring(0, 100);

        /// <summary>
        /// Puts every UTF-16 code unit, in turn, at several lanes of <see cref="LaneText"/> and hands the text to
        /// <paramref name="compare"/> with the lane and the scalar engine of each option set; a mismatch it describes
        /// fails the test, named by options, character and lane.
        /// </summary>
        private static void ForEveryCharacterAtSeveralLanes(Func<NormalizationEngine, NormalizationEngine, char[], string?> compare)
        {
            foreach (var options in OptionSets)
            {
                var tables = new NormalizationTables(options);
                var scalar = new NormalizationEngine(tables, vectorize: false);
                char[] text = LaneText.ToCharArray();
                foreach (var vector in VectorEngines(tables))
                {
                    CompareEveryCharacterAtSeveralLanes(options, vector, scalar, text, compare);
                }
            }
        }

        private static void CompareEveryCharacterAtSeveralLanes(
            ArabicNormalizerOptions options, NormalizationEngine vector, NormalizationEngine scalar, char[] text, Func<NormalizationEngine, NormalizationEngine, char[], string?> compare)
        {
            for (int c = 0; c < 0x10000; c++)
            {
                foreach (int at in new[] { 2, 33, 34, 64, 65, 95 })
                {
                    char saved = text[at];
                    text[at] = (char)c;
                    string? mismatch = compare(vector, scalar, text);
                    if (mismatch is not null)
                    {
                        Assert.Fail($"{NormalizationProfile.Format(options)}: U+{c:X4} at {at}: {mismatch}");
                    }

                    text[at] = saved;
                }
            }
        }

        // Offsets are the index in the block plus the block's start in the whole text.
        private const int SourceBase = 1_000_003;

        /// <summary>The written text and, for each character, its source index, as one string to compare.</summary>
        private static string RunWithOffsets(NormalizationEngine engine, char[] text, char[] destination, int[] sourceIndexes, int sourceBase)
        {
            var state = default(NormalizerState);
            Array.Fill(sourceIndexes, -1);
            Assert.True(engine.Run(text, destination, sourceIndexes, sourceBase, ref state, isFinalBlock: true, out int written));
            return ArabicText.Escape(new string(destination, 0, written)) + " @ " + string.Join(",", new ArraySegment<int>(sourceIndexes, 0, written));
        }

        private static string Run(NormalizationEngine engine, char[] text, char[] destination)
        {
            var state = default(NormalizerState);
            Assert.True(engine.Run(text, destination, Span<int>.Empty, 0, ref state, isFinalBlock: true, out int written));
            return new string(destination, 0, written);
        }
    }
}
