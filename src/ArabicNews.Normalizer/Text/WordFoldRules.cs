using System;
using System.Linq;

namespace ArabicNews.Text
{
    /// <summary>
    /// What a normalizer's word pass folds (variant stems of a lexicon, month names), the character rules the canonical
    /// spellings are written under, and the anchors that tell it which words to visit. Immutable; one per normalizer.
    /// </summary>
    internal sealed class WordFoldRules
    {
        /// <param name="tables">The character rules of the normalizer.</param>
        /// <param name="lexicon">The variant sets to fold, or null.</param>
        /// <param name="foldMonths">Whether month names are folded.</param>
        /// <param name="visitEveryWord">Visit every word instead of the anchored ones (the reference for tests).</param>
        public WordFoldRules(NormalizationTables tables, SpellingVariantLexicon? lexicon, bool foldMonths, bool visitEveryWord = false)
        {
            Tables = tables;
            Lexicon = lexicon;
            FoldMonths = foldMonths;
            Anchors = visitEveryWord ? null : WordAnchors.Create(lexicon, foldMonths);
            string Under(string canonical) => WordFolder.WriteUnder(tables, canonical, new char[canonical.Length]).ToString();
            _canonicalOutputs = Enumerable.Range(0, lexicon?.Count ?? 0).Select(set => Under(lexicon!.CanonicalOf(set))).ToArray();
            _monthOutputs = foldMonths ? Calendars.MonthNameFolding.CanonicalNames.Select(Under).ToArray() : Array.Empty<string>();
        }

        // The canonical month names as this normalizer writes them, numbered as MonthNameFolding.TryMatch gives them.
        private readonly string[] _monthOutputs;

        /// <summary>Canonical month name <paramref name="name"/> (see <see cref="Calendars.MonthNameFolding.TryMatch"/>) under <see cref="Tables"/>.</summary>
        public string MonthOutput(int name) => _monthOutputs[name];

        // The canonical spelling of each lexicon set as this normalizer writes it, so that a fold only copies it.
        private readonly string[] _canonicalOutputs;

        /// <summary>The canonical spelling of a lexicon set under <see cref="Tables"/>.</summary>
        public string CanonicalOutput(int set) => _canonicalOutputs[set];

        public NormalizationTables Tables { get; }

        public SpellingVariantLexicon? Lexicon { get; }

        public bool FoldMonths { get; }

        /// <summary>The anchors of the needles, or null to visit every word.</summary>
        public WordAnchors? Anchors { get; }
    }
}
