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
    /// once (and can copy as it goes); elsewhere a vectorized search for a character that needs work, then a few searches for
    /// whitespace that is out of shape. The second way is the reference the first is tested against.
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
#endif

        /// <summary>
        /// The scanner for <paramref name="tables"/>; with <paramref name="avx2Scan"/> the vector scan takes its AVX2 form
        /// even where AVX-512 is available (so that tests cover both).
        /// </summary>
        public CleanTextScanner(NormalizationTables tables, bool avx2Scan = false)
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
#endif
        }

        /// <summary>True when the character pass would return <paramref name="text"/> unchanged.</summary>
        public bool IsClean(ReadOnlySpan<char> text)
        {
#if NET8_0_OR_GREATER
            if ((Avx512BW.IsSupported || Avx2.IsSupported) && text.Length >= Width)
            {
                return ScanVector(text, Span<char>.Empty);
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
            if ((Avx512BW.IsSupported || Avx2.IsSupported) && text.Length >= Width)
            {
                return ScanVector(text, destination);
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

        private bool HasCleanWhitespace(ReadOnlySpan<char> text)
        {
            if (!_whitespace || text.IsEmpty)
            {
                return true;
            }

            char first = text[0];
            char last = text[text.Length - 1];
            if (first == ' ' || first == '\n' || last == ' ' || last == '\n')
            {
                return false;
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
