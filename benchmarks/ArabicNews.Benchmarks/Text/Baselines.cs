using System;
using System.Collections.Generic;
using System.Text;
using System.IO;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using ArabicNormalizationFilter = Lucene.Net.Analysis.Ar.ArabicNormalizationFilter;
using LuceneArabicNormalizer = Lucene.Net.Analysis.Ar.ArabicNormalizer;
using WhitespaceTokenizer = Lucene.Net.Analysis.Core.WhitespaceTokenizer;

namespace ArabicNews.Benchmarks.Text
{
    /// <summary>What a .NET project would otherwise use, written the way such projects write it.</summary>
    public static class Baselines
    {
        private const char Skip = '\uFFFF';
        private static readonly char[] Table = BuildTable();
        private static readonly LuceneArabicNormalizer Lucene = new LuceneArabicNormalizer();

        /// <summary>The "simple but decent" reference: every char through a 65,536-entry table into a destination span.</summary>
        public static int NaiveTableLoop(ReadOnlySpan<char> source, Span<char> destination)
        {
            char[] table = Table;
            int w = 0;
            foreach (char c in source)
            {
                char mapped = table[c];
                if (mapped != Skip)
                {
                    destination[w++] = mapped;
                }
            }

            return w;
        }

        private static char[] BuildTable()
        {
            var table = new char[0x10000];
            for (int i = 0; i < table.Length; i++)
            {
                table[i] = (char)i;
            }

            foreach (char alef in "آأإٱ")
            {
                table[alef] = 'ا';
            }

            table['ى'] = 'ي';
            table['ة'] = 'ه';
            for (int d = 0; d < 10; d++)
            {
                table[0x0660 + d] = (char)('0' + d);
                table[0x06F0 + d] = (char)('0' + d);
            }

            for (int mark = 0x064B; mark <= 0x065F; mark++)
            {
                table[mark] = Skip;
            }

            table['\u0670'] = Skip;
            table['\u0640'] = Skip;
            return table;
        }

        /// <summary>Lucene.NET's ArabicNormalizer on each whitespace-separated token, as its analysis chain applies it.</summary>
        public static int LucenePerToken(string text, char[] buffer)
        {
            int total = 0;
            int start = 0;
            for (int i = 0; i <= text.Length; i++)
            {
                if (i < text.Length && !char.IsWhiteSpace(text[i]))
                {
                    continue;
                }

                int length = i - start;
                if (length > 0)
                {
                    text.CopyTo(start, buffer, 0, length);
                    total += Lucene.Normalize(buffer, length);
                }

                start = i + 1;
            }

            return total;
        }

        /// <summary>
        /// The same normalizer inside Lucene.NET's own analysis chain: a WhitespaceTokenizer reading the text and an
        /// ArabicNormalizationFilter on its tokens, every token consumed (what indexing a field with them costs before
        /// any indexing work).
        /// </summary>
        public static int LuceneAnalysisChain(string text) =>
            ConsumeTokens(new ArabicNormalizationFilter(new WhitespaceTokenizer(LuceneVersion.LUCENE_48, new StringReader(text))));

        /// <summary>Reads every token of a Lucene.NET token stream, as indexing does, and disposes of it; returns their total length.</summary>
        public static int ConsumeTokens(TokenStream tokens)
        {
            int total = 0;
            using var stream = tokens;
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                total += term.Length;
            }

            stream.End();
            return total;
        }

        /// <summary>Lucene.NET's ArabicNormalizer over the whole buffer: its delete-and-shift makes it quadratic.</summary>
        public static int LuceneWholeBuffer(string text, char[] buffer)
        {
            text.CopyTo(0, buffer, 0, text.Length);
            return Lucene.Normalize(buffer, text.Length);
        }

        private static readonly (Regex Pattern, string Replacement)[] RegexChain =
        {
            (new Regex("[\u064B-\u065F\u0670]", RegexOptions.Compiled), string.Empty),
            (new Regex("\u0640", RegexOptions.Compiled), string.Empty),
            (new Regex("[آأإٱ]", RegexOptions.Compiled), "ا"),
            (new Regex("ى", RegexOptions.Compiled), "ي"),
            (new Regex("ة", RegexOptions.Compiled), "ه"),
            (new Regex("[ \t\u00A0]+", RegexOptions.Compiled), " "),
        };

        /// <summary>A chain of compiled Regex.Replace calls, as typical projects write one.</summary>
        public static string RegexReplaceChain(string text)
        {
            foreach (var (pattern, replacement) in RegexChain)
            {
                text = pattern.Replace(text, replacement);
            }

            return text;
        }

        private static readonly (string From, string To)[] ReplaceChain = BuildReplaceChain();

        private static (string, string)[] BuildReplaceChain()
        {
            var list = new List<(string, string)>();
            for (char mark = '\u064B'; mark <= '\u065F'; mark++)
            {
                list.Add((mark.ToString(), string.Empty));
            }

            list.Add(("\u0670", string.Empty));
            list.Add(("\u0640", string.Empty));
            foreach (char alef in "آأإٱ")
            {
                list.Add((alef.ToString(), "ا"));
            }

            list.Add(("ى", "ي"));
            list.Add(("ة", "ه"));
            list.Add(("  ", " "));
            return list.ToArray();
        }

        /// <summary>A chain of string.Replace calls, as typical projects write one.</summary>
        public static string StringReplaceChain(string text)
        {
            foreach (var (from, to) in ReplaceChain)
            {
                text = text.Replace(from, to, StringComparison.Ordinal);
            }

            return text;
        }
    }
}
