using System;
using System.Text;
using Xunit;

namespace ArabicNews.Tests.BadInput
{
    /// <summary>The bad inputs every entry point is swept with, by name so that a failure says which one broke it.</summary>
    public static class BadInputs
    {
        /// <summary>Ten megabytes (UTF-16) of news-like text with a lone surrogate and a stray mark now and then.</summary>
        public static readonly string TenMegabytes = BuildLarge();

        /// <summary>Unpaired high and low surrogates, at the start, inside words and at the end.</summary>
        public const string LoneSurrogates = "\uD800الأميركيّة \uDC00البنتاغون\uDFFF \uD83D";

        /// <summary>Non-null text inputs, by name.</summary>
        public static TheoryData<string> TextNames() => new TheoryData<string> { "empty", "whitespace", "ten-megabytes", "lone-surrogates" };

        public static string Text(string name) => name switch
        {
            "empty" => string.Empty,
            "whitespace" => " \t\r\n\u00A0\u2003\u3000 ",
            "ten-megabytes" => TenMegabytes,
            "lone-surrogates" => LoneSurrogates,
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such bad input."),
        };

        private static string BuildLarge()
        {
            const string Paragraph = "قالت وزارة الدفاع الأميركيّة (البنتاغون) في بيان يوم الإثنين ١٥ رمضان ١٤٤٥ إنّ القوات ستنسحب. ";
            var builder = new StringBuilder(5 * 1024 * 1024 + Paragraph.Length);
            while (builder.Length < 5 * 1024 * 1024)
            {
                builder.Append(Paragraph);
                if (builder.Length % 7 == 0)
                {
                    builder.Append('\uD800').Append('\u0651');
                }
            }

            return builder.ToString();
        }
    }
}
