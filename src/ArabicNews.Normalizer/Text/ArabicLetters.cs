namespace ArabicNews.Text
{
    /// <summary>Names for the code points the normalizer's rules refer to (Unicode 15, Arabic block U+0600–U+06FF).</summary>
    internal static class ArabicLetters
    {
        public const char ArabicComma = '\u060C';
        public const char ArabicSemicolon = '\u061B';
        public const char ArabicLetterMark = '\u061C';
        public const char ArabicQuestionMark = '\u061F';
        public const char Hamza = '\u0621';
        public const char AlefWithMadda = '\u0622';
        public const char AlefWithHamzaAbove = '\u0623';
        public const char WawWithHamzaAbove = '\u0624';
        public const char AlefWithHamzaBelow = '\u0625';
        public const char YehWithHamzaAbove = '\u0626';
        public const char Alef = '\u0627';
        public const char TehMarbuta = '\u0629';
        public const char Tatweel = '\u0640';
        public const char Kaf = '\u0643';
        public const char Heh = '\u0647';
        public const char Waw = '\u0648';
        public const char AlefMaqsura = '\u0649';
        public const char Yeh = '\u064A';
        public const char Fathatan = '\u064B';
        public const char Sukun = '\u0652';
        public const char Shadda = '\u0651';
        public const char MaddahAbove = '\u0653';
        public const char HamzaAbove = '\u0654';
        public const char HamzaBelow = '\u0655';
        public const char SuperscriptAlef = '\u0670';
        public const char AlefWasla = '\u0671';
        public const char ArabicPercentSign = '\u066A';
        public const char ArabicDecimalSeparator = '\u066B';
        public const char ArabicThousandsSeparator = '\u066C';
        public const char KehehPersianKaf = '\u06A9';
        public const char HehDoachashmee = '\u06BE';
        public const char HehWithYehAbove = '\u06C0';
        public const char HehGoal = '\u06C1';
        public const char HehGoalWithHamzaAbove = '\u06C2';
        public const char FarsiYeh = '\u06CC';
        public const char YehBarree = '\u06D2';
        public const char YehBarreeWithHamzaAbove = '\u06D3';
        public const char ArabicFullStop = '\u06D4';
        public const char Ae = '\u06D5';
        public const char ZeroWidthNonJoiner = '\u200C';
        public const char ZeroWidthJoiner = '\u200D';
        public const char VariationSelector16 = '\uFE0F';

        /// <summary>Arabic-Indic digits U+0660–U+0669 and extended Arabic-Indic digits U+06F0–U+06F9 (Persian, Urdu).</summary>
        public static bool IsArabicIndicDigit(char c) => (uint)(c - '\u0660') <= 9 || (uint)(c - '\u06F0') <= 9;

        /// <summary>ASCII or Arabic-Indic digit.</summary>
        public static bool IsAnyDigit(char c) => (uint)(c - '0') <= 9 || IsArabicIndicDigit(c);

        /// <summary>A to Z or a to z.</summary>
        public static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

        /// <summary>
        /// Letters and marks that make up Arabic-script words (U+0621–U+065F, U+066E–U+06D3, U+06D5–U+06EF except the
        /// symbols U+06DD, U+06DE and U+06E9, U+06FA–U+06FF), the span a word-level rule looks at.
        /// </summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static bool IsArabicWordCharacter(char c) => (uint)(c - 0x0600) < 0x100 && WordCharacters[c - 0x0600];

        // One flag per code point of the Arabic block U+0600–U+06FF (Unicode 15), from the ranges above.
        private static readonly bool[] WordCharacters = BuildWordCharacters();

        private static bool[] BuildWordCharacters()
        {
            var table = new bool[0x100];
            for (int c = 0x0600; c <= 0x06FF; c++)
            {
                table[c - 0x0600] = (c >= 0x0621 && c <= 0x065F)
                    || (c >= 0x066E && c <= 0x06EF && c != ArabicFullStop && c != 0x06DD && c != 0x06DE && c != 0x06E9)
                    || c >= 0x06FA;
            }

            return table;
        }
    }
}
