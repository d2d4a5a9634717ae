using System;

namespace ArabicNews.Text
{
    /// <summary>
    /// The independent steps an <see cref="ArabicNormalizer"/> can apply. Each flag documents the exact code
    /// points it touches; the presets in <see cref="NormalizationProfile"/> combine them. Values are stable:
    /// they are recorded by <see cref="NormalizationProfile.Format"/> so a search index can say which
    /// normalization built it.
    /// </summary>
    [Flags]
    public enum ArabicNormalizerOptions
    {
        /// <summary>No step: the text is returned unchanged.</summary>
        None = 0,

        /// <summary>
        /// Removes invisible and bidirectional controls: U+200B–U+200F, U+202A–U+202E, U+2060, U+2066–U+2069,
        /// U+061C, U+FEFF and U+00AD. A zero-width joiner U+200D between two emoji survives, and U+200C survives
        /// when <see cref="KeepZeroWidthNonJoiner"/> is set. Removed characters never become spaces.
        /// </summary>
        RemoveInvisibles = 1 << 0,

        /// <summary>Modifier of <see cref="RemoveInvisibles"/>: keeps U+200C ZERO WIDTH NON-JOINER, which Persian and Urdu words need.</summary>
        KeepZeroWidthNonJoiner = 1 << 1,

        /// <summary>
        /// Replaces Arabic presentation forms and ligatures (U+FB50–U+FDFF, U+FE70–U+FEFF) by their compatibility
        /// decomposition, character by character: ﻻ → لا, ﻷ → لأ, ﷲ → الله, ﷺ → صلى الله عليه وسلم. ﷼ U+FDFC becomes
        /// ريال with Arabic yeh, ﷽ U+FDFD becomes the basmala, and spacing marks (U+FE70…) lose the space that NFKC
        /// would add in front of them.
        /// </summary>
        FoldPresentationForms = 1 << 2,

        /// <summary>
        /// Composes a letter written as base plus combining hamza or madda into the precomposed letter:
        /// ا + U+0653/U+0654/U+0655 → آ/أ/إ, و + U+0654 → ؤ, ي + U+0654 → ئ, ە + U+0654 → ۀ, ہ + U+0654 → ۂ,
        /// ے + U+0654 → ۓ; other marks in between (harakat) do not block it.
        /// </summary>
        ComposeDecomposedLetters = 1 << 3,

        /// <summary>Removes tatweel (kashida) U+0640.</summary>
        RemoveTatweel = 1 << 4,

        /// <summary>
        /// Removes diacritics: harakat and tanween U+064B–U+065F, superscript alef U+0670, Arabic signs
        /// U+0610–U+061A, the Quranic annotation marks among U+06D6–U+06ED (U+06D6–U+06DC, U+06DF–U+06E4,
        /// U+06E7–U+06E8, U+06EA–U+06ED; not the letters U+06E5/U+06E6 nor the symbols U+06DD, U+06DE, U+06E9),
        /// and the combining marks of Arabic Extended-A/B U+0898–U+089F and U+08CA–U+08FF except U+08E2.
        /// </summary>
        RemoveDiacritics = 1 << 5,

        /// <summary>Modifier of <see cref="RemoveDiacritics"/>: keeps shadda U+0651.</summary>
        KeepShadda = 1 << 6,

        /// <summary>
        /// Removes the alef that carries a written fathatan: كتاباً → كتابً (and كتاب once diacritics are removed).
        /// Only when U+064B is actually written right before or after the alef; يوما stays as it is.
        /// </summary>
        RemoveTanweenAlef = 1 << 7,

        /// <summary>Folds alef forms to bare alef: آ U+0622, أ U+0623, إ U+0625, ٱ U+0671, ٲ U+0672, ٳ U+0673, ٵ U+0675 → ا U+0627.</summary>
        FoldAlef = 1 << 8,

        /// <summary>Folds alef maqsura ى U+0649 to yeh ي U+064A. Never the other way, and never to alef.</summary>
        FoldAlefMaqsura = 1 << 9,

        /// <summary>Folds teh marbuta ة U+0629 to heh ه U+0647.</summary>
        FoldTehMarbuta = 1 << 10,

        /// <summary>Folds hamza on its carriers to the carrier: ؤ U+0624 → و, ئ U+0626 → ي. Hamza alone ء U+0621 is kept.</summary>
        FoldHamzaOnCarriers = 1 << 11,

        /// <summary>
        /// Folds Persian and Urdu forms of Arabic letters: ک U+06A9, ڪ U+06AA → ك; ې U+06D0, ے U+06D2 → ي;
        /// ہ U+06C1, ە U+06D5, ھ U+06BE, ۀ U+06C0 → ه; Farsi yeh ی U+06CC → ى at the end of a word and ي elsewhere
        /// (scraped Arabic uses ی for both).
        /// </summary>
        FoldPersianLetters = 1 << 12,

        /// <summary>
        /// Folds letters that have no Arabic twin to the nearest Arabic letter: پ U+067E → ب, چ U+0686 → ج,
        /// ژ U+0698 → ز, گ U+06AF → ك, ڤ U+06A4 → ف, ڨ U+06A8 → ق, ڭ U+06AD → ك.
        /// </summary>
        FoldForeignLetters = 1 << 13,

        /// <summary>
        /// Folds Arabic-Indic digits U+0660–U+0669 and extended Arabic-Indic digits U+06F0–U+06F9 to ASCII 0–9,
        /// the percent sign ٪ U+066A to %, and the decimal and thousands separators ٫ U+066B and ٬ U+066C to . and ,
        /// when they stand between two digits.
        /// </summary>
        FoldDigits = 1 << 14,

        /// <summary>
        /// Folds punctuation to ASCII: ، U+060C → , ؛ U+061B → ; ؟ U+061F → ? ۔ U+06D4 → . « » “ ” „ → " ‘ ’ → '
        /// – — → - and … → ...
        /// </summary>
        FoldPunctuation = 1 << 15,

        /// <summary>
        /// Normalizes whitespace: every Unicode space (tab, U+000B, U+000C, NBSP, U+1680, U+2000–U+200A, U+202F, U+205F,
        /// U+3000) becomes a space and runs collapse to one; lines are trimmed; CR LF, CR, U+0085, U+2028 and U+2029
        /// become LF; two or more line breaks become one blank line (a paragraph break); leading and trailing
        /// whitespace of the text is removed.
        /// </summary>
        NormalizeWhitespace = 1 << 16,

        /// <summary>Modifier of <see cref="NormalizeWhitespace"/>: every line and paragraph break becomes a single space.</summary>
        FoldLineBreaks = 1 << 17,

        /// <summary>
        /// Folds spelling variants of loanwords and foreign names to one canonical spelling, word by word, with their
        /// clitics and suffixes (الأميركية → الأمريكية, البنتاغون → البنتاجون), from the built-in lexicon
        /// (see <see cref="SpellingVariantLexicon"/>). Words are compared in folded form, whatever the letter options.
        /// </summary>
        FoldSpellingVariants = 1 << 18,

        /// <summary>
        /// Restricts <see cref="RemoveDiacritics"/> to U+064B–U+0652 and <see cref="FoldAlef"/> to آ أ إ, exactly as
        /// Lucene's ArabicNormalizer does; used by the <see cref="NormalizationProfile.Lucene"/> preset.
        /// </summary>
        LuceneCharacterSets = 1 << 19,

        /// <summary>
        /// Folds every month name that cannot be an ordinary word to one canonical spelling per month: the Egyptian and
        /// Gulf name for Gregorian months (حزيران, جوان, كانون الثاني → يونيو, يونيو, يناير) and the canonical Hijri name
        /// for Hijri months (ذي الحجة → ذو الحجة), so that a search for يونيو finds حزيران. Names that are also ordinary
        /// words (مارس, ماي, آب, الربيع, صفر …) are left alone; see <see cref="Calendars.MonthNames"/>.
        /// </summary>
        FoldMonthNames = 1 << 20,
    }
}
