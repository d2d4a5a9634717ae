using System;
using ArabicNews.Text;
using FsCheck;
using FsCheck.Xunit;
using Xunit;

namespace ArabicNews.Tests.Text
{
    /// <summary>
    /// The character pass with its AVX-512 lane against the same pass without it (the scalar path is the oracle): every
    /// UTF-16 code unit at several lanes of a block, and generated Arabic-heavy text, under the presets and random options.
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
            foreach (var options in OptionSets)
            {
                var tables = new NormalizationTables(options);
                var vector = new NormalizationEngine(tables);
                var scalar = new NormalizationEngine(tables, vectorize: false);
                char[] text = (Filler + Filler).ToCharArray(0, 100);
                var expected = new char[text.Length * 4];
                var actual = new char[text.Length * 4];
                for (int c = 0; c < 0x10000; c++)
                {
                    foreach (int at in new[] { 2, 33, 34, 64, 65, 95 })
                    {
                        char saved = text[at];
                        text[at] = (char)c;
                        string got = Run(vector, text, actual);
                        string want = Run(scalar, text, expected);
                        if (got != want)
                        {
                            Assert.Fail($"{NormalizationProfile.Format(options)}: U+{c:X4} at {at}: {ArabicText.Escape(got)} != {ArabicText.Escape(want)}");
                        }

                        text[at] = saved;
                    }
                }
            }
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
                Assert.Equal(
                    ArabicText.Escape(Run(new NormalizationEngine(tables, vectorize: false), value.ToCharArray(), destination)),
                    ArabicText.Escape(Run(new NormalizationEngine(tables), value.ToCharArray(), destination)));
            }
        }

        [Fact]
        public void RunsEndingAtEverySpaceAndBlockEdgeMatchTheScalarPass()
        {
            var tables = new NormalizationTables(NormalizationProfile.Search);
            var vector = new NormalizationEngine(tables);
            var scalar = new NormalizationEngine(tables, vectorize: false);
            var destination = new char[1024];
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

        private static string Run(NormalizationEngine engine, char[] text, char[] destination)
        {
            var state = default(NormalizerState);
            Assert.True(engine.Run(text, destination, Span<int>.Empty, 0, ref state, isFinalBlock: true, out int written));
            return new string(destination, 0, written);
        }
    }
}
