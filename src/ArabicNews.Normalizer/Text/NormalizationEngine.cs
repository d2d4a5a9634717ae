using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ArabicNews.Text
{
    /// <summary>
    /// The character pass of the normalizer: one read cursor over the source, one write cursor over the destination,
    /// every decision taken from <see cref="NormalizationTables"/>. It never deletes and shifts, so it is linear on any
    /// input. Words are left to <see cref="WordFolder"/>.
    /// </summary>
    internal sealed class NormalizationEngine
    {
        private readonly NormalizationTables _tables;
        private readonly bool _removeTanweenAlef;
        private readonly bool _compose;
        private readonly bool _foldLineBreaks;
        private readonly bool _deferPresentationForms;
#if NET8_0_OR_GREATER
        private readonly VectorCharPass? _vector;
        private readonly PortableCharLane? _portable; // where there is no _vector
#endif

        /// <summary>
        /// <paramref name="deferPresentationForms"/>: stop at the first presentation form instead of expanding it in place,
        /// and say so in <see cref="NormalizerState.StoppedAtPresentationForm"/>; the normalizer then expands the whole
        /// block first (see <see cref="PresentationFormExpander"/>), so that it needs no separate search for them.
        /// <paramref name="avx2Lane"/>: the AVX2 fast lane even where AVX-512 is available (for tests).
        /// <paramref name="portableLane"/>: the 128-bit lane of CPUs without AVX2 even where a wider one is available (for tests).
        /// </summary>
        public NormalizationEngine(NormalizationTables tables, bool vectorize = true, bool deferPresentationForms = false, bool avx2Lane = false, bool portableLane = false)
        {
            _tables = tables;
            _deferPresentationForms = deferPresentationForms;
#if NET8_0_OR_GREATER
            _vector = vectorize && !portableLane ? VectorCharPass.Create(tables, avx2Lane) : null;
            _portable = vectorize && _vector is null ? PortableCharLane.Create(tables) : null;
#endif
            var options = tables.Options;
            _removeTanweenAlef = (options & ArabicNormalizerOptions.RemoveTanweenAlef) != 0;
            _compose = (options & ArabicNormalizerOptions.ComposeDecomposedLetters) != 0;
            _foldLineBreaks = (options & ArabicNormalizerOptions.FoldLineBreaks) != 0;
        }

        /// <summary>
        /// Normalizes one block. <paramref name="offsets"/> is empty, or as long as <paramref name="destination"/> and
        /// receives for each written character the index (plus <paramref name="sourceBase"/>) of the source character
        /// it came from. When <paramref name="isFinalBlock"/> is false, whitespace at the end stays pending in
        /// <paramref name="state"/> for the next block. Returns false when the destination is too small, or when a deferred
        /// presentation form stopped the pass (then <paramref name="state"/> says so and is otherwise not to be used).
        /// </summary>
        public bool Run(
            ReadOnlySpan<char> source,
            Span<char> destination,
            Span<int> offsets,
            int sourceBase,
            ref NormalizerState state,
            bool isFinalBlock,
            out int written) =>
            offsets.IsEmpty
                ? Run<WithoutOffsets>(source, destination, offsets, sourceBase, ref state, isFinalBlock, out written)
                : Run<WithOffsets>(source, destination, offsets, sourceBase, ref state, isFinalBlock, out written);

        // After a vector run shorter than VectorShortRun, the next VectorRest characters go through the scalar loop.
        private const int VectorShortRun = 8;
        private const int VectorRest = 16;

        // After the portable lane takes no block, the next PortableRest characters go through the scalar loop: a block
        // costs it about as much as three characters of that loop, and with longer rests it took a smaller share of news
        // text (82 % of the characters under Search with 16, 91 % with 4).
        private const int PortableRest = 4;

        // The JIT compiles one copy of Run per struct type argument and drops the offset writes from the copy without them.
        private struct WithOffsets
        {
        }

        private struct WithoutOffsets
        {
        }

        private bool Run<TOffsets>(
            ReadOnlySpan<char> source,
            Span<char> destination,
            Span<int> offsets,
            int sourceBase,
            ref NormalizerState state,
            bool isFinalBlock,
            out int written)
            where TOffsets : struct
        {
            ushort[] actions = _tables.Actions;
            char previousBlockEnd = state.PreviousSource;
            int skipTo = -1; // composable marks up to here were absorbed by the letter before them
            int w = 0;
            int i = 0;
            written = 0;

            // The loop keeps the common state in locals; rare characters go through the state-based slow path.
            bool started = state.Started;
            bool hasPending = state.HasPending;
            bool pendingSpace = state.PendingSpace;
            int pendingSource = state.PendingSource;
#if NET8_0_OR_GREATER
            int nextVectorTry = 0;
#endif

            while (i < source.Length)
            {
                char c = source[i];
                int action = actions[c];
                if (action < NormalizationTables.FirstSpecialAction)
                {
                    if (hasPending)
                    {
                        if (pendingSpace && state.PendingLineBreaks == 0)
                        {
                            if (started)
                            {
                                if ((uint)w >= (uint)destination.Length)
                                {
                                    return false;
                                }

                                destination[w] = ' ';
                                if (typeof(TOffsets) == typeof(WithOffsets))
                                {
                                    offsets[w] = pendingSource;
                                }

                                w++;
                            }
                        }
                        else
                        {
                            state.Started = started;
                            state.PendingSpace = pendingSpace;
                            state.PendingSource = pendingSource;
                            if (!Flush(ref state, destination, offsets, ref w))
                            {
                                return false;
                            }
                        }

                        hasPending = false;
                        pendingSpace = false;
                        state.PendingLineBreaks = 0;
                    }

                    // The hot loop: a run of characters that are written one for one. It writes at most one character
                    // per character it reads, so with room for the rest of the source it needs no capacity checks.
                    started = true;
                    if (destination.Length - w >= source.Length - i)
                    {
                        ref char from = ref MemoryMarshal.GetReference(source);
                        ref char to = ref MemoryMarshal.GetReference(destination);
                        ref ushort table = ref actions[0];
                        do
                        {
                            Unsafe.Add(ref to, w) = (char)action;
                            if (typeof(TOffsets) == typeof(WithOffsets))
                            {
                                offsets[w] = sourceBase + i;
                            }

                            w++;
                            i++;
#if NET8_0_OR_GREATER
                            // Runs of such characters go 32 at a time; after a very short one the lane rests for a while, so
                            // that text full of marks does not pay for a vector attempt per letter.
                            if (_vector is not null && i >= nextVectorTry && i <= source.Length - VectorCharPass.Width)
                            {
                                // Without source indexes the lane may also leave out removed marks; with them a run maps one for
                                // one, so its characters came from consecutive source indexes, but for the second line feed of a
                                // paragraph break.
                                int run = _vector.Run(
                                    ref Unsafe.As<char, ushort>(ref from), i, source.Length, ref Unsafe.As<char, ushort>(ref to), w, removeMarks: typeof(TOffsets) == typeof(WithoutOffsets), out int runWritten);
                                if (typeof(TOffsets) == typeof(WithOffsets))
                                {
                                    VectorCharPass.WriteConsecutive(offsets.Slice(w, run), sourceBase + i);
                                    _vector.GiveParagraphBreaksOneIndex(destination.Slice(w, run), offsets.Slice(w, run));
                                }

                                i += run;
                                w += runWritten;
                                if (run < VectorShortRun)
                                {
                                    nextVectorTry = i + VectorRest;
                                }
                            }
                            else if (_portable is not null && i >= nextVectorTry)
                            {
                                int run = _portable.Run(ref Unsafe.As<char, ushort>(ref from), i, source.Length, ref Unsafe.As<char, ushort>(ref to), w);
                                if (typeof(TOffsets) == typeof(WithOffsets))
                                {
                                    VectorCharPass.WriteConsecutive(offsets.Slice(w, run), sourceBase + i);
                                    if (_portable.TakesLineFeeds)
                                    {
                                        VectorCharPass.GiveEachParagraphBreakOneIndex(destination.Slice(w, run), offsets.Slice(w, run));
                                    }
                                }

                                i += run;
                                w += run;
                                if (run == 0)
                                {
                                    nextVectorTry = i + PortableRest;
                                }
                            }
#endif
                            if (i == source.Length)
                            {
                                break;
                            }

                            action = Unsafe.Add(ref table, Unsafe.Add(ref from, i));

                            // A single space between two such characters is written as it is, without leaving the loop.
                            if (action == NormalizationTables.SpaceAction && Unsafe.Add(ref from, i) == ' ' && i + 1 < source.Length)
                            {
                                int next = Unsafe.Add(ref table, Unsafe.Add(ref from, i + 1));
                                if (next < NormalizationTables.FirstSpecialAction)
                                {
                                    Unsafe.Add(ref to, w) = ' ';
                                    if (typeof(TOffsets) == typeof(WithOffsets))
                                    {
                                        offsets[w] = sourceBase + i;
                                    }

                                    w++;
                                    i++;
                                    action = next;
                                }
                            }
                        }
                        while (action < NormalizationTables.FirstSpecialAction);

                        continue;
                    }

                    if ((uint)w >= (uint)destination.Length)
                    {
                        return false;
                    }

                    destination[w] = (char)action;
                    if (typeof(TOffsets) == typeof(WithOffsets))
                    {
                        offsets[w] = sourceBase + i;
                    }

                    w++;
                    i++;
                    continue;
                }

                if (action == NormalizationTables.RemoveAction)
                {
                    i++;
                    continue;
                }

                if (action == NormalizationTables.SpaceAction)
                {
                    if (!hasPending)
                    {
                        pendingSource = sourceBase + i;
                        hasPending = true;
                    }

                    pendingSpace = true;
                    i++;
                    continue;
                }

                state.Started = started;
                state.HasPending = hasPending;
                state.PendingSpace = pendingSpace;
                state.PendingSource = pendingSource;
                state.PreviousSource = i > 0 ? source[i - 1] : previousBlockEnd;
                if (!Special(source, ref i, sourceBase, ref skipTo, ref state, destination, offsets, ref w))
                {
                    return false;
                }

                started = state.Started;
                hasPending = state.HasPending;
                pendingSpace = state.PendingSpace;
                pendingSource = state.PendingSource;
            }

            state.Started = started;
            state.HasPending = hasPending;
            state.PendingSpace = pendingSpace;
            state.PendingSource = pendingSource;
            if (source.Length > 0)
            {
                state.PreviousSource = source[source.Length - 1];
            }

            if (w > 0)
            {
                state.LastWritten2 = w > 1 ? destination[w - 2] : state.LastWritten;
                state.LastWritten = destination[w - 1];
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

        /// <summary>Handles the character at <paramref name="i"/> whose rule needs more than a table lookup, and moves past it.</summary>
        private bool Special(
            ReadOnlySpan<char> source,
            ref int i,
            int sourceBase,
            ref int skipTo,
            ref NormalizerState state,
            Span<char> destination,
            Span<int> offsets,
            ref int w)
        {
            char c = source[i];
            int index = i;
            i++;
            if (IsComposableMark(c) && _compose)
            {
                if (index <= skipTo)
                {
                    return true; // a hamza or madda already composed into the letter before it
                }

                if (ComposeWithWrittenLetter(c, source, index, ref skipTo, ref state, destination, w))
                {
                    return true;
                }
            }

            switch (_tables.KindOf(c))
            {
                case CharKind.Copy:
                    return EmitVisible(c, sourceBase + index, ref state, destination, offsets, ref w);

                case CharKind.Map:
                    return EmitVisible(_tables.Map[c], sourceBase + index, ref state, destination, offsets, ref w);

                case CharKind.Remove:
                    return true;

                case CharKind.Space:
                    AddPendingSpace(ref state, sourceBase + index);
                    return true;

                case CharKind.CarriageReturn:
                    if (index + 1 < source.Length && source[index + 1] == '\n')
                    {
                        return true; // CR LF is one line break: the LF counts it.
                    }

                    AddPendingLineBreak(ref state, sourceBase + index);
                    return true;

                case CharKind.LineBreak:
                    AddPendingLineBreak(ref state, sourceBase + index);
                    return true;

                case CharKind.Expand when _deferPresentationForms && PresentationForms.GetReplacement(c) is not null:
                    state.StoppedAtPresentationForm = true;
                    return false;

                case CharKind.Expand:
                    return EmitExpansion(c, source, index, sourceBase, ref skipTo, ref state, destination, offsets, ref w);

                case CharKind.HighSurrogate:
                    if (!EmitVisible(c, sourceBase + index, ref state, destination, offsets, ref w))
                    {
                        return false;
                    }

                    if (i < source.Length && char.IsLowSurrogate(source[i]))
                    {
                        i++;
                        return EmitVisible(source[index + 1], sourceBase + index + 1, ref state, destination, offsets, ref w);
                    }

                    return true;

                default:
                    return EmitContextual(c, source, index, sourceBase, ref skipTo, ref state, destination, offsets, ref w);
            }
        }

        private bool EmitContextual(
            char c,
            ReadOnlySpan<char> source,
            int i,
            int sourceBase,
            ref int skipTo,
            ref NormalizerState state,
            Span<char> destination,
            Span<int> offsets,
            ref int w)
        {
            switch (c)
            {
                case ArabicLetters.ZeroWidthJoiner:
                    // Kept only inside an emoji sequence (👨‍👩‍👧, ❤️‍🔥); everywhere else it is an invisible control.
                    if (IsEmojiTail(LastWritten(ref state, destination, w)) && IsEmojiHead(NextKept(source, i)))
                    {
                        return EmitVisible(c, sourceBase + i, ref state, destination, offsets, ref w);
                    }

                    return true;

                case ArabicLetters.ArabicDecimalSeparator:
                case ArabicLetters.ArabicThousandsSeparator:
                    if (ArabicLetters.IsAnyDigit(LastWritten(ref state, destination, w)) && ArabicLetters.IsAnyDigit(NextKept(source, i)))
                    {
                        return EmitVisible(c == ArabicLetters.ArabicDecimalSeparator ? '.' : ',', sourceBase + i, ref state, destination, offsets, ref w);
                    }

                    return EmitVisible(c, sourceBase + i, ref state, destination, offsets, ref w);
            }

            // Rules apply to the letter as it will be written, so that a second pass finds nothing more to do.
            char letter = c == ArabicLetters.FarsiYeh ? _tables.MapOf(FarsiYehFor(source, i + 1)) : _tables.MapOf(c);

            // A folded result can be a base again (ئ → ي), which composes with the next hamza in turn.
            while (TryCompose(letter, source, Math.Max(i, skipTo) + 1, ref skipTo, out char composed))
            {
                letter = _tables.MapOf(composed);
            }

            if (letter == ArabicLetters.Alef && _removeTanweenAlef && IsTanweenCarrier(source, i, skipTo, ref state, destination, w))
            {
                return true; // The alef that only carries a written tanween fath.
            }

            return EmitVisible(letter, sourceBase + i, ref state, destination, offsets, ref w);
        }

        /// <summary>
        /// Composes a hamza or madda with the letter already written before it, when only harakat, removed characters and
        /// absorbed marks stand between them in the source: the letter is rewritten in place and the mark is absorbed.
        /// </summary>
        private bool ComposeWithWrittenLetter(char mark, ReadOnlySpan<char> source, int index, ref int skipTo, ref NormalizerState state, Span<char> destination, int w)
        {
            if (state.HasPending)
            {
                return false;
            }

            int j = index - 1;
            while (j >= 0)
            {
                char before = source[j];
                if (IsComposableMark(before) ? j <= skipTo : IsTransparentToComposition(before))
                {
                    j--;
                    continue;
                }

                break;
            }

            if (j < 0)
            {
                return false;
            }

            // The written text after the letter holds only the harakat that stood between it and the mark.
            int p = w - 1;
            while (p >= 0 && IsHaraka(destination[p]))
            {
                p--;
            }

            if (p < 0)
            {
                return false;
            }

            char composed = NormalizationTables.Compose(destination[p], mark);
            if (composed == '\0')
            {
                return false;
            }

            destination[p] = _tables.MapOf(composed);
            skipTo = index;
            return true;
        }

        private bool IsTransparentToComposition(char c) => IsHaraka(c) || IsNotWrittenHere(c);

        // Removed, or a ZWJ the options remove: they keep it only inside an emoji sequence, never between letters and marks.
        private bool IsNotWrittenHere(char c) =>
            _tables.KindOf(c) == CharKind.Remove || (_tables.KindOf(c) == CharKind.Contextual && c == ArabicLetters.ZeroWidthJoiner);

        /// <summary>
        /// When <paramref name="letter"/> is a composable base and a hamza or madda follows it (past harakat, which do not
        /// block canonical composition, and past characters that are removed), the precomposed letter; the mark's index
        /// goes to <paramref name="skipTo"/>.
        /// </summary>
        private bool TryCompose(char letter, ReadOnlySpan<char> source, int from, ref int skipTo, out char composed)
        {
            composed = '\0';
            if (!_compose || NormalizationTables.ComposableBases.IndexOf(letter) < 0)
            {
                return false;
            }

            for (int j = from; j < source.Length; j++)
            {
                char mark = source[j];
                if (mark is ArabicLetters.MaddahAbove or ArabicLetters.HamzaAbove or ArabicLetters.HamzaBelow)
                {
                    composed = NormalizationTables.Compose(letter, mark);
                    if (composed == '\0')
                    {
                        return false;
                    }

                    skipTo = j;
                    return true;
                }

                bool transparent = IsTransparentToComposition(mark);
                if (!transparent)
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>
        /// An alef written next to a fathatan after a consonant (كتاباً, كتابًا). Decided on what has been written, not on
        /// the source, so that a second pass finds nothing more to remove.
        /// </summary>
        private bool IsTanweenCarrier(ReadOnlySpan<char> source, int i, int skipTo, ref NormalizerState state, Span<char> destination, int w)
        {
            char last = LastWritten(ref state, destination, w);
            char beforeLast = state.HasPending ? ' ' : w >= 2 ? destination[w - 2] : w == 1 ? state.LastWritten : state.LastWritten2;
            if (last == ArabicLetters.Fathatan)
            {
                return IsConsonant(beforeLast);
            }

            if (!IsConsonant(last))
            {
                return false;
            }

            if (state.PreviousSource == ArabicLetters.Fathatan)
            {
                return true; // the fathatan before this alef was written, then removed
            }

            for (int j = i + 1; j < source.Length; j++)
            {
                char n = source[j];
                if (n == ArabicLetters.Fathatan)
                {
                    return true;
                }

                // What is not written does not stand between the alef and its fathatan: otherwise a second pass, without
                // it, would find the carrier.
                bool absorbed = j <= skipTo && IsComposableMark(n);
                if (!absorbed && !IsNotWrittenHere(n))
                {
                    break;
                }
            }

            return false;
        }

        private static bool IsComposableMark(char c) => (uint)(c - ArabicLetters.MaddahAbove) <= ArabicLetters.HamzaBelow - ArabicLetters.MaddahAbove;

        private static bool IsHaraka(char c) =>
            (uint)(c - ArabicLetters.Fathatan) <= ArabicLetters.Sukun - ArabicLetters.Fathatan || c == ArabicLetters.SuperscriptAlef;

        /// <summary>The character most recently written (a space while whitespace is pending), across blocks.</summary>
        private static char LastWritten(ref NormalizerState state, Span<char> destination, int w) =>
            state.HasPending ? ' ' : w > 0 ? destination[w - 1] : state.LastWritten;

        /// <summary>The next source character that will not be removed, or NUL at the end of the block.</summary>
        private char NextKept(ReadOnlySpan<char> source, int i)
        {
            for (int j = i + 1; j < source.Length; j++)
            {
                char n = source[j];
                CharKind kind = _tables.KindOf(n);
                if (kind != CharKind.Remove && !(kind == CharKind.Contextual && n == ArabicLetters.ZeroWidthJoiner))
                {
                    return n;
                }
            }

            return '\0';
        }

        private static bool IsConsonant(char c) =>
            c != ArabicLetters.Alef && (uint)(c - ArabicLetters.Hamza) <= ArabicLetters.Yeh - ArabicLetters.Hamza && c != ArabicLetters.Tatweel;

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
            ref int skipTo,
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

                if (k + 1 == expansion.Length && TryCompose(_tables.MapOf(x), source, i + 1, ref skipTo, out char composed))
                {
                    x = composed; // the ligature's last letter takes a hamza or madda written after it
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

            state.Started = true;
            if (MatchingFold.MayBeBreak(c) && MatchingFold.IsInvisibleBreak(c))
            {
                state.WroteBreak = true;
            }

            return Put(c, sourceIndex, destination, offsets, ref w);
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
