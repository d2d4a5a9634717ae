using System;
#if NET8_0_OR_GREATER
using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
#endif

namespace ArabicNews.Text
{
    /// <summary>
    /// Answers "is there anything to do?" for one set of options, which for clean text is the whole job. With AVX-512 or
    /// AVX2 one pass of 32 characters at a time looks up every character in a bitmap and checks the whitespace shape at
    /// once (and can copy as it goes); elsewhere on .NET 8+ (and for texts shorter than 32 characters) one 128-bit pass
    /// of eight characters at a time does the same for the common ranges. The reference both are tested against is a
    /// vectorized search for a character that needs work, then a few searches for whitespace that is out of shape, which
    /// is also what netstandard2.0 runs.
    /// </summary>
    internal sealed class CleanTextScanner
    {
        private readonly bool _whitespace;
        private readonly bool _foldLineBreaks;

        // One entry per UTF-16 code unit: true when the character alone can make the text change.
        private readonly bool[] _attention = new bool[0x10000];
#if NET8_0_OR_GREATER
        private readonly SearchValues<char> _attentionValues;

        // The attention bits of the characters the vector bitmap covers; the rest of a block goes one by one.
        private readonly VectorWordTable _window;

        // The same for AVX2 (U+0000–U+00FF and the Arabic block).
        private readonly Avx2BlockBitmap _avx2Window;

        // The vector scan uses AVX-512 (it may use AVX2 on a machine that has both).
        private readonly bool _avx512;

        // Without AVX2 (ARM64, older x86): the characters the portable scan passes eight at a time (the Arabic letters, Basic
        // Latin from the space and the line feed, less those that need attention), or null where that would not pay.
        private readonly PortableCharRanges? _portableRanges;
#endif

        /// <summary>
        /// The scanner for <paramref name="tables"/>; with <paramref name="avx2Scan"/> the vector scan takes its AVX2 form
        /// even where AVX-512 is available, with <paramref name="portableScan"/> the 128-bit form of CPUs without AVX2
        /// (so that tests cover each).
        /// </summary>
        public CleanTextScanner(NormalizationTables tables, bool avx2Scan = false, bool portableScan = false)
        {
#if NET8_0_OR_GREATER
            _avx512 = Avx512BW.IsSupported && !avx2Scan;
#endif
            _whitespace = (tables.Options & ArabicNormalizerOptions.NormalizeWhitespace) != 0;
            _foldLineBreaks = (tables.Options & ArabicNormalizerOptions.FoldLineBreaks) != 0;
            for (int i = 0; i < 0x10000; i++)
            {
                _attention[i] = NeedsAttention(tables, (char)i);
            }

            // A composable letter or a tanween alef only changes when the mark that triggers the rule is there.
            if ((tables.Options & ArabicNormalizerOptions.ComposeDecomposedLetters) != 0)
            {
                _attention[ArabicLetters.MaddahAbove] = true;
                _attention[ArabicLetters.HamzaAbove] = true;
                _attention[ArabicLetters.HamzaBelow] = true;
            }

            if ((tables.Options & ArabicNormalizerOptions.RemoveTanweenAlef) != 0)
            {
                _attention[ArabicLetters.Fathatan] = true;
            }

#if NET8_0_OR_GREATER
            var attention = new System.Collections.Generic.List<char>();
            for (int i = 0; i < 0x10000; i++)
            {
                if (_attention[i])
                {
                    attention.Add((char)i);
                }
            }

            bool[] flags = _attention;
            _attentionValues = SearchValues.Create(attention.ToArray());
            _window = VectorWordTable.Bitmap(c => flags[c]);
            _avx2Window = new Avx2BlockBitmap(c => flags[c]);
            _portable = portableScan || !(Avx512BW.IsSupported || Avx2.IsSupported);
            _portableRanges = PortableCharRanges.Create(' ', '\n', c => flags[c], MaxPortableStops);
#endif
        }

        /// <summary>True when the character pass would return <paramref name="text"/> unchanged.</summary>
        public bool IsClean(ReadOnlySpan<char> text)
        {
#if NET8_0_OR_GREATER
            if (!_portable && text.Length >= Width)
            {
                return ScanVector(text, Span<char>.Empty);
            }

            if (_portableRanges is not null)
            {
                return ScanPortable(text, Span<char>.Empty);
            }
#endif
            return IsCleanBySearch(text);
        }

        /// <summary>
        /// When the text is clean, copies it to <paramref name="destination"/> (at least as long) and returns true; in one
        /// pass where the hardware allows. When it returns false the destination holds an unspecified prefix of the text.
        /// </summary>
        public bool TryCopyIfClean(ReadOnlySpan<char> text, Span<char> destination)
        {
#if NET8_0_OR_GREATER
            if (!_portable && text.Length >= Width)
            {
                return ScanVector(text, destination);
            }

            if (_portableRanges is not null)
            {
                return ScanPortable(text, destination);
            }
#endif
            if (!IsCleanBySearch(text))
            {
                return false;
            }

            text.CopyTo(destination);
            return true;
        }

        /// <summary>
        /// The reference answer: a search for the first character that needs attention (vectorized by the runtime on
        /// net8.0), then whole-text searches for whitespace out of shape.
        /// </summary>
        internal bool IsCleanBySearch(ReadOnlySpan<char> text)
        {
#if NET8_0_OR_GREATER
            if (text.IndexOfAny(_attentionValues) >= 0)
            {
                return false;
            }
#else
            foreach (char c in text)
            {
                if (_attention[c])
                {
                    return false;
                }
            }
#endif
            return HasCleanWhitespace(text);
        }

        private bool HasCleanWhitespace(ReadOnlySpan<char> text) => HasCleanEnds(text) && HasCleanWhitespaceRuns(text);

        // Whether the text neither starts nor ends with whitespace that the whitespace rules trim.
        private bool HasCleanEnds(ReadOnlySpan<char> text)
        {
            if (!_whitespace || text.IsEmpty)
            {
                return true;
            }

            char first = text[0];
            char last = text[text.Length - 1];
            return !(first == ' ' || first == '\n' || last == ' ' || last == '\n');
        }

        // Whether the text holds no whitespace out of shape: a run the whitespace rules collapse or trim.
        private bool HasCleanWhitespaceRuns(ReadOnlySpan<char> text)
        {
            if (!_whitespace)
            {
                return true;
            }

            if (_foldLineBreaks)
            {
                return text.IndexOf('\n') < 0 && text.IndexOf("  ".AsSpan()) < 0;
            }

            return text.IndexOf("  ".AsSpan()) < 0
                && text.IndexOf(" \n".AsSpan()) < 0
                && text.IndexOf("\n ".AsSpan()) < 0
                && text.IndexOf("\n\n\n".AsSpan()) < 0;
        }

#if NET8_0_OR_GREATER
        // The characters of one block of the vector scan.
        private const int Width = 32;

        // More characters that need attention in the portable scan's ranges than this, and it would not pay.
        private const int MaxPortableStops = 12;

        // The scan takes the portable form (no AVX2 here, or asked for by tests).
        private readonly bool _portable;

        /// <summary>Whether the scan takes the portable form of CPUs without AVX2 (for tests).</summary>
        internal bool ScansPortably => _portable && _portableRanges is not null;

        /// <summary>
        /// <see cref="IsCleanBySearch"/> in one pass with the 128-bit operations of every CPU, copying each block when
        /// <paramref name="destination"/> is not empty: a block of eight characters in the common ranges with none of
        /// their few characters that need attention passes with a few compares (any other block is looked up character
        /// by character), and compares with the next characters find whitespace out of shape.
        /// </summary>
        private bool ScanPortable(ReadOnlySpan<char> text, Span<char> destination)
        {
            if (!HasCleanEnds(text))
            {
                return false;
            }

            var ranges = _portableRanges!;
            ref ushort source = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            ref ushort target = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(destination));
            bool copy = !destination.IsEmpty;
            var space = Vector128.Create((ushort)' ');
            var lineFeed = Vector128.Create((ushort)'\n');
            var outOfShape = Vector128<ushort>.Zero;
            int i = 0;
            for (; i <= text.Length - Vector128<ushort>.Count - 2; i += Vector128<ushort>.Count)
            {
                var block = Vector128.LoadUnsafe(ref source, (nuint)i);
                if (!Vector128.EqualsAll(ranges.Taken(block), Vector128<ushort>.AllBitsSet))
                {
                    for (int k = 0; k < Vector128<ushort>.Count; k++)
                    {
                        if (_attention[Unsafe.Add(ref source, i + k)])
                        {
                            return false;
                        }
                    }
                }

                if (_whitespace)
                {
                    // The shapes HasCleanWhitespace searches for, starting in this block.
                    var spaces = Vector128.Equals(block, space);
                    var lineFeeds = Vector128.Equals(block, lineFeed);
                    var next = Vector128.LoadUnsafe(ref source, (nuint)(i + 1));
                    var nextSpaces = Vector128.Equals(next, space);
                    var nextLineFeeds = Vector128.Equals(next, lineFeed);
                    outOfShape |= _foldLineBreaks
                        ? lineFeeds | (spaces & nextSpaces)
                        : (spaces & (nextSpaces | nextLineFeeds))
                            | (lineFeeds & (nextSpaces | (nextLineFeeds & Vector128.Equals(Vector128.LoadUnsafe(ref source, (nuint)(i + 2)), lineFeed))));
                }

                if (copy)
                {
                    block.StoreUnsafe(ref target, (nuint)i);
                }
            }

            if (outOfShape != Vector128<ushort>.Zero)
            {
                return false;
            }

            for (int k = i; k < text.Length; k++)
            {
                if (_attention[text[k]])
                {
                    return false;
                }
            }

            // The shapes that start in the rest, from two characters before it so that one reaching into it is whole (the
            // blocks above looked at every shape that starts in them).
            if (!HasCleanWhitespaceRuns(text.Slice(Math.Max(0, i - 2))))
            {
                return false;
            }

            if (copy)
            {
                text.Slice(i).CopyTo(destination.Slice(i));
            }

            return true;
        }

        /// <summary>
        /// One pass over blocks of 32 characters: a bitmap lookup of each character (with AVX-512 two word permutes and a
        /// variable shift, with AVX2 byte shuffles, see <see cref="Avx2BlockBitmap"/>) and, from bit masks of spaces and
        /// line feeds carried across blocks, the whitespace shape. Copies each block when <paramref name="destination"/> is
        /// not empty. Needs at least 32 characters.
        /// </summary>
        private bool ScanVector(ReadOnlySpan<char> text, Span<char> destination)
        {
            bool copy = !destination.IsEmpty;
            ref ushort source = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            ref ushort target = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(destination));
            var window = _window;
            var limit = Vector512.Create((ushort)VectorWordTable.BitmapLimit);
            var space = Vector512.Create((ushort)' ');
            var lineFeed = Vector512.Create((ushort)'\n');
            bool whitespace = _whitespace;
            bool foldLineBreaks = _foldLineBreaks;

            // Bit 0: the character before the block is a space or line feed. Bits 1 and 0: the one before it and the one
            // before that are line feeds (the two lanes a block's mask would have at positions -1 and -2).
            uint previousWhite = 0;
            uint previousLineFeeds = 0;
            int length = text.Length;
            int i = 0;
            while (true)
            {
                // The last block overlaps the one before it rather than running past the end; the carries stay right
                // because they are recomputed from the characters just before the block.
                if (i > length - Width)
                {
                    if (i == length)
                    {
                        break;
                    }

                    i = length - Width;
                    previousWhite = IsSpaceOrLineFeed(text[i - 1]) ? 1u : 0u;
                    previousLineFeeds = (text[i - 1] == '\n' ? 2u : 0u) | (i >= 2 && text[i - 2] == '\n' ? 1u : 0u);
                }

                uint lineFeeds;
                uint white;
                if (Avx512BW.IsSupported && _avx512)
                {
                    var block = Vector512.LoadUnsafe(ref source, (nuint)i);
                    if (window.Flagged(block) != Vector512<ushort>.Zero)
                    {
                        return false;
                    }

                    // Beyond the bitmap: the table has the last word.
                    var outside = Vector512.GreaterThanOrEqual(block, limit);
                    if (outside != Vector512<ushort>.Zero && !AreAllClean(text.Slice(i, Width)))
                    {
                        return false;
                    }

                    lineFeeds = (uint)Vector512.Equals(block, lineFeed).ExtractMostSignificantBits();
                    white = (uint)Vector512.Equals(block, space).ExtractMostSignificantBits() | lineFeeds;
                    if (copy)
                    {
                        block.StoreUnsafe(ref target, (nuint)i);
                    }
                }
                else
                {
                    var low = Vector256.LoadUnsafe(ref source, (nuint)i);
                    var high = Vector256.LoadUnsafe(ref source, (nuint)(i + 16));
                    if (_avx2Window.InSet(low, high, out uint outside, out uint spaces, out lineFeeds) != 0
                        || (outside != 0 && !AreAllClean(text.Slice(i, Width))))
                    {
                        return false;
                    }

                    white = spaces | lineFeeds;
                    if (copy)
                    {
                        low.StoreUnsafe(ref target, (nuint)i);
                        high.StoreUnsafe(ref target, (nuint)(i + 16));
                    }
                }

                if (whitespace)
                {
                    if (foldLineBreaks)
                    {
                        // Every line feed becomes a space, and no two spaces stand together.
                        if (lineFeeds != 0 || (white & ((white << 1) | previousWhite)) != 0)
                        {
                            return false;
                        }
                    }
                    else
                    {
                        // Two whitespace characters together must both be line feeds, and never three line feeds.
                        uint pairs = white & ((white << 1) | previousWhite);
                        uint lineFeedPairs = lineFeeds & ((lineFeeds << 1) | (previousLineFeeds >> 1));
                        uint lineFeedTriples = lineFeedPairs & ((lineFeeds << 2) | previousLineFeeds);
                        if ((pairs & ~lineFeedPairs) != 0 || lineFeedTriples != 0)
                        {
                            return false;
                        }
                    }

                    previousWhite = white >> 31;
                    previousLineFeeds = lineFeeds >> 30;
                }

                i += Width;
            }

            if (!whitespace)
            {
                return true;
            }

            char first = text[0];
            char last = text[length - 1];
            return !(first == ' ' || first == '\n' || last == ' ' || last == '\n');
        }

        private static bool IsSpaceOrLineFeed(char c) => c == ' ' || c == '\n';
#endif

        private bool AreAllClean(ReadOnlySpan<char> text)
        {
            bool[] attention = _attention;
            foreach (char c in text)
            {
                if (attention[c])
                {
                    return false;
                }
            }

            return true;
        }

        private static bool NeedsAttention(NormalizationTables tables, char c)
        {
            switch (tables.KindOf(c))
            {
                case CharKind.Copy:
                case CharKind.HighSurrogate:
                    return false;
                case CharKind.Space:
                    return c != ' ';
                case CharKind.LineBreak:
                    return c != '\n';
                case CharKind.Contextual:
                    // A letter that only waits for a hamza, madda or tanween needs no work without one.
                    bool isTriggeredLetter = c == ArabicLetters.Alef || NormalizationTables.ComposableBases.IndexOf(c) >= 0;
                    return !isTriggeredLetter || tables.MapOf(c) != c;
                case CharKind.Map:
                    return tables.MapOf(c) != c;
                default:
                    return true;
            }
        }
    }
}
