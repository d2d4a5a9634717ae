namespace ArabicNews.Text
{
    public sealed partial class SpellingVariantLexicon
    {
        internal static readonly string[] BuiltInSets =
        {
            "أمريك أميرك",
            "بنتاجون بنتاغون",
            "كونجرس كونغرس",
        };
    }
}
