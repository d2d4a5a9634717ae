using System.Collections.Generic;
using System.Linq;
using ArabicNews.Dates;
using Xunit;

namespace ArabicNews.Tests.Dates
{
    /// <summary>The golden rule of Data/seed-dates.README.md: every required mention found with its value, no false positive.</summary>
    public class SeedGoldenTests
    {
        public static IEnumerable<object[]> RequiredMentions() =>
            SeedGolden.Articles.SelectMany(article => article.Mentions
                .Select((mention, index) => (mention, index))
                .Where(pair => !pair.mention.Optional)
                .Select(pair => new object[] { $"{article.Seed}#{pair.index} «{pair.mention.Text}» = {pair.mention.Value}" }));

        // Mentions a careful reader finds that the golden file does not list (it is kept byte for byte as published).
        // Each is a real date mention with the value shown; the false-positive rule does not count them.
        private static readonly (string Seed, string Text, string Value, string Reason)[] MentionsTheGoldOmits =
        {
            ("000_375119b0fce257f0.txt", "نهاية العام الجاري", "2021",
                "\"by the end of the current year\" in an article dated 22 November 2021: approximate and relative, like مطلع العام الماضي in 003"),
        };

        public static IEnumerable<object[]> Omissions() => MentionsTheGoldOmits.Select(o => new object[] { o.Seed, o.Text, o.Value });

        [Theory]
        [MemberData(nameof(Omissions))]
        public void FindsTheMentionsTheGoldOmits(string seed, string text, string value)
        {
            var article = SeedGolden.Articles.Single(a => a.Seed == seed);
            Assert.Contains(Extract(article), m => m.Text == text && m.Value.ToString() == value);
        }

        public static IEnumerable<object[]> Seeds() => SeedGolden.Articles.Select(article => new object[] { article.Seed });

        [Theory]
        [MemberData(nameof(RequiredMentions))]
        public void FindsTheMentionWithItsValue(string mentionId)
        {
            var (article, gold) = Resolve(mentionId);
            var found = Extract(article);
            var overlapping = found.Where(m => Overlaps(m, gold.StartHint, gold.Text.Length)).ToList();
            Assert.True(overlapping.Count > 0, $"nothing found over «{gold.Text}» at {gold.StartHint}");
            Assert.Contains(gold.Value, overlapping.Select(m => m.Value.ToString()));
        }

        [Theory]
        [MemberData(nameof(RequiredMentions))]
        public void FlagsTheMentionLikeTheGold(string mentionId)
        {
            var (article, gold) = Resolve(mentionId);
            var mention = Extract(article).First(m => Overlaps(m, gold.StartHint, gold.Text.Length) && m.Value.ToString() == gold.Value);
            foreach (string flag in gold.Flags)
            {
                Assert.Contains(flag, FlagNames(mention.Flags));
            }
        }

        [Theory]
        [MemberData(nameof(Seeds))]
        public void ReportsNoFalsePositive(string seed)
        {
            var article = SeedGolden.Articles.Single(a => a.Seed == seed);
            var found = Extract(article);
            foreach (var mention in found)
            {
                foreach (string notDate in article.NotDates)
                {
                    for (int at = article.Text.IndexOf(notDate, System.StringComparison.Ordinal); at >= 0; at = article.Text.IndexOf(notDate, at + 1, System.StringComparison.Ordinal))
                    {
                        Assert.False(Overlaps(mention, at, notDate.Length), $"{mention} overlaps the not-date «{notDate}»");
                    }
                }

                if (MentionsTheGoldOmits.Any(o => o.Seed == seed && o.Text == mention.Text && o.Value == mention.Value.ToString()))
                {
                    continue;
                }

                Assert.True(
                    article.Mentions.Any(gold => Overlaps(mention, gold.StartHint, gold.Text.Length) && gold.Value == mention.Value.ToString()),
                    $"{mention} matches no gold mention");
            }
        }

        [Theory]
        [MemberData(nameof(Seeds))]
        public void FindsTheDatelineExactlyWhenTheArticleHasOne(string seed)
        {
            var article = SeedGolden.Articles.Single(a => a.Seed == seed);
            var dateline = ArabicDateExtractor.Default.FindDateline(article.Text);
            var gold = article.Mentions.SingleOrDefault(m => m.Flags.Contains("dateline"));
            if (gold is null)
            {
                Assert.Null(dateline);
                return;
            }

            Assert.NotNull(dateline);
            Assert.Equal(gold.StartHint, dateline!.Start);
            Assert.Equal(gold.Text, dateline.Text);
            Assert.Equal(gold.Value, dateline.Value.ToString());
        }

        [Theory]
        [MemberData(nameof(Seeds))]
        public void SpansAreTheOriginalText(string seed)
        {
            var article = SeedGolden.Articles.Single(a => a.Seed == seed);
            foreach (var mention in Extract(article))
            {
                Assert.Equal(article.Text.Substring(mention.Start, mention.Length), mention.Text);
            }
        }

        internal static IReadOnlyList<string> FlagNames(DateFlags flags)
        {
            var names = new List<string>();
            if ((flags & DateFlags.Relative) != 0) names.Add("relative");
            if ((flags & DateFlags.Approximate) != 0) names.Add("approximate");
            if ((flags & DateFlags.Dateline) != 0) names.Add("dateline");
            if ((flags & DateFlags.WeekdayMismatch) != 0) names.Add("weekday_mismatch");
            if ((flags & DateFlags.MonthConflict) != 0) names.Add("month_conflict");
            if ((flags & DateFlags.CalendarMismatch) != 0) names.Add("calendar_mismatch");
            if ((flags & DateFlags.Duration) != 0) names.Add("duration");
            return names;
        }

        private static IReadOnlyList<DateMention> Extract(SeedGolden.Article article) =>
            ArabicDateExtractor.Default.Extract(article.Text, article.Reference);

        private static (SeedGolden.Article, SeedGolden.Mention) Resolve(string mentionId)
        {
            string seed = mentionId.Substring(0, mentionId.IndexOf('#'));
            int index = int.Parse(mentionId.Substring(seed.Length + 1, mentionId.IndexOf(' ') - seed.Length - 1));
            var article = SeedGolden.Articles.Single(a => a.Seed == seed);
            return (article, article.Mentions[index]);
        }

        private static bool Overlaps(DateMention mention, int start, int length) => mention.Start < start + length && start < mention.End;
    }
}
