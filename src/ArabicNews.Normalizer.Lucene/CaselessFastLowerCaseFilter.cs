using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace ArabicNews.Lucene
{
    /// <summary>
    /// Lucene's <c>LowerCaseFilter</c>, term for term, without its cost on the tokens of Arabic news: a token whose
    /// characters are all ASCII or caseless (Arabic script has no case) is lowercased here, and any other token is given
    /// to Lucene's own <see cref="CharacterUtils.ToLower(char[], int, int)"/>, from its first such character on. Lucene's
    /// lowercasing asks the runtime's invariant culture for every character, which took about a fifth of the
    /// <see cref="ArabicNewsAnalyzer"/>'s time on news text.
    /// </summary>
    internal sealed class CaselessFastLowerCaseFilter : TokenFilter
    {
        private readonly CharacterUtils _characterUtils;
        private readonly ICharTermAttribute _term;

        public CaselessFastLowerCaseFilter(LuceneVersion matchVersion, TokenStream input)
            : base(input)
        {
            _characterUtils = CharacterUtils.GetInstance(matchVersion);
            _term = AddAttribute<ICharTermAttribute>();
        }

        public override bool IncrementToken()
        {
            if (!m_input.IncrementToken())
            {
                return false;
            }

            char[] buffer = _term.Buffer;
            int length = _term.Length;
            for (int i = 0; i < length; i++)
            {
                char c = buffer[i];
                if (c < 0x80)
                {
                    // The invariant lowercase of ASCII, the only mapping there.
                    if ((uint)(c - 'A') <= 'Z' - 'A')
                    {
                        buffer[i] = (char)(c + ('a' - 'A'));
                    }
                }
                else if (!IsCaseless(c))
                {
                    // Everything before i is ASCII or caseless, so a surrogate pair cannot straddle i.
                    _characterUtils.ToLower(buffer, i, length - i);
                    return true;
                }
            }

            return true;
        }

        /// <summary>
        /// Blocks without a cased character (UnicodeData.txt: no letter there has a lowercase or uppercase mapping, and
        /// none is Lu, Ll or Lt): Arabic (U+0600–U+06FF), Arabic Supplement (U+0750–U+077F), Arabic Extended-B and -A
        /// (U+0870–U+08FF), General Punctuation up to U+206F, Arabic Presentation Forms-A (U+FB50–U+FDFF) and -B
        /// (U+FE70–U+FEFF). A test checks every one against Lucene's own lowercasing.
        /// </summary>
        internal static bool IsCaseless(char c) =>
            (uint)(c - 0x0600) <= 0x06FF - 0x0600
            || (uint)(c - 0x0750) <= 0x077F - 0x0750
            || (uint)(c - 0x0870) <= 0x08FF - 0x0870
            || (uint)(c - 0x2000) <= 0x206F - 0x2000
            || (uint)(c - 0xFB50) <= 0xFDFF - 0xFB50
            || (uint)(c - 0xFE70) <= 0xFEFF - 0xFE70;
    }
}
