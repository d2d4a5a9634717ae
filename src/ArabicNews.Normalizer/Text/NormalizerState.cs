namespace ArabicNews.Text
{
    /// <summary>
    /// What the normalizer remembers between two blocks of the same text: the whitespace it has not written yet
    /// (it may turn out to be trailing) and the previous source character (for rules that look behind).
    /// </summary>
    internal struct NormalizerState
    {
        /// <summary>Something other than whitespace has been written, so leading whitespace is behind us.</summary>
        public bool Started;

        /// <summary>Whitespace or line breaks are pending.</summary>
        public bool HasPending;

        /// <summary>A space is pending.</summary>
        public bool PendingSpace;

        /// <summary>Line breaks pending (1 = line break, 2 or more = paragraph break).</summary>
        public int PendingLineBreaks;

        /// <summary>Source index of the first pending whitespace character.</summary>
        public int PendingSource;

        /// <summary>The previous source character, or NUL at the start of the text.</summary>
        public char PreviousSource;

        /// <summary>The last character written by an earlier block, or NUL.</summary>
        public char LastWritten;

        /// <summary>The character written before <see cref="LastWritten"/>, or NUL.</summary>
        public char LastWritten2;

        /// <summary>The block starts inside a word that the previous block began (only when a block was cut mid-word).</summary>
        public bool WordContinues;

        /// <summary>
        /// The character pass wrote an invisible break (<see cref="MatchingFold.IsInvisibleBreak"/>) since this was last
        /// cleared: the word pass needs to look for them only then.
        /// </summary>
        public bool WroteBreak;

        /// <summary>
        /// Set by a character pass that defers presentation forms when it stopped at one; the block must then be run
        /// again, expanded, from the state it started with.
        /// </summary>
        public bool StoppedAtPresentationForm;
    }
}
