using System;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace ArabicNews.Tests.Text
{
    /// <summary>Text that looks like scraped Arabic news at its worst: every character class the normalizer treats.</summary>
    public sealed record ArabicText(string Value)
    {
        public override string ToString() => Escape(Value);

        /// <summary>Shows every character outside printable ASCII as U+XXXX, so failures are readable.</summary>
        public static string Escape(string text)
        {
            var builder = new StringBuilder();
            foreach (char c in text)
            {
                if (c >= 0x20 && c < 0x7F)
                {
                    builder.Append(c);
                }
                else
                {
                    builder.Append("<U+").Append(((int)c).ToString("X4")).Append('>');
                }
            }

            return builder.ToString();
        }
    }

    /// <summary>Any UTF-16 string, lone surrogates included.</summary>
    public sealed record AnyUtf16(string Value)
    {
        public override string ToString() => ArabicText.Escape(Value);
    }

    /// <summary>A valid set of normalizer options.</summary>
    public sealed record AnyOptions(ArabicNews.Text.ArabicNormalizerOptions Value)
    {
        public override string ToString() => ArabicNews.Text.NormalizationProfile.Format(Value);
    }

    public static class ArabicTextGenerators
    {
        private static Gen<string> CharIn(int first, int last) => Gen.Choose(first, last).Select(c => ((char)c).ToString());

        private static Gen<string> OneOf(params string[] pieces) => Gen.Elements(pieces);

        public static Gen<string> Piece() => Gen.Frequency(
            (30, CharIn(0x0621, 0x064A)), // letters
            (6, CharIn(0x064B, 0x065F)), // harakat and tanween
            (2, OneOf("\u0670", "\u0640", "\u0610", "\u06D6", "\u06E5", "\u06DD", "\u08F0", "\u08E2")),
            (10, OneOf(" ", " ", " ", "  ", "\n", "\r\n", "\n\n\n", "\t", "\u00A0", "\u2003", "\r", "\u2029")),
            (4, OneOf("أ", "إ", "آ", "ٱ", "ى", "ة", "ؤ", "ئ", "ء")),
            (3, OneOf("\u0627\u064B", "\u064B\u0627", "\u0627\u0654", "\u0648\u0654", "\u064A\u0654", "\u0627\u064E\u0653")),
            (3, CharIn(0x0660, 0x0669)),
            (2, CharIn(0x06F0, 0x06F9)),
            (3, CharIn('0', '9')),
            (2, OneOf("٫", "٬", "٪", "3٫5", "١٬٠٠٠")),
            (3, CharIn(0xFB50, 0xFDFF)),
            (2, CharIn(0xFE70, 0xFEFF)),
            (3, OneOf("\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\u202A", "\u202E", "\u2066", "\u2069", "\uFEFF", "\u00AD", "\u061C", "\u2060")),
            (3, OneOf("ی", "ک", "ڪ", "ہ", "ە", "ھ", "ۀ", "ې", "ے", "پ", "چ", "ژ", "گ", "ڤ")),
            (4, CharIn('a', 'z')),
            (3, OneOf("،", "؛", "؟", "۔", "«", "»", "“", "”", "„", "‘", "’", "–", "—", "…", ".", ",", "-", "\"")),
            (2, OneOf("😀", "👨\u200D👩\u200D👧", "❤\uFE0F\u200D🔥", "\uD83D", "\uDE00", "Привет", "你好")),
            (4, OneOf("الأميركية", "أمريكا", "البنتاغون", "للبنتاجون", "الكونغرس", "وأميركا", "ميركل", "الأمير")));

        public static Gen<string> Text() => Gen.ListOf(Piece()).Select(pieces => string.Concat(pieces));

        public static Arbitrary<ArabicText> ArabicTextArbitrary() =>
            Arb.From(Text().Select(t => new ArabicText(t)));

        public static Arbitrary<AnyUtf16> AnyUtf16Arbitrary() =>
            Arb.From(Gen.ArrayOf(Gen.Choose(0, 0xFFFF).Select(c => (char)c)).Select(chars => new AnyUtf16(new string(chars))));

        public static Arbitrary<AnyOptions> AnyOptionsArbitrary() =>
            Arb.From(Gen.Choose(0, (int)ArabicNews.Text.NormalizationProfile.All).Select(v => new AnyOptions((ArabicNews.Text.ArabicNormalizerOptions)v)));
    }
}
