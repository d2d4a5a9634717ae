namespace ArabicNews.Text
{
    /// <summary>What the normalizer does with one source character, as decided once per set of options.</summary>
    internal enum CharKind : byte
    {
        /// <summary>Kept as it is.</summary>
        Copy = 0,

        /// <summary>Replaced by one character from the map table.</summary>
        Map,

        /// <summary>Removed.</summary>
        Remove,

        /// <summary>A space character: joins the pending run of whitespace.</summary>
        Space,

        /// <summary>A line break (LF, U+0085, U+2028, U+2029).</summary>
        LineBreak,

        /// <summary>CR: a line break, or the first half of CR LF.</summary>
        CarriageReturn,

        /// <summary>Replaced by several characters (presentation-form ligatures, the ellipsis).</summary>
        Expand,

        /// <summary>Depends on its neighbours: see <see cref="NormalizationEngine"/>.</summary>
        Contextual,

        /// <summary>A high surrogate: kept with its low surrogate, or alone when it has none.</summary>
        HighSurrogate,
    }
}
