using System;
using System.Collections.Generic;
using ArabicNews.Text;

namespace ArabicNews.Calendars
{
    /// <summary>
    /// Finds the longest of a fixed set of phrases (month or weekday names) at a position of raw text, comparing under
    /// the normalizer's matching fold: diacritics, tatweel and invisible controls are skipped, hamza, alef maqsura and teh
    /// marbuta variants are equal, and any run of whitespace matches the space between two words. Built once; matching
    /// allocates nothing.
    /// </summary>
    internal sealed class PhraseMatcher<T>
        where T : class
    {
        private readonly Dictionary<char, (string Key, T Value)[]> _byFirstLetter = new Dictionary<char, (string, T)[]>();

        public PhraseMatcher(IEnumerable<(string Phrase, T Value)> phrases)
        {
            var lists = new Dictionary<char, List<(string, T)>>();
            foreach (var (phrase, value) in phrases)
            {
                string key = KeyOf(phrase);
                if (!lists.TryGetValue(key[0], out var list))
                {
                    lists[key[0]] = list = new List<(string, T)>();
                }

                list.Add((key, value));
            }

            foreach (var pair in lists)
            {
                // Longest first: كانون الثاني before كانون, ربيع الأول before ربيع.
                pair.Value.Sort((a, b) => b.Item1.Length.CompareTo(a.Item1.Length));
                _byFirstLetter[pair.Key] = pair.Value.ToArray();
            }
        }

        /// <summary>The folded form a phrase is compared in: one space between words.</summary>
        public static string KeyOf(string phrase)
        {
            var words = phrase.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            for (int i = 0; i < words.Length; i++)
            {
                words[i] = MatchingFold.FoldString(words[i]);
            }

            return string.Join(" ", words);
        }

        /// <summary>
        /// The longest phrase that starts at <paramref name="position"/> (or right after a proclitic و ب ل ف there) and ends
        /// at a word boundary.
        /// </summary>
        public bool TryMatch(ReadOnlySpan<char> text, int position, out int start, out int length, out T? value)
        {
            start = position;
            length = 0;
            value = null;
            if ((uint)position >= (uint)text.Length)
            {
                return false;
            }

            if (TryMatchAt(text, position, out length, out value))
            {
                return true;
            }

            char first = MatchingFold.Fold(text[position]);
            if (first is '\u0648' or '\u0628' or '\u0644' or '\u0641' && position + 1 < text.Length
                && TryMatchAt(text, position + 1, out length, out value))
            {
                start = position + 1;
                return true;
            }

            return false;
        }

        private bool TryMatchAt(ReadOnlySpan<char> text, int position, out int length, out T? value)
        {
            length = 0;
            value = null;
            char first = MatchingFold.Fold(text[position]);
            if (first == '\0' || !_byFirstLetter.TryGetValue(first, out var candidates))
            {
                return false;
            }

            foreach (var (key, candidate) in candidates)
            {
                int end = MatchKey(text, position, key);
                if (end > 0)
                {
                    length = end - position;
                    value = candidate;
                    return true;
                }
            }

            return false;
        }

        /// <summary>The end of the match of a folded key at <paramref name="position"/>, ending at a word boundary, or 0.</summary>
        public static int MatchKey(ReadOnlySpan<char> text, int position, string key) => MatchKey(text, position, key, 0);

        /// <summary>
        /// Like <see cref="MatchKey(ReadOnlySpan{char}, int, string)"/> for a key whose first <paramref name="matched"/>
        /// characters (letters) the text already holds: <paramref name="position"/> is just after them.
        /// </summary>
        public static int MatchKey(ReadOnlySpan<char> text, int position, string key, int matched)
        {
            int j = position;
            int k = matched;
            while (k < key.Length)
            {
                if (j >= text.Length)
                {
                    return 0;
                }

                char c = text[j];
                if (key[k] == ' ')
                {
                    if (!IsSpace(c))
                    {
                        return 0;
                    }

                    while (j < text.Length && IsSpace(text[j]))
                    {
                        j++;
                    }

                    k++;
                    continue;
                }

                char folded = MatchingFold.Fold(c);
                if (folded == '\0' && k > 0)
                {
                    j++; // a diacritic, tatweel or invisible inside the word
                    continue;
                }

                if (folded != key[k])
                {
                    return 0;
                }

                j++;
                k++;
            }

            // Marks and tatweel after the last letter belong to the word.
            while (j < text.Length && ArabicLetters.IsArabicWordCharacter(text[j]) && MatchingFold.Fold(text[j]) == '\0')
            {
                j++;
            }

            return j < text.Length && ArabicLetters.IsArabicWordCharacter(text[j]) ? 0 : j;
        }

        private static bool IsSpace(char c) => c == ' ' || c == '\u00A0' || c == '\t' || c == '\u200F' || c == '\u200E';
    }
}
