using System;
using ArabicNews.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace ArabicNews.Tests.Text
{
    /// <summary>
    /// The vectorized clean-text scan (32 characters at a time where AVX-512 or AVX2 is available) against the reference search,
    /// on every UTF-16 code unit at every lane of a block and on generated text that is clean or one edit away from it.
    /// </summary>
    [Properties(Arbitrary = new[] { typeof(ArabicTextGenerators) }, MaxTest = 300)]
    public class CleanTextScannerTests
    {
        private static readonly ArabicNormalizerOptions[] OptionSets =
        {
            NormalizationProfile.Search,
            NormalizationProfile.Light,
            NormalizationProfile.Lucene,
            NormalizationProfile.Light | ArabicNormalizerOptions.FoldLineBreaks,
            NormalizationProfile.Search & ~ArabicNormalizerOptions.NormalizeWhitespace,
            NormalizationProfile.Search | ArabicNormalizerOptions.RemoveTanweenAlef,
        };

        // Clean under every option set above: Arabic letters no option folds, ASCII letters and single spaces.
        private const string Filler = "كتب محمد في المدرس كتابا جديدا عن تاريخ المغرب and more text";

        [Fact]
        public void EveryCharacterAtEveryLaneAgreesWithTheReference()
        {
            foreach (var (options, scanner) in Scanners())
            {
                Assert.True(scanner.IsCleanBySearch(Filler.AsSpan()));
                char[] text = (Filler + Filler).ToCharArray(0, 70);
                for (int c = 0; c < 0x10000; c++)
                {
                    // Lanes 0, 1, 30 and 31 of the first block, a middle lane, and the overlapping last block.
                    foreach (int at in new[] { 1, 7, 30, 31, 32, 33, 45, 62, 68 })
                    {
                        char saved = text[at];
                        text[at] = (char)c;
                        var span = new ReadOnlySpan<char>(text);
                        bool expected = scanner.IsCleanBySearch(span);
                        if (scanner.IsClean(span) != expected)
                        {
                            Assert.Fail($"{NormalizationProfile.Format(options)}: U+{c:X4} at {at}: expected {expected}");
                        }

                        text[at] = saved;
                    }
                }
            }
        }

        [Fact]
        public void WhitespaceShapesAgreeWithTheReference()
        {
            // Every string of length 33 to 36 over space, line feed and a letter, around the block edge, would be too
            // many; all shapes of eight whitespace-or-letter characters at lanes 26 to 37 cover every carry.
            string[] pieces = { " ", "\n", "ب" };
            foreach (var (_, scanner) in Scanners())
            {
                for (int shape = 0; shape < 6561; shape++)
                {
                    foreach (int start in new[] { 26, 29, 30 })
                    {
                        char[] text = (Filler + Filler).ToCharArray(0, 66);
                        int s = shape;
                        for (int k = 0; k < 8; k++, s /= 3)
                        {
                            text[start + k] = pieces[s % 3][0];
                        }

                        var span = new ReadOnlySpan<char>(text);
                        Assert.Equal(scanner.IsCleanBySearch(span), scanner.IsClean(span));
                    }
                }
            }
        }

        [Property]
        public void NormalizedTextAndOneEditFromItAgreeWithTheReference(ArabicText text, NonNegativeInt position, char inserted)
        {
            foreach (var (options, scanner) in Scanners())
            {
                var normalizer = new ArabicNormalizer(options);
                string clean = normalizer.Normalize(text.Value + " " + Filler);
                int at = position.Get % (clean.Length + 1);
                foreach (string candidate in new[] { clean, clean.Insert(at, inserted.ToString()), clean.Insert(at, " "), clean.Insert(at, "\n\n") })
                {
                    Assert.Equal(scanner.IsCleanBySearch(candidate.AsSpan()), scanner.IsClean(candidate.AsSpan()));
                    var destination = new char[candidate.Length];
                    bool copied = scanner.TryCopyIfClean(candidate.AsSpan(), destination);
                    Assert.Equal(scanner.IsCleanBySearch(candidate.AsSpan()), copied);
                    if (copied)
                    {
                        Assert.Equal(candidate, new string(destination));
                    }
                }
            }
        }

        /// <summary>
        /// A scanner for each option set, and where the machine has AVX-512 one more that scans with AVX2, which AVX-512
        /// would otherwise hide, and where it has AVX2 one with the portable scan of CPUs without it.
        /// </summary>
        private static System.Collections.Generic.IEnumerable<(ArabicNormalizerOptions Options, CleanTextScanner Scanner)> Scanners()
        {
            foreach (var options in OptionSets)
            {
                yield return (options, new CleanTextScanner(new NormalizationTables(options)));
                if (System.Runtime.Intrinsics.X86.Avx512BW.IsSupported && System.Runtime.Intrinsics.X86.Avx2.IsSupported)
                {
                    yield return (options, new CleanTextScanner(new NormalizationTables(options), avx2Scan: true));
                }

                if (System.Runtime.Intrinsics.X86.Avx2.IsSupported)
                {
                    yield return (options, new CleanTextScanner(new NormalizationTables(options), portableScan: true));
                }
            }
        }

        [Fact]
        public void ThePortableScanTakesEveryOptionSet()
        {
            // Else the scanners above that ask for it would test the reference against itself.
            foreach (var options in OptionSets)
            {
                Assert.True(new CleanTextScanner(new NormalizationTables(options), portableScan: true).ScansPortably, NormalizationProfile.Format(options));
            }
        }

        [Fact]
        public void CleanTextIsCopiedWhole()
        {
            string clean = string.Concat(System.Linq.Enumerable.Repeat(Filler + " ", 40)) + "x";
            var light = new CleanTextScanner(new NormalizationTables(NormalizationProfile.Light));
            var destination = new char[clean.Length + 5];
            Assert.True(light.TryCopyIfClean(clean.AsSpan(), destination));
            Assert.Equal(clean, new string(destination, 0, clean.Length));
            Assert.False(light.TryCopyIfClean((clean + "\u0640x").AsSpan(), new char[clean.Length + 2]));
        }
    }
}
