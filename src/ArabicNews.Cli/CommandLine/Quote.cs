using System.Text;

namespace ArabicNews.Cli.CommandLine
{
    /// <summary>Echoes user text in a message: quoted, control characters shown as \uXXXX, cut after 60 characters.</summary>
    internal static class Quote
    {
        private const int MaxShown = 60;

        /// <summary>A path as given, unless it is too long or holds control characters: then quoted and shortened.</summary>
        public static string PathOf(string path)
        {
            foreach (char c in path)
            {
                if (c < ' ' || c == '\u007F')
                {
                    return Of(path);
                }
            }

            return path.Length <= 200 ? path : Of(path);
        }

        public static string Of(string text)
        {
            var quoted = new StringBuilder("'");
            for (int i = 0; i < text.Length && i < MaxShown; i++)
            {
                char c = text[i];
                if (c < ' ' || c == '\u007F')
                {
                    quoted.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                }
                else
                {
                    quoted.Append(c);
                }
            }

            if (text.Length > MaxShown)
            {
                quoted.Append($"… ({text.Length} characters)");
            }

            return quoted.Append('\'').ToString();
        }
    }
}
