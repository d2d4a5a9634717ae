using System;

namespace ArabicNews.Text
{
    /// <summary>
    /// A fixed set of short affixes (the lexicon's proclitics or suffixes) asked about by letter slots (see
    /// <see cref="SpellingVariantLexicon.Slot"/>) in one table read: an affix is a number whose digits are its letters,
    /// numbered from 1 in the order they first appear, so that no two affixes, of whatever length, share a number.
    /// </summary>
    internal sealed class AffixSet
    {
        private readonly byte[] _digits = new byte[64]; // 0 for a slot no affix is spelled with
        private readonly int _base;
        private readonly int _maxLength;
        private readonly bool[] _codes;

        /// <summary>Creates the set; every letter must have a slot below 63.</summary>
        public AffixSet(string[] affixes)
        {
            int next = 1;
            foreach (string affix in affixes)
            {
                _maxLength = Math.Max(_maxLength, affix.Length);
                foreach (char c in affix)
                {
                    byte slot = SpellingVariantLexicon.Slot(c);
                    if (_digits[slot] == 0)
                    {
                        _digits[slot] = (byte)next++;
                    }
                }
            }

            _base = next;
            int size = 1;
            for (int k = 0; k < _maxLength; k++)
            {
                size *= _base;
            }

            _codes = new bool[size];
            foreach (string affix in affixes)
            {
                int code = 0;
                foreach (char c in affix)
                {
                    code = (code * _base) + _digits[SpellingVariantLexicon.Slot(c)];
                }

                _codes[code] = true;
            }
        }

        /// <summary>Whether the slots spell one of the affixes (the empty one too, when it is among them).</summary>
        public bool Contains(ReadOnlySpan<byte> slots)
        {
            if (slots.Length > _maxLength)
            {
                return false;
            }

            int code = 0;
            foreach (byte slot in slots)
            {
                int digit = _digits[slot & 63];
                if (digit == 0 || slot >= 64)
                {
                    return false;
                }

                code = (code * _base) + digit;
            }

            return _codes[code];
        }
    }
}
