using System;
using System.Collections.Generic;

namespace ArabicNews.Text
{
    /// <summary>
    /// Sets of spelling variants of loanwords and foreign names (أمريكا/أميركا, البنتاجون/البنتاغون), each folded to its
    /// first, canonical spelling by <see cref="ArabicNormalizerOptions.FoldSpellingVariants"/>. A set lists stems: a word
    /// matches when it is an optional proclitic (و ف ب ك ل ال and their combinations), a stem, and an optional suffix
    /// (ا ي ية يين يون يان ات ان ين ون ه ها هم …). Stems are compared after the letter folds of <see cref="NormalizationProfile.Search"/>,
    /// so hamza, alef maqsura, teh marbuta and diacritics never prevent a match. Immutable and thread-safe.
    /// </summary>
    public sealed partial class SpellingVariantLexicon
    {
        // Proclitics and suffixes in folded form; the longest are tried first so that وال wins over و.
        internal static readonly string[] Proclitics =
        {
            "وبال", "وكال", "فبال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال", "وب", "فب", "ول", "فل", "وك", "فك", "و", "ف", "ب", "ك", "ل", string.Empty,
        };

        internal static readonly string[] Suffixes =
        {
            string.Empty, "ا", "ي", "يه", "يين", "يون", "يان", "يتين", "يتان", "يات", "يا", "ه", "ها", "هم", "هما", "ات", "ان", "ين", "ون", "ك", "كم", "نا",
        };

        private static readonly int MaxSuffixLength = MaxLength(Suffixes);

        private static readonly AffixSet ProcliticSet = new AffixSet(Proclitics);
        private static readonly AffixSet SuffixSet = new AffixSet(Suffixes);

        // For each letter slot, the suffixes a word ending in it can have, as slots, in the order of Suffixes (the empty
        // one included): Match tries those instead of all of them.
        private static readonly byte[][][] SuffixSlotsByLastLetter = BuildSuffixesByLastLetter();

        private static byte[][][] BuildSuffixesByLastLetter()
        {
            var bySlot = new byte[64][][];
            for (int slot = 0; slot < bySlot.Length; slot++)
            {
                var suffixes = Array.FindAll(Suffixes, suffix => suffix.Length == 0 || Slot(suffix[suffix.Length - 1]) == slot);
                bySlot[slot] = Array.ConvertAll(suffixes, SlotsOf);
            }

            return bySlot;
        }

        /// <summary>The slots of <paramref name="letters"/> (see <see cref="Slot"/>).</summary>
        internal static byte[] SlotsOf(string letters)
        {
            var slots = new byte[letters.Length];
            for (int k = 0; k < letters.Length; k++)
            {
                slots[k] = Slot(letters[k]);
            }

            return slots;
        }

        private readonly string[][] _sets;
        private readonly Dictionary<string, int> _variantToSet;
        private readonly StemTable _stems;
        private readonly ulong[] _firstLetters = new ulong[1 << 12]; // one bit per possible first three letters of a stem
        private readonly ulong[] _lastLetterPairs = new ulong[64];

        // One bit per possible first two letters of a stem: 512 bytes that stay in cache and reject most words before the
        // 32 KB table of first three letters is read.
        private readonly ulong[] _firstLetterPairs = new ulong[64];
        private ulong _stemLengths;
        private readonly int _minStem;
        private readonly int _maxStem;

        /// <summary>The built-in lexicon: the curated sets in this library (see the project README for the list and evidence).</summary>
        public static SpellingVariantLexicon Default => BuiltIn.Default;

        /// <summary>A lexicon with no sets: <see cref="ArabicNormalizerOptions.FoldSpellingVariants"/> then changes nothing.</summary>
        public static SpellingVariantLexicon Empty => BuiltIn.Empty;

        /// <summary>
        /// Creates a lexicon from variant sets. Each set lists stems in natural spelling, canonical first; stems are
        /// written without clitics or the article (أمريك, أميرك).
        /// </summary>
        /// <exception cref="ArgumentNullException"><paramref name="sets"/> or one of its sets or stems is null.</exception>
        /// <exception cref="ArgumentException">A set has fewer than two stems, a stem folds to fewer than three letters or
        /// contains a non-letter, or a stem appears in two sets.</exception>
        public SpellingVariantLexicon(IEnumerable<IReadOnlyList<string>> sets)
        {
            if (sets is null)
            {
                throw new ArgumentNullException(nameof(sets));
            }

            var list = new List<string[]>();
            _variantToSet = new Dictionary<string, int>(StringComparer.Ordinal);
            var canonicalKeys = new Dictionary<string, int>(StringComparer.Ordinal);
            _minStem = int.MaxValue;
            foreach (var set in sets)
            {
                if (set is null)
                {
                    throw new ArgumentNullException(nameof(sets), "A variant set is null.");
                }

                if (set.Count < 2)
                {
                    throw new ArgumentException("A variant set needs a canonical stem and at least one variant.", nameof(sets));
                }

                var stems = new string[set.Count];
                for (int k = 0; k < set.Count; k++)
                {
                    stems[k] = set[k] ?? throw new ArgumentNullException(nameof(sets), "A stem is null.");
                }

                int index = list.Count;
                list.Add(stems);
                string canonicalKey = KeyOf(stems[0]);
                if (canonicalKeys.ContainsKey(canonicalKey) || _variantToSet.ContainsKey(canonicalKey))
                {
                    throw new ArgumentException($"The stem '{stems[0]}' appears in two sets.", nameof(sets));
                }

                canonicalKeys.Add(canonicalKey, index);
                for (int k = 1; k < stems.Length; k++)
                {
                    string key = KeyOf(stems[k]);
                    if (key == canonicalKey)
                    {
                        continue; // differs only in what the letter folds already unify
                    }

                    if (_variantToSet.ContainsKey(key) || canonicalKeys.ContainsKey(key))
                    {
                        throw new ArgumentException($"The stem '{stems[k]}' appears in two sets.", nameof(sets));
                    }

                    _variantToSet.Add(key, index);
                    _minStem = Math.Min(_minStem, key.Length);
                    _maxStem = Math.Max(_maxStem, key.Length);
                    int first = TripleIndex(key[0], key[1], key[2]);
                    _firstLetters[first >> 6] |= 1UL << (first & 63);
                    SetPair(_lastLetterPairs, key[key.Length - 2], key[key.Length - 1]);
                    SetPair(_firstLetterPairs, key[0], key[1]);
                    _stemLengths |= 1UL << Math.Min(key.Length, 63);
                }
            }

            _sets = list.ToArray();
            _stems = new StemTable(_variantToSet);
        }

        /// <summary>The number of variant sets.</summary>
        public int Count => _sets.Length;

        /// <summary>The sets as given, canonical stem first.</summary>
        public IReadOnlyList<IReadOnlyList<string>> Sets => _sets;

        /// <summary>A new lexicon with this one's sets followed by <paramref name="additionalSets"/>.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="additionalSets"/> is null.</exception>
        /// <exception cref="ArgumentException">See the constructor.</exception>
        public SpellingVariantLexicon WithSets(IEnumerable<IReadOnlyList<string>> additionalSets)
        {
            if (additionalSets is null)
            {
                throw new ArgumentNullException(nameof(additionalSets));
            }

            var all = new List<IReadOnlyList<string>>(_sets);
            all.AddRange(additionalSets);
            return new SpellingVariantLexicon(all);
        }

        internal bool IsEmpty => _variantToSet.Count == 0;

        /// <summary>The folded variant stems (canonical stems are not among them: a word that has one never changes).</summary>
        internal IEnumerable<string> VariantKeys => _variantToSet.Keys;

        internal int MaxWordLength => _maxStem + 4 + 4;

        /// <summary>The shortest folded word <see cref="Match(ReadOnlySpan{byte}, out int, out int)"/> can find: a stem with neither proclitic nor suffix.</summary>
        internal int MinWordLength => _minStem;

        /// <summary>
        /// Finds the variant stem in a folded word. Returns the set index, the stem's start and length within
        /// <paramref name="key"/>, or -1 when the word is not a variant.
        /// </summary>
        internal int Match(ReadOnlySpan<char> key, out int stemStart, out int stemLength)
        {
            Span<byte> slots = stackalloc byte[Math.Min(key.Length, MaxKeyOnStack)];
            if (key.Length > slots.Length)
            {
                stemStart = stemLength = 0;
                return -1; // longer than any proclitic, stem and suffix together
            }

            for (int k = 0; k < key.Length; k++)
            {
                slots[k] = Slot(key[k]);
            }

            return Match(slots, out stemStart, out stemLength);
        }

        private const int MaxKeyOnStack = 128;

        /// <summary>
        /// <see cref="Match(ReadOnlySpan{char}, out int, out int)"/> on the word's letter slots (see <see cref="Slot"/>):
        /// a slot of 63 or above (a character that is not a folded Arabic letter) is in no stem, proclitic or suffix, so a
        /// word that has one outside all three is found exactly as its letters would be.
        /// </summary>
        internal int Match(ReadOnlySpan<byte> word, out int stemStart, out int stemLength)
        {
            stemStart = 0;
            stemLength = 0;
            int length = word.Length;
            if (length < _minStem || _variantToSet.Count == 0 || word[length - 1] >= 63)
            {
                return -1; // a stem and every suffix end with a letter
            }

            // Longest proclitic first, so that وال wins over و; a proclitic is spelled with proclitic letters only, so the
            // longest prefix of them bounds the search.
            int lettered = 0;
            int longest = Math.Min(MaxProcliticLength, length - _minStem);
            while (lettered < longest && IsProcliticLetterSlot(word[lettered]))
            {
                lettered++;
            }

            byte[][] suffixes = SuffixSlotsByLastLetter[word[length - 1]];
            for (int prefix = lettered; prefix >= 0; prefix--)
            {
                if (!ProcliticSet.Contains(word.Slice(0, prefix)) || TripleBit(word[prefix], word[prefix + 1], word[prefix + 2]) == 0)
                {
                    continue;
                }

                var rest = word.Slice(prefix);
                foreach (byte[] suffix in suffixes)
                {
                    int stem = rest.Length - suffix.Length;
                    if (stem < _minStem || stem > _maxStem
                        || (_stemLengths & (1UL << stem)) == 0
                        || !HasSlotPair(rest[stem - 2], rest[stem - 1])
                        || !rest.Slice(stem).SequenceEqual(suffix))
                    {
                        continue;
                    }

                    int set = _stems.Find(rest.Slice(0, stem));
                    if (set >= 0)
                    {
                        stemStart = prefix;
                        stemLength = stem;
                        return set;
                    }
                }
            }

            return -1;
        }

        /// <summary>
        /// The set of a variant stem when its place in a word alone decides <see cref="Match(ReadOnlySpan{byte}, out int, out int)"/>,
        /// else -1. That holds when no other variant stem can start where it starts (none is a prefix of it, nor it of one)
        /// or where a longer proclitic would leave a stem to start inside it (after leading letters of it that proclitics
        /// are spelled with). Then in a word that is a proclitic, this stem and a suffix, the search would find this stem
        /// there first whatever the word holds besides (see <see cref="MatchKnownStem"/>).
        /// </summary>
        internal int SetDecidedByPlace(string key)
        {
            if (!_variantToSet.TryGetValue(key, out int set))
            {
                return -1;
            }

            foreach (string other in _variantToSet.Keys)
            {
                if (other != key && (other.StartsWith(key, StringComparison.Ordinal) || key.StartsWith(other, StringComparison.Ordinal)))
                {
                    return -1; // another stem where this one starts
                }
            }

            for (int inside = 1; inside <= MaxProcliticLength; inside++)
            {
                if (ProcliticLetters.IndexOf(key[inside - 1]) < 0)
                {
                    break; // no proclitic reaches past a letter it is not spelled with
                }

                if (inside == key.Length)
                {
                    return -1; // the whole stem could be part of a proclitic, and any stem could follow
                }

                string rest = key.Substring(inside);
                foreach (string other in _variantToSet.Keys)
                {
                    if (other.StartsWith(rest, StringComparison.Ordinal) || rest.StartsWith(other, StringComparison.Ordinal))
                    {
                        return -1; // a stem that may start inside this one
                    }
                }
            }

            return set;
        }

        /// <summary>
        /// <see cref="Match(ReadOnlySpan{byte}, out int, out int)"/> of a word that holds, from <paramref name="stemStart"/>,
        /// <paramref name="stemLength"/> slots of a variant stem whose place decides its match
        /// (<paramref name="decidedSet"/>, from <see cref="SetDecidedByPlace"/>): when the slots before it are a proclitic
        /// and those after it a suffix, that is the match, found without the search; otherwise the search decides.
        /// </summary>
        internal int MatchKnownStem(ReadOnlySpan<byte> word, int stemStart, int stemLength, int decidedSet, out int start, out int length)
        {
            if (decidedSet >= 0 && ProcliticSet.Contains(word.Slice(0, stemStart)) && SuffixSet.Contains(word.Slice(stemStart + stemLength)))
            {
                start = stemStart;
                length = stemLength;
                return decidedSet;
            }

            return Match(word, out start, out length);
        }

        /// <summary>
        /// Whether a word whose first folded letters, as slots (see <see cref="Slot"/>), are <paramref name="slots"/> (at
        /// least three: the longest proclitic and three more, or the whole word) can be a variant at all: the three
        /// letters after some proclitic length must start a stem.
        /// </summary>
        internal bool MayMatchSlots(ReadOnlySpan<byte> slots)
        {
            if (HasTriple(slots[0], slots[1], slots[2]))
            {
                return true;
            }

            int limit = Math.Min(MaxProcliticLength, slots.Length - 3);
            for (int prefix = 1; prefix <= limit; prefix++)
            {
                if (!IsProcliticLetterSlot(slots[prefix - 1]))
                {
                    return false;
                }

                if (HasTriple(slots[prefix], slots[prefix + 1], slots[prefix + 2]))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// <see cref="MayMatchSlots"/> sharpened with the word's end: <paramref name="slots"/> starts with the slots of the
        /// whole word (none ignored, <paramref name="length"/> of them, at least three) and goes on for at least seven
        /// bytes in all (the block's padding), so the stem a proclitic leaves must also have a known length and a known
        /// last letter pair before some suffix. Words that share a stem's first letters (الي, انسحاب) stop here, not in
        /// <see cref="Match(ReadOnlySpan{byte}, out int, out int)"/>.
        /// </summary>
        internal bool MayMatchWord(ReadOnlySpan<byte> slots, int length)
        {
            // Every proclitic length at once, without a branch per letter: bit p is set when the first p letters are all
            // proclitic letters and the three after them can start a stem. Slots past a short word are masked off below.
            ReadOnlySpan<byte> s = slots.Slice(0, MaxProcliticLength + 3);
            uint proclitic0 = ProcliticLetterBit(s[0]);
            uint proclitic1 = proclitic0 & ProcliticLetterBit(s[1]);
            uint proclitic2 = proclitic1 & ProcliticLetterBit(s[2]);
            uint proclitic3 = proclitic2 & ProcliticLetterBit(s[3]);
            uint candidates = TripleBit(s[0], s[1], s[2])
                | ((proclitic0 & TripleBit(s[1], s[2], s[3])) << 1)
                | ((proclitic1 & TripleBit(s[2], s[3], s[4])) << 2)
                | ((proclitic2 & TripleBit(s[3], s[4], s[5])) << 3)
                | ((proclitic3 & TripleBit(s[4], s[5], s[6])) << 4);
            candidates &= (1u << Math.Min(MaxProcliticLength + 1, length - 2)) - 1; // a stem start needs three letters
            while (candidates != 0)
            {
                int prefix = WordSlots.TrailingZeroCount(candidates);
                candidates &= candidates - 1;
                int rest = length - prefix;
                for (int suffix = 0; suffix <= MaxSuffixLength; suffix++)
                {
                    int stem = rest - suffix;
                    if (stem < _minStem)
                    {
                        break;
                    }

                    if (stem <= _maxStem && (_stemLengths & (1UL << stem)) != 0 && HasSlotPair(slots[prefix + stem - 2], slots[prefix + stem - 1]))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private static uint ProcliticLetterBit(byte slot) => (uint)(ProcliticLetterSlots >> (slot & 63)) & 1;

        // 1 when the three slots can start a stem, else 0 (a slot past the word reads as its low six bits).
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private uint TripleBit(byte first, byte second, byte third)
        {
            int index = ((first & 63) << 12) | ((second & 63) << 6) | (third & 63);
            return (uint)(_firstLetters[index >> 6] >> (index & 63)) & 1;
        }

        private static int MaxLength(string[] strings)
        {
            int max = 0;
            foreach (string s in strings)
            {
                max = Math.Max(max, s.Length);
            }

            return max;
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private bool HasSlotPair(byte first, byte second)
        {
            int pair = ((first & 63) << 6) | (second & 63);
            return (_lastLetterPairs[pair >> 6] & (1UL << (pair & 63))) != 0;
        }

        /// <summary>The 6-bit slot of a folded Arabic letter (U+0620–U+065E), 63 for anything else.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        internal static byte Slot(char c) => (byte)((uint)(c - 0x0620) < 63 ? c - 0x0620 : 63);

        // و ف ب ك ل ا: the letters every proclitic is spelled with.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private static bool IsProcliticLetterSlot(byte slot) => slot < 64 && ((ProcliticLetterSlots >> slot) & 1) != 0;

        private const ulong ProcliticLetterSlots =
            (1UL << (0x0648 - 0x0620)) | (1UL << (0x0641 - 0x0620)) | (1UL << (0x0628 - 0x0620)) | (1UL << (0x0643 - 0x0620)) | (1UL << (0x0644 - 0x0620)) | (1UL << (0x0627 - 0x0620));

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private bool HasTriple(byte first, byte second, byte third)
        {
            int pair = (first << 6) | second;
            if ((_firstLetterPairs[pair >> 6] & (1UL << (pair & 63))) == 0)
            {
                return false;
            }

            int index = (first << 12) | (second << 6) | third;
            return (_firstLetters[index >> 6] & (1UL << (index & 63))) != 0;
        }

        internal const int MaxProcliticLength = 4;

        // The letters proclitics are spelled with.
        private const string ProcliticLetters = "\u0648\u0641\u0628\u0643\u0644\u0627";

        /// <summary>The canonical stem of a set, in natural spelling.</summary>
        internal string CanonicalOf(int set) => _sets[set][0];

        private static int TripleIndex(char first, char second, char third) => (Slot(first) << 12) | (Slot(second) << 6) | Slot(third);

        private static void SetPair(ulong[] bits, char first, char second)
        {
            int pair = PairIndex(first, second);
            bits[pair >> 6] |= 1UL << (pair & 63);
        }

        private static string KeyOf(string stem)
        {
            string key = MatchingFold.FoldString(stem);
            if (key.Length < 3)
            {
                throw new ArgumentException($"The stem '{stem}' has fewer than three letters.", nameof(stem));
            }

            foreach (char c in key)
            {
                if (!ArabicLetters.IsArabicWordCharacter(c))
                {
                    throw new ArgumentException($"The stem '{stem}' contains '{c}', which is not an Arabic letter.", nameof(stem));
                }
            }

            return key;
        }

        // Arabic letters U+0620–U+065F get their own 6-bit slot; everything else shares slot 63.
        private static int PairIndex(char first, char second) => (Slot(first) << 6) | Slot(second);

        // Built on first use, after every static table of the partial class exists (field initializers in partial
        // files run in no guaranteed order).
        private static class BuiltIn
        {
            public static readonly SpellingVariantLexicon Default = new SpellingVariantLexicon(ParseBuiltIn());
            public static readonly SpellingVariantLexicon Empty = new SpellingVariantLexicon(Array.Empty<string[]>());
        }

        private static IEnumerable<IReadOnlyList<string>> ParseBuiltIn()
        {
            foreach (string line in BuiltInSets)
            {
                yield return line.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            }
        }
    }
}
