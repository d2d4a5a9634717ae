using System;

namespace ArabicNews.Text
{
    /// <summary>
    /// The per-character decisions for one set of options, computed once when a normalizer is created:
    /// a <see cref="CharKind"/> for each of the 65,536 UTF-16 code units and a one-to-one map below U+2100.
    /// </summary>
    internal sealed class NormalizationTables
    {
        private const int MapLimit = 0x2100;

        /// <summary>Actions at or above this value are not characters to write.</summary>
        public const int FirstSpecialAction = 0xFFF0;

        /// <summary>The character is removed.</summary>
        public const int RemoveAction = 0xFFFF;

        /// <summary>The character is whitespace that joins the pending run.</summary>
        public const int SpaceAction = 0xFFFE;

        /// <summary>The character needs the engine's slow path.</summary>
        public const int SpecialAction = 0xFFFD;

        public readonly byte[] Kinds = new byte[0x10000];

        /// <summary>
        /// The engine's one lookup per character: the character to write (copied or mapped), or one of the special actions
        /// above. Characters from U+FFF0 up always take the slow path, which copies them.
        /// </summary>
        public readonly ushort[] Actions = new ushort[0x10000];
        public readonly char[] Map = new char[MapLimit];
        public readonly ArabicNormalizerOptions Options;

        /// <summary>The largest number of characters one source character can become.</summary>
        public readonly int MaxExpansion;

        public NormalizationTables(ArabicNormalizerOptions options)
        {
            Options = options;
            for (int i = 0; i < Map.Length; i++)
            {
                Map[i] = (char)i;
            }

            bool lucene = Has(ArabicNormalizerOptions.LuceneCharacterSets);
            MaxExpansion = 1;

            if (Has(ArabicNormalizerOptions.FoldPresentationForms))
            {
                for (int c = 0xFB50; c <= 0xFEFF; c++)
                {
                    if (PresentationForms.GetReplacement((char)c) is not null)
                    {
                        Kinds[c] = (byte)CharKind.Expand;
                    }
                }

                MaxExpansion = PresentationForms.MaxExpansion;
            }

            if (Has(ArabicNormalizerOptions.RemoveInvisibles))
            {
                // Invisible formatting and bidirectional controls (Unicode 15, General Punctuation and Arabic blocks).
                Remove(0x200B, 0x200F);
                Remove(0x202A, 0x202E);
                Remove(0x2060, 0x2060);
                Remove(0x2066, 0x2069);
                Remove(ArabicLetters.ArabicLetterMark, ArabicLetters.ArabicLetterMark);
                Remove(0xFEFF, 0xFEFF);
                Remove(0x00AD, 0x00AD);
                Kinds[ArabicLetters.ZeroWidthJoiner] = (byte)CharKind.Contextual;
                if (Has(ArabicNormalizerOptions.KeepZeroWidthNonJoiner))
                {
                    Kinds[ArabicLetters.ZeroWidthNonJoiner] = (byte)CharKind.Copy;
                }
            }

            if (Has(ArabicNormalizerOptions.RemoveTatweel))
            {
                Remove(ArabicLetters.Tatweel, ArabicLetters.Tatweel);
            }

            if (Has(ArabicNormalizerOptions.RemoveDiacritics))
            {
                if (lucene)
                {
                    // Lucene's ArabicNormalizer: FATHATAN … SUKUN only.
                    Remove(0x064B, 0x0652);
                }
                else
                {
                    // Nonspacing marks of the Arabic blocks (Unicode 15 general category Mn).
                    Remove(0x0610, 0x061A);
                    Remove(0x064B, 0x065F);
                    Remove(0x0670, 0x0670);
                    Remove(0x06D6, 0x06DC);
                    Remove(0x06DF, 0x06E4);
                    Remove(0x06E7, 0x06E8);
                    Remove(0x06EA, 0x06ED);
                    Remove(0x0898, 0x089F);
                    Remove(0x08CA, 0x08E1);
                    Remove(0x08E3, 0x08FF);
                }

                if (Has(ArabicNormalizerOptions.KeepShadda))
                {
                    Kinds[ArabicLetters.Shadda] = (byte)CharKind.Copy;
                }
            }

            if (Has(ArabicNormalizerOptions.FoldAlef))
            {
                SetMap(ArabicLetters.AlefWithMadda, ArabicLetters.Alef);
                SetMap(ArabicLetters.AlefWithHamzaAbove, ArabicLetters.Alef);
                SetMap(ArabicLetters.AlefWithHamzaBelow, ArabicLetters.Alef);
                if (!lucene)
                {
                    SetMap(ArabicLetters.AlefWasla, ArabicLetters.Alef);
                    SetMap('\u0672', ArabicLetters.Alef);
                    SetMap('\u0673', ArabicLetters.Alef);
                    SetMap('\u0675', ArabicLetters.Alef);
                }
            }

            if (Has(ArabicNormalizerOptions.FoldAlefMaqsura))
            {
                SetMap(ArabicLetters.AlefMaqsura, ArabicLetters.Yeh);
            }

            if (Has(ArabicNormalizerOptions.FoldTehMarbuta))
            {
                SetMap(ArabicLetters.TehMarbuta, ArabicLetters.Heh);
            }

            if (Has(ArabicNormalizerOptions.FoldHamzaOnCarriers))
            {
                SetMap(ArabicLetters.WawWithHamzaAbove, ArabicLetters.Waw);
                SetMap(ArabicLetters.YehWithHamzaAbove, ArabicLetters.Yeh);
            }

            if (Has(ArabicNormalizerOptions.FoldPersianLetters))
            {
                SetMap(ArabicLetters.KehehPersianKaf, ArabicLetters.Kaf);
                SetMap('\u06AA', ArabicLetters.Kaf);
                SetMap('\u06D0', ArabicLetters.Yeh);
                SetMap(ArabicLetters.YehBarree, ArabicLetters.Yeh);
                SetMap(ArabicLetters.HehGoal, ArabicLetters.Heh);
                SetMap(ArabicLetters.Ae, ArabicLetters.Heh);
                SetMap(ArabicLetters.HehDoachashmee, ArabicLetters.Heh);
                SetMap(ArabicLetters.HehWithYehAbove, ArabicLetters.Heh);
                Kinds[ArabicLetters.FarsiYeh] = (byte)CharKind.Contextual;
            }

            if (Has(ArabicNormalizerOptions.FoldForeignLetters))
            {
                SetMap('\u067E', '\u0628'); // peh → beh
                SetMap('\u0686', '\u062C'); // tcheh → jeem
                SetMap('\u0698', '\u0632'); // jeh → zain
                SetMap('\u06AF', ArabicLetters.Kaf); // gaf → kaf
                SetMap('\u06A4', '\u0641'); // veh → feh
                SetMap('\u06A8', '\u0642'); // qaf with three dots above (Maghrebi g) → qaf
                SetMap('\u06AD', ArabicLetters.Kaf); // ng (Moroccan g) → kaf
            }

            if (Has(ArabicNormalizerOptions.FoldDigits))
            {
                for (int d = 0; d < 10; d++)
                {
                    SetMap((char)(0x0660 + d), (char)('0' + d));
                    SetMap((char)(0x06F0 + d), (char)('0' + d));
                }

                SetMap(ArabicLetters.ArabicPercentSign, '%');
                Kinds[ArabicLetters.ArabicDecimalSeparator] = (byte)CharKind.Contextual;
                Kinds[ArabicLetters.ArabicThousandsSeparator] = (byte)CharKind.Contextual;
            }

            if (Has(ArabicNormalizerOptions.FoldPunctuation))
            {
                SetMap(ArabicLetters.ArabicComma, ',');
                SetMap(ArabicLetters.ArabicSemicolon, ';');
                SetMap(ArabicLetters.ArabicQuestionMark, '?');
                SetMap(ArabicLetters.ArabicFullStop, '.');
                SetMap('\u00AB', '"');
                SetMap('\u00BB', '"');
                SetMap('\u201C', '"');
                SetMap('\u201D', '"');
                SetMap('\u201E', '"');
                SetMap('\u2018', '\'');
                SetMap('\u2019', '\'');
                SetMap('\u2013', '-');
                SetMap('\u2014', '-');
                Kinds['\u2026'] = (byte)CharKind.Expand;
                MaxExpansion = Math.Max(MaxExpansion, 3);
            }

            if (Has(ArabicNormalizerOptions.NormalizeWhitespace))
            {
                foreach (char space in new[] { '\t', '\u000B', '\u000C', ' ', '\u00A0', '\u1680', '\u202F', '\u205F', '\u3000' })
                {
                    Kinds[space] = (byte)CharKind.Space;
                }

                for (int c = 0x2000; c <= 0x200A; c++)
                {
                    Kinds[c] = (byte)CharKind.Space;
                }

                Kinds['\n'] = (byte)CharKind.LineBreak;
                Kinds['\u0085'] = (byte)CharKind.LineBreak;
                Kinds['\u2028'] = (byte)CharKind.LineBreak;
                Kinds['\u2029'] = (byte)CharKind.LineBreak;
                Kinds['\r'] = (byte)CharKind.CarriageReturn;
            }

            if (Has(ArabicNormalizerOptions.ComposeDecomposedLetters))
            {
                // Composition is decided when the hamza or madda is met, by looking back at the letter written before it;
                // Farsi yeh looks ahead for it because its written form depends on what follows.
                Kinds[ArabicLetters.FarsiYeh] = (byte)CharKind.Contextual;
            }

            if (Has(ArabicNormalizerOptions.RemoveTanweenAlef))
            {
                // Every letter written as a bare alef (ا, and أ إ آ when alef forms fold) may carry the tanween.
                for (int c = 0; c < MapLimit; c++)
                {
                    if (Map[c] == ArabicLetters.Alef && Kinds[c] is (byte)CharKind.Copy or (byte)CharKind.Map)
                    {
                        Kinds[c] = (byte)CharKind.Contextual;
                    }
                }
            }

            for (int c = 0xD800; c <= 0xDBFF; c++)
            {
                Kinds[c] = (byte)CharKind.HighSurrogate;
            }

            for (int c = 0; c < 0x10000; c++)
            {
                Actions[c] = KindOf((char)c) switch
                {
                    CharKind.Copy when c < FirstSpecialAction => (ushort)c,
                    CharKind.Map => MapOf((char)c),
                    CharKind.Remove => RemoveAction,
                    CharKind.Space => SpaceAction,
                    _ => SpecialAction,
                };
            }

            if (Has(ArabicNormalizerOptions.ComposeDecomposedLetters))
            {
                // A hamza or madda may already be part of the letter before it: only the slow path knows.
                Actions[ArabicLetters.MaddahAbove] = SpecialAction;
                Actions[ArabicLetters.HamzaAbove] = SpecialAction;
                Actions[ArabicLetters.HamzaBelow] = SpecialAction;
            }
        }

        /// <summary>
        /// Sends every character that is written as an invisible break (NUL, a kept ZWNJ, an Arabic sign the options keep;
        /// see <see cref="MatchingFold.IsInvisibleBreak"/>) through the slow path, which notes it for the word pass
        /// (<see cref="NormalizerState.WroteBreak"/>): the fast paths then never write one. For a normalizer with a word
        /// pass, once, before the tables are used (not in the constructor: the matching fold is built from tables too).
        /// </summary>
        public void SendInvisibleBreaksToTheSlowPath()
        {
            for (int c = 0; c < 0x10000; c++)
            {
                if (Actions[c] < FirstSpecialAction && MatchingFold.IsInvisibleBreak((char)Actions[c]))
                {
                    Actions[c] = SpecialAction;
                }
            }
        }

        /// <summary>Letters that combine with a following U+0653, U+0654 or U+0655 (Unicode canonical compositions).</summary>
        public static ReadOnlySpan<char> ComposableBases => "\u0627\u0648\u064A\u06D5\u06C1\u06D2".AsSpan();

        /// <summary>The precomposed letter for base + mark, or NUL when the pair does not compose (UnicodeData.txt).</summary>
        public static char Compose(char baseLetter, char mark)
        {
            switch (baseLetter)
            {
                case ArabicLetters.Alef:
                    return mark switch
                    {
                        ArabicLetters.MaddahAbove => ArabicLetters.AlefWithMadda,
                        ArabicLetters.HamzaAbove => ArabicLetters.AlefWithHamzaAbove,
                        ArabicLetters.HamzaBelow => ArabicLetters.AlefWithHamzaBelow,
                        _ => '\0',
                    };
                case ArabicLetters.Waw:
                    return mark == ArabicLetters.HamzaAbove ? ArabicLetters.WawWithHamzaAbove : '\0';
                case ArabicLetters.Yeh:
                    return mark == ArabicLetters.HamzaAbove ? ArabicLetters.YehWithHamzaAbove : '\0';
                case ArabicLetters.Ae:
                    return mark == ArabicLetters.HamzaAbove ? ArabicLetters.HehWithYehAbove : '\0';
                case ArabicLetters.HehGoal:
                    return mark == ArabicLetters.HamzaAbove ? ArabicLetters.HehGoalWithHamzaAbove : '\0';
                case ArabicLetters.YehBarree:
                    return mark == ArabicLetters.HamzaAbove ? ArabicLetters.YehBarreeWithHamzaAbove : '\0';
                default:
                    return '\0';
            }
        }

        public CharKind KindOf(char c) => (CharKind)Kinds[c];

        public char MapOf(char c) => c < MapLimit ? Map[c] : c;

        private bool Has(ArabicNormalizerOptions option) => (Options & option) != 0;

        private void Remove(int first, int last)
        {
            for (int c = first; c <= last; c++)
            {
                Kinds[c] = (byte)CharKind.Remove;
            }
        }

        private void SetMap(char from, char to)
        {
            Kinds[from] = (byte)CharKind.Map;
            Map[from] = to;
        }
    }
}
