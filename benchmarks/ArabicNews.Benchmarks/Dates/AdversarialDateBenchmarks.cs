using System;
using System.Text;
using ArabicNews.Dates;
using BenchmarkDotNet.Attributes;

namespace ArabicNews.Benchmarks.Dates
{
    /// <summary>
    /// Inputs built to make a date parser backtrack or rescan: digits and slashes, month names back to back (each one a
    /// mention start with a long lookahead), and one 'word' without spaces. Linear time shows as the same MB/s at 10 KB,
    /// 1 MB and 10 MB.
    /// </summary>
    [MemoryDiagnoser]
    public class AdversarialDateBenchmarks
    {
        private static readonly DateTime Reference = new DateTime(2024, 2, 1);
        private string _text = string.Empty;

        /// <summary>"digits and slashes", "month names", "no spaces".</summary>
        [Params("digits and slashes", "month names", "no spaces")]
        public string Input { get; set; } = "digits and slashes";

        /// <summary>UTF-16 bytes of input: 10 KB, 1 MB, 10 MB.</summary>
        [Params(10 << 10, 1 << 20, 10 << 20)]
        public int Bytes { get; set; } = 10 << 10;

        [GlobalSetup]
        public void Setup() => _text = Build(Input, Bytes);

        [Benchmark]
        public int Extract() => ArabicDateExtractor.Default.Extract(_text, Reference).Count;

        /// <summary>The adversarial text of a kind, cut to the size.</summary>
        public static string Build(string kind, int bytes)
        {
            string unit = kind switch
            {
                "digits and slashes" => "12/11/2021/13/٠٣/۲۰۲۴/",
                "month names" => "كانون الثاني يونيو/حزيران أغسطس (آب) الحادي والعشرين من ",
                _ => "الإثنين22نوفمبر2021عام2014منتصفيناير١٤٤٥هـالموافق",
            };
            var builder = new StringBuilder(bytes / 2 + unit.Length);
            while (builder.Length * 2 < bytes)
            {
                builder.Append(unit);
            }

            return builder.ToString(0, bytes / 2);
        }
    }
}
