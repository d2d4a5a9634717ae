using System;

namespace ArabicNews.Text
{
    /// <summary>
    /// The character pass of the normalizer: one read cursor over the source, one write cursor over the destination,
    /// every decision taken from <see cref="NormalizationTables"/>. It never deletes and shifts, so it is linear on any
    /// input. Words are left to <see cref="SpellingVariantFolder"/>.
    /// </summary>
    internal sealed class NormalizationEngine
    {
        private readonly NormalizationTables _tables;
        private readonly bool _removeTanweenAlef;
        private readonly bool _compose;
        private readonly bool _foldLineBreaks;

        public NormalizationEngine(NormalizationTables tables)
        {
            _tables = tables;
            var options = tables.Options;
            _removeTanweenAlef = (options & ArabicNormalizerOptions.RemoveTanweenAlef) != 0;
            _compose = (options & ArabicNormalizerOptions.ComposeDecomposedLetters) != 0;
            _foldLineBreaks = (options & ArabicNormalizerOptions.FoldLineBreaks) != 0;
        }

        /// <summary>
        /// Normalizes one block. <paramref name="offsets"/> is empty, or as long as <paramref name="destination"/> and
        /// receives for each written character the index (plus <paramref name="sourceBase"/>) of the source character
        /// it came from. When <paramref name="isFinalBlock"/> is false, whitespace at the end stays pending in
        /// <paramref name="state"/> for the next block. Returns false when the destination is too small.
        /// </summary>
        public bool Run(
            ReadOnlySpan<char> source,
            Span<char> destination,
            Span<int> offsets,
            int sourceBase,
            ref NormalizerState state,
            bool isFinalBlock,
            out int written)
        {
            byte[] kinds = _tables.Kinds;
            bool track = !offsets.IsEmpty;
            int w = 0;
            int skipAt = -1;
            written = 0;

            for (int i = 0; i < source.Length; i++)
            {
                char c = source[i];
                CharKind kind = (CharKind)kinds[c];
                if (i == skipAt)
                {
                    // A combining mark already composed into the letter before it.
                    state.PreviousSource = c;
                    continue;
                }

                if (kind == CharKind.Copy)
                {
                    if (state.HasPending && !Flush(ref state, destination, offsets, ref w))
                    {
                        return false;
                    }

                    if ((uint)w >= (uint)destination.Length)
                    {
                        return false;
                    }

                    destination[w] = c;
                    if (track)
                    {
                        offsets[w] = sourceBase + i;
                    }

                    w++;
                    state.Started = true;
                    state.PreviousSource = c;
                    continue;
                }

                switch (kind)
                {
                    case CharKind.Map:
                        if (!EmitVisible(_tables.Map[c], sourceBase + i, ref state, destination, offsets, ref w))
                        {
                            return false;
                        }

                        break;

                    case CharKind.Remove:
                        break;

                    case CharKind.Space:
                        AddPendingSpace(ref state, sourceBase + i);
                        break;

                    case CharKind.CarriageReturn:
                        if (i + 1 < source.Length && source[i + 1] == '\n')
                        {
                            break; // CR LF is one line break: the LF counts it.
                        }

                        AddPendingLineBreak(ref state, sourceBase + i);
                        break;

                    case CharKind.LineBreak:
                        AddPendingLineBreak(ref state, sourceBase + i);
                        break;

                    case CharKind.Expand:
                        if (!EmitExpansion(c, source, i, sourceBase, ref state, destination, offsets, ref w))
                        {
                            return false;
                        }

                        break;

                    case CharKind.HighSurrogate:
                        if (!EmitVisible(c, sourceBase + i, ref state, destination, offsets, ref w))
                        {
                            return false;
                        }

                        if (i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]))
                        {
                            i++;
                            if (!EmitVisible(source[i], sourceBase + i, ref state, destination, offsets, ref w))
                            {
                                return false;
                            }

                            c = source[i];
                        }

                        break;

                    case CharKind.Contextual:
                        if (!EmitContextual(c, source, i, sourceBase, ref skipAt, ref state, destination, offsets, ref w))
                        {
                            return false;
                        }

                        break;
                }

                state.PreviousSource = c;
            }

            if (isFinalBlock)
            {
                // Trailing whitespace of the text is dropped.
                state.HasPending = false;
                state.PendingSpace = false;
                state.PendingLineBreaks = 0;
            }

            written = w;
            return true;
        }

        private bool EmitContextual(
            char c,
            ReadOnlySpan<char> source,
            int i,
            int sourceBase,
            ref int skipAt,
            ref NormalizerState state,
            Span<char> destination,
            Span<int> offsets,
            ref int w)
        {
            char next = i + 1 < source.Length ? source[i + 1] : '\0';
            switch (c)
            {
                case ArabicLetters.FarsiYeh:
                    return EmitSimple(FarsiYehFor(source, i + 1), sourceBase + i, ref state, destination, offsets, ref w);

                case ArabicLetters.ZeroWidthJoiner:
                    // Kept only inside an emoji sequence (👨‍👩‍👧, ❤️‍🔥); everywhere else it is an invisible control.
                    if (IsEmojiTail(state.PreviousSource) && IsEmojiHead(next))
                    {
                        return EmitVisible(c, sourceBase + i, ref state, destination, offsets, ref w);
                    }

                    return true;

                case ArabicLetters.ArabicDecimalSeparator:
                case ArabicLetters.ArabicThousandsSeparator:
                    if (ArabicLetters.IsAnyDigit(state.PreviousSource) && ArabicLetters.IsAnyDigit(next))
                    {
                        return EmitVisible(c == ArabicLetters.ArabicDecimalSeparator ? '.' : ',', sourceBase + i, ref state, destination, offsets, ref w);
                    }

                    return EmitVisible(c, sourceBase + i, ref state, destination, offsets, ref w);
            }

            if (c == ArabicLetters.Alef && _removeTanweenAlef
                && (state.PreviousSource == ArabicLetters.Fathatan || next == ArabicLetters.Fathatan))
            {
                return true; // The alef that only carries a written tanween fath.
            }

            if (_compose)
            {
                // Look past harakat (which do not block canonical composition) for a hamza or madda to absorb.
                for (int j = i + 1; j < source.Length && j <= i + 8; j++)
                {
                    char mark = source[j];
                    if (mark is ArabicLetters.MaddahAbove or ArabicLetters.HamzaAbove or ArabicLetters.HamzaBelow)
                    {
                        char composed = NormalizationTables.Compose(c, mark);
                        if (composed != '\0')
                        {
                            skipAt = j;
                            return EmitSimple(composed, sourceBase + i, ref state, destination, offsets, ref w);
                        }

                        break;
                    }

                    if (!((uint)(mark - ArabicLetters.Fathatan) <= ArabicLetters.Sukun - ArabicLetters.Fathatan || mark == ArabicLetters.SuperscriptAlef))
                    {
                        break;
                    }
                }
            }

            return EmitVisible(_tables.MapOf(c), sourceBase + i, ref state, destination, offsets, ref w);
        }

        /// <summary>ی is ى at the end of a word and ي inside it; marks and tatweel after it do not end the word.</summary>
        private static char FarsiYehFor(ReadOnlySpan<char> text, int after)
        {
            for (int j = after; j < text.Length; j++)
            {
                char n = text[j];
                if ((uint)(n - ArabicLetters.Fathatan) <= 0x065F - ArabicLetters.Fathatan || n == ArabicLetters.SuperscriptAlef || n == ArabicLetters.Tatweel)
                {
                    continue;
                }

                return ArabicLetters.IsArabicWordCharacter(n) ? ArabicLetters.Yeh : ArabicLetters.AlefMaqsura;
            }

            return ArabicLetters.AlefMaqsura;
        }

        private bool EmitExpansion(
            char c,
            ReadOnlySpan<char> source,
            int i,
            int sourceBase,
            ref NormalizerState state,
            Span<char> destination,
            Span<int> offsets,
            ref int w)
        {
            string expansion = c == '\u2026' ? "..." : PresentationForms.GetReplacement(c)!;
            for (int k = 0; k < expansion.Length; k++)
            {
                char x = expansion[k];
                if (x == ' ')
                {
                    if (_tables.KindOf(' ') == CharKind.Space)
                    {
                        AddPendingSpace(ref state, sourceBase + i);
                    }
                    else if (!EmitVisible(' ', sourceBase + i, ref state, destination, offsets, ref w))
                    {
                        return false;
                    }

                    continue;
                }

                if (x == ArabicLetters.FarsiYeh && _tables.KindOf(x) == CharKind.Contextual)
                {
                    // The presentation form itself says where in the word it stands.
                    x = k + 1 < expansion.Length ? ArabicLetters.Yeh : FarsiYehFor(source, i + 1);
                }

                if (!EmitSimple(x, sourceBase + i, ref state, destination, offsets, ref w))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Emits a character after context has been resolved: only its one-to-one rule applies.</summary>
        private bool EmitSimple(char c, int sourceIndex, ref NormalizerState state, Span<char> destination, Span<int> offsets, ref int w)
        {
            switch (_tables.KindOf(c))
            {
                case CharKind.Remove:
                    return true;
                case CharKind.Map:
                    return EmitVisible(_tables.Map[c], sourceIndex, ref state, destination, offsets, ref w);
                default:
                    return EmitVisible(_tables.MapOf(c), sourceIndex, ref state, destination, offsets, ref w);
            }
        }

        private bool EmitVisible(char c, int sourceIndex, ref NormalizerState state, Span<char> destination, Span<int> offsets, ref int w)
        {
            if (state.HasPending && !Flush(ref state, destination, offsets, ref w))
            {
                return false;
            }

            if ((uint)w >= (uint)destination.Length)
            {
                return false;
            }

            destination[w] = c;
            if (!offsets.IsEmpty)
            {
                offsets[w] = sourceIndex;
            }

            w++;
            state.Started = true;
            return true;
        }

        /// <summary>Writes the pending whitespace, now that something follows it.</summary>
        private bool Flush(ref NormalizerState state, Span<char> destination, Span<int> offsets, ref int w)
        {
            if (state.Started)
            {
                if (state.PendingLineBreaks > 0)
                {
                    if (_foldLineBreaks)
                    {
                        if (!Put(' ', state.PendingSource, destination, offsets, ref w))
                        {
                            return false;
                        }
                    }
                    else
                    {
                        int count = state.PendingLineBreaks >= 2 ? 2 : 1;
                        for (int k = 0; k < count; k++)
                        {
                            if (!Put('\n', state.PendingSource, destination, offsets, ref w))
                            {
                                return false;
                            }
                        }
                    }
                }
                else if (state.PendingSpace && !Put(' ', state.PendingSource, destination, offsets, ref w))
                {
                    return false;
                }
            }

            state.HasPending = false;
            state.PendingSpace = false;
            state.PendingLineBreaks = 0;
            return true;
        }

        private static bool Put(char c, int sourceIndex, Span<char> destination, Span<int> offsets, ref int w)
        {
            if ((uint)w >= (uint)destination.Length)
            {
                return false;
            }

            destination[w] = c;
            if (!offsets.IsEmpty)
            {
                offsets[w] = sourceIndex;
            }

            w++;
            return true;
        }

        private static void AddPendingSpace(ref NormalizerState state, int sourceIndex)
        {
            if (!state.HasPending)
            {
                state.PendingSource = sourceIndex;
                state.HasPending = true;
            }

            state.PendingSpace = true;
        }

        private static void AddPendingLineBreak(ref NormalizerState state, int sourceIndex)
        {
            if (state.PendingLineBreaks == 0)
            {
                state.PendingSource = sourceIndex;
            }

            state.HasPending = true;
            state.PendingLineBreaks++;
            state.PendingSpace = false;
        }

        // Emoji ends in a low surrogate, VS16 or a BMP pictograph; the next part starts with a high surrogate or a pictograph.
        private static bool IsEmojiTail(char c) => char.IsLowSurrogate(c) || c == ArabicLetters.VariationSelector16 || IsBmpPictograph(c);

        private static bool IsEmojiHead(char c) => char.IsHighSurrogate(c) || IsBmpPictograph(c);

        // Miscellaneous Technical through Miscellaneous Symbols and Arrows (⌚ ☀ ♀ ❤ ⬛ …), where the BMP emoji live.
        private static bool IsBmpPictograph(char c) => (uint)(c - 0x2300) <= 0x2BFF - 0x2300;
    }
}
