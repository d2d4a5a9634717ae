using System;
#if NET8_0_OR_GREATER
using System.Buffers;
#endif

namespace ArabicNews.Text
{
    /// <summary>
    /// Answers "is there anything to do?" for one set of options, which for clean text is the whole job: one vectorized
    /// search for a character that needs work, then a few searches for whitespace that is out of shape.
    /// </summary>
    internal sealed class CleanTextScanner
    {
        private readonly bool _whitespace;
        private readonly bool _foldLineBreaks;
#if NET8_0_OR_GREATER
        private readonly SearchValues<char> _attention;
#else
        private readonly bool[] _attention = new bool[0x10000];
#endif

        public CleanTextScanner(NormalizationTables tables)
        {
            _whitespace = (tables.Options & ArabicNormalizerOptions.NormalizeWhitespace) != 0;
            _foldLineBreaks = (tables.Options & ArabicNormalizerOptions.FoldLineBreaks) != 0;
            var attention = new System.Collections.Generic.List<char>();
            for (int i = 0; i < 0x10000; i++)
            {
                char c = (char)i;
                if (NeedsAttention(tables, c))
                {
                    attention.Add(c);
                }
            }

            // A composable letter or a tanween alef only changes when the mark that triggers the rule is there.
            if ((tables.Options & ArabicNormalizerOptions.ComposeDecomposedLetters) != 0)
            {
                attention.AddRange(new[] { ArabicLetters.MaddahAbove, ArabicLetters.HamzaAbove, ArabicLetters.HamzaBelow });
            }

            if ((tables.Options & ArabicNormalizerOptions.RemoveTanweenAlef) != 0)
            {
                attention.Add(ArabicLetters.Fathatan);
            }

#if NET8_0_OR_GREATER
            _attention = SearchValues.Create(attention.ToArray());
#else
            foreach (char c in attention)
            {
                _attention[c] = true;
            }
#endif
        }

        /// <summary>True when the character pass would return <paramref name="text"/> unchanged.</summary>
        public bool IsClean(ReadOnlySpan<char> text)
        {
#if NET8_0_OR_GREATER
            if (text.IndexOfAny(_attention) >= 0)
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
