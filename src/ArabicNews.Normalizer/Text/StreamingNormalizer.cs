using System;
using System.IO;

namespace ArabicNews.Text
{
    /// <summary>
    /// Feeds a <see cref="TextReader"/> through the normalizer block by block. Blocks are cut right after a space or a
    /// line feed, where no rule looks across the cut, so the output equals the whole-text result however the reader
    /// delivers its characters. A block grows to at most <see cref="MaxBlock"/> characters while it looks for such a cut.
    /// </summary>
    internal sealed class StreamingNormalizer
    {
        internal const int InitialBlock = 16 * 1024;
        internal const int MaxBlock = 1024 * 1024;

        private readonly ArabicNormalizer _normalizer;
        private readonly int _maxBlock;

        public StreamingNormalizer(ArabicNormalizer normalizer, int maxBlock = MaxBlock)
        {
            _normalizer = normalizer;
            _maxBlock = maxBlock;
        }

        public void Run(TextReader reader, TextWriter writer)
        {
            char[] input = new char[Math.Min(InitialBlock, _maxBlock)];
            char[] output = new char[input.Length + 64];
            int length = 0;
            bool endOfInput = false;
            var state = default(NormalizerState);

            while (true)
            {
                if (!endOfInput && length < input.Length)
                {
                    int read = reader.Read(input, length, input.Length - length);
                    if (read == 0)
                    {
                        endOfInput = true;
                    }

                    length += read;
                }

                int cut;
                bool endContinues = false;
                if (endOfInput)
                {
                    cut = length;
                }
                else
                {
                    cut = LastSafeCut(input, length, _normalizer.FoldsMonthNames);
                    if (cut <= 0)
                    {
                        if (length < input.Length)
                        {
                            continue; // read more before deciding
                        }

                        if (input.Length < _maxBlock)
                        {
                            Array.Resize(ref input, Math.Min(input.Length * 2, _maxBlock));
                            continue;
                        }

                        cut = FallbackCut(_normalizer.Tables, input, length, out endContinues);
                    }
                }

                // Retry with a larger output buffer if expansions need it; the state is restored for the retry.
                var saved = state;
                int written;
                while (!_normalizer.RunBlock(
                    input.AsSpan(0, cut),
                    output,
                    Span<int>.Empty,
                    0,
                    ref state,
                    isFinalBlock: endOfInput,
                    endContinues,
                    out written))
                {
                    state = saved;
                    output = new char[output.Length * 2];
                }

                writer.Write(output, 0, written);
                Array.Copy(input, cut, input, 0, length - cut);
                length -= cut;
                if (endOfInput)
                {
                    writer.Flush();
                    return;
                }
            }
        }

        /// <summary>The last safe cut (see <see cref="IsSafeCut"/>), or 0 when there is none.</summary>
        internal static int LastSafeCut(char[] buffer, int length, bool foldMonths)
        {
            for (int p = length; p > 0; p--)
            {
                if (IsSafeCut(buffer, p, foldMonths))
                {
                    return p;
                }
            }

            return 0;
        }

        /// <summary>
        /// Right after a space or line feed no rule looks across: the next block starts a new word. With month names
        /// folded, a space after the first word of a two-word name (كانون الثاني) is not such a place.
        /// </summary>
        internal static bool IsSafeCut(ReadOnlySpan<char> text, int p, bool foldMonths)
        {
            char before = text[p - 1];
            if (before == '\n')
            {
                return true;
            }

            if (before != ' ')
            {
                return false;
            }

            return !foldMonths || !Calendars.MonthNameFolding.EndsFirstWordOfLongerName(text, LastNonSpace(text, p - 1));
        }

        private static int LastNonSpace(ReadOnlySpan<char> text, int end)
        {
            while (end > 0 && text[end - 1] == ' ')
            {
                end--;
            }

            return end;
        }

        /// <summary>
        /// For a block with no space or line feed at all: cut after a character that no rule looks past (ideally one
        /// that ends a word); failing that, inside a letter run so long that no lexicon word can be in it.
        /// </summary>
        internal static int FallbackCut(NormalizationTables tables, char[] buffer, int length, out bool cutsWord)
        {
            cutsWord = false;
            for (int p = length - 1; p > 0; p--)
            {
                if (IsQuietBefore(tables, buffer[p - 1]) && IsQuietAfter(tables, buffer[p]) && !ArabicLetters.IsArabicWordCharacter(tables.MapOf(buffer[p - 1])))
                {
                    return p;
                }
            }

            cutsWord = true;
            for (int p = length - 1; p > 0; p--)
            {
                if (IsQuietBefore(tables, buffer[p - 1]) && IsQuietAfter(tables, buffer[p]))
                {
                    return p;
                }
            }

            // Nothing but lookahead characters: cut where at least no surrogate pair is split.
            int cut = length - 1;
            return char.IsLowSurrogate(buffer[cut]) ? cut - 1 : cut;
        }

        // A character that is written one-to-one and whose rule never looks at the next character may end a block.
        // (Removed characters may not: a rule before them looks through them.)
        private static bool IsQuietBefore(NormalizationTables tables, char c) =>
            tables.KindOf(c) is CharKind.Copy or CharKind.Map or CharKind.Space or CharKind.LineBreak
            && !char.IsHighSurrogate(c)
            && NormalizationTables.ComposableBases.IndexOf(tables.MapOf(c)) < 0;

        // Characters that attach to the one before: they must not start a block.
        private static bool IsQuietAfter(NormalizationTables tables, char c) =>
            !char.IsLowSurrogate(c) && !((uint)(c - 0x064B) <= 0x065F - 0x064B) && c != ArabicLetters.SuperscriptAlef && c != '\n'
            && c != ArabicLetters.ZeroWidthJoiner && tables.KindOf(c) != CharKind.Remove;
    }
}
